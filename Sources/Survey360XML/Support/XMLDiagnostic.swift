/// One problem reported while parsing, validating or transforming, placed
/// where a person can fix it.
public struct XMLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the person knows it (`default.xml`), or `nil` for
    /// a document built in memory.
    public var file: String?
    /// The 1-based line, or 0 when libxml2 did not know it.
    public var line: Int
    /// The 1-based column, or 0 when libxml2 did not know it.
    public var column: Int
    /// Sentence case, values in single quotes, no final period.
    public var message: String

    public init(file: String?, line: Int, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `default.xml:12: element 'item': missing attribute 'dimension'`; the
    /// column is left out as editors jump to the line and libxml2 knows the
    /// column only for syntax errors.
    public var description: String {
        let place = [file, line > 0 ? String(line) : nil].compactMap { $0 }.joined(separator: ":")
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
