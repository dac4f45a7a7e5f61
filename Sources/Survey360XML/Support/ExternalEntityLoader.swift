import CSurvey360XML
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one loader through which libxml2 and libxslt read every external
/// resource (a schema's `xs:include`, `xs:import` and `xs:redefine`, a DTD,
/// an external entity, a stylesheet's `xsl:include` and `document()`),
/// installed process-wide by ``LibXML``.
///
/// libxml2's schema parser reads the schemas a schema includes with options
/// of its own (entities substituted, network on), whatever options the
/// including document was parsed with; only the entity loader sees every
/// such read. This one refuses the network, and every file outside the
/// folder the current operation reads (``Diagnostics/collect(file:readableFolder:_:)``),
/// and anything that is not a regular file (a FIFO would block the reader
/// for ever). Each refusal is recorded as a diagnostic of the operation.
enum ExternalEntityLoader {
    /// The most a single included resource may weigh; Survey360's own
    /// schemas and stylesheets are a few dozen kilobytes.
    static let maximumBytes = 16 << 20

    /// The C entry point handed to `xmlSetExternalEntityLoader`.
    static let load: xmlExternalEntityLoader = { url, _, context in
        guard let url else { return nil }
        let requested = String(cString: url)
        let diagnostics = Diagnostics.current
        switch open(requested, within: diagnostics?.readableFolder) {
        case .success(let (path, data)):
            return data.withUnsafeBytes { bytes in
                s360_input_from_memory(
                    context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), path)
            }
        case .failure(let refusal):
            diagnostics?.record(refusal: "refused to read '\(requested)': \(refusal.reason)")
            return nil
        }
    }

    struct Refusal: Error {
        let reason: String
    }

    /// Reads `requested` if it is a regular file inside `folder`.
    ///
    /// - Returns: The file's real path and contents, or why it was refused.
    static func open(_ requested: String, within folder: String?) -> Result<(String, Data), Refusal> {
        guard let path = localPath(requested) else {
            return .failure(Refusal(reason: "Survey360 never reads from the network"))
        }
        guard let folder else {
            return .failure(Refusal(reason: "this document may not refer to other files"))
        }
        guard let real = realPath(path), real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            return .failure(Refusal(reason: "outside the folder '\(folder)'"))
        }
        // Non-blocking, so that opening a FIFO returns at once; the type is
        // checked on the descriptor, so a swap after the check cannot fool it.
        let descriptor = Glibc.open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Refusal(reason: "cannot be opened")) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(Refusal(reason: "not a regular file"))
        }
        guard status.st_size <= maximumBytes else {
            return .failure(Refusal(reason: "larger than \(maximumBytes >> 20) MB"))
        }
        var data = Data(count: Int(status.st_size))
        let count = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count == Int(status.st_size) else { return .failure(Refusal(reason: "cannot be read")) }
        return .success((real, data))
    }

    /// The file path of a `file:` URL or a plain path; `nil` for any other
    /// scheme (`http:`, `ftp:`, …).
    private static func localPath(_ reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":"),
            reference[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
            reference[..<colon].count > 1
        else { return reference }
        guard reference[..<colon].lowercased() == "file" else { return nil }
        return URL(string: reference)?.path(percentEncoded: false)
    }

    /// The absolute path with every symbolic link resolved, as the
    /// containment check needs; `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
