import CSurvey360XML
import Foundation

/// Collects what libxml2 and libxslt report during one operation on the
/// current thread, instead of letting them print to stderr.
///
/// libxml2 keeps its error handlers per thread, so installing ours around a
/// synchronous operation captures exactly that operation's messages, however
/// many other threads parse at the same time.
final class Diagnostics {
    /// The file name to report when libxml2 does not know one.
    let file: String?
    /// The real path of the only folder the operation may read other files
    /// from (a schema's includes, a stylesheet's `document()`), or `nil`
    /// when it may read none; see ``ExternalEntityLoader``.
    let readableFolder: String?
    private(set) var entries: [XMLDiagnostic] = []
    /// Generic (printf-style) messages arrive in fragments; lines are joined
    /// here and completed at each newline.
    private var pendingText = ""

    private init(file: String?, readableFolder: String?) {
        self.file = file
        self.readableFolder = readableFolder
    }

    /// Runs `body` with a collector installed on the current thread, then
    /// restores the handlers that were there before.
    ///
    /// - Parameters:
    ///   - file: The name to report for messages without one.
    ///   - readableFolder: The folder whose files the operation may read
    ///     through the external entity loader; every other file, and the
    ///     network, is refused.
    static func collect<Result>(
        file: String?, readableFolder: URL? = nil, _ body: (Diagnostics) throws -> Result
    ) rethrows -> Result {
        LibXML.initialise()
        let diagnostics = Diagnostics(
            file: file, readableFolder: readableFolder.flatMap { ExternalEntityLoader.realPath($0.path) })
        let previousCurrent = pthread_getspecific(currentKey)
        pthread_setspecific(currentKey, Unmanaged.passUnretained(diagnostics).toOpaque())
        defer { pthread_setspecific(currentKey, previousCurrent) }
        let context = Unmanaged.passUnretained(diagnostics).toOpaque()
        let previousStructured = __xmlStructuredError().pointee
        let previousStructuredContext = __xmlStructuredErrorContext().pointee
        let previousGeneric = __xmlGenericError().pointee
        let previousGenericContext = __xmlGenericErrorContext().pointee
        var sink = s360_message_sink(emit: receiveGenericMessage, info: context)
        return try withExtendedLifetime(diagnostics) {
            try withUnsafeMutablePointer(to: &sink) { sinkPointer in
                xmlSetStructuredErrorFunc(context, receiveStructuredError)
                xmlSetGenericErrorFunc(sinkPointer, s360_generic_error_function())
                defer {
                    xmlSetStructuredErrorFunc(previousStructuredContext, previousStructured)
                    xmlSetGenericErrorFunc(previousGenericContext, previousGeneric)
                }
                return try body(diagnostics)
            }
        }
    }

    /// Everything collected so far, a trailing unfinished generic line
    /// included.
    var all: [XMLDiagnostic] {
        let rest = pendingText.trimmingWhitespace()
        guard !rest.isEmpty else { return entries }
        return entries + [XMLDiagnostic(file: file, line: 0, message: MessageStyle.houseStyle(rest))]
    }

    /// The collector of the operation running on this thread, if any.
    static var current: Diagnostics? {
        pthread_getspecific(currentKey).map { Unmanaged<Diagnostics>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Notes a read the external entity loader refused, so that the error
    /// says why the include or entity is missing.
    func record(refusal message: String) {
        entries.append(XMLDiagnostic(file: file, line: 0, message: message))
    }

    /// The first problem, for an error's one-line message.
    var summary: String? { all.first?.description }

    fileprivate func record(_ error: xmlError) {
        guard error.level != XML_ERR_WARNING else { return }
        let raw = error.message.map { String(cString: $0) } ?? "unknown error"
        let reported = error.file.map { String(cString: $0) }
        entries.append(
            XMLDiagnostic(
                file: reported.map(Self.displayName) ?? file,
                line: Int(error.line), column: Int(error.int2),
                message: MessageStyle.houseStyle(raw)))
    }

    fileprivate func record(fragment: String) {
        pendingText += fragment
        while let newline = pendingText.firstIndex(of: "\n") {
            let line = String(pendingText[..<newline]).trimmingWhitespace()
            pendingText.removeSubrange(...newline)
            if !line.isEmpty {
                entries.append(XMLDiagnostic(file: file, line: 0, message: MessageStyle.houseStyle(line)))
            }
        }
    }

    /// libxml2 reports the URL it was given; people know the file by its
    /// last path component.
    static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// The thread-specific slot of ``Diagnostics/current``: libxml2 calls the
/// entity loader on the thread of the operation that needs the resource.
private let currentKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

private let receiveStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<Diagnostics>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}

private let receiveGenericMessage: s360_message_emitter = { info, message in
    guard let info, let message else { return }
    Unmanaged<Diagnostics>.fromOpaque(info).takeUnretainedValue().record(fragment: String(cString: message))
}

extension String {
    func trimmingWhitespace() -> String {
        var result = Substring(self)
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return String(result)
    }
}
