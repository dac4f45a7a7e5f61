import Foundation

/// Where commands write what people read.
///
/// Standard output for results, standard error for problems. Tests run the
/// commands in-process and swap the console for a buffer through a task
/// local, so that what they check is exactly what a user would see.
public final class Console: @unchecked Sendable {
    // @unchecked Sendable: the buffers are only touched under `lock`.
    private let lock = NSLock()
    private let capturing: Bool
    private var outputBuffer = ""
    private var errorBuffer = ""

    private init(capturing: Bool) {
        self.capturing = capturing
    }

    /// The process's standard output and standard error.
    public static let standard = Console(capturing: false)

    /// A console that keeps everything written, for tests.
    public static func capturing() -> Console { Console(capturing: true) }

    @TaskLocal public static var current = Console.standard

    /// Everything written to standard output so far (capturing consoles only).
    public var output: String { lock.withLock { outputBuffer } }
    /// Everything written to standard error so far (capturing consoles only).
    public var errors: String { lock.withLock { errorBuffer } }

    public func print(_ line: String = "", terminator: String = "\n") {
        write(line + terminator, error: false)
    }

    public func printError(_ line: String) {
        write(line + "\n", error: true)
    }

    private func write(_ text: String, error: Bool) {
        guard capturing else {
            FileHandle(fileDescriptor: error ? 2 : 1).write(Data(text.utf8))
            return
        }
        lock.withLock {
            if error { errorBuffer += text } else { outputBuffer += text }
        }
    }
}
