/// One thing wrong with an archive, naming the file (and the line, for a
/// schema error) so that the auditor can look at it.
public struct ArchiveFailure: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path inside the archive (`documents/person-P0042.xml`).
    public var file: String
    /// The line, for a schema error or a bad manifest line; otherwise `nil`.
    public var line: Int?
    /// Lower case after the file name, values in single quotes, no final period.
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `documents/person-P0042.xml: SHA-256 differs from the manifest`
    public var description: String {
        if let line, line > 0 { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.message)
    }
}
