/// One problem found in HR's input, phrased so that HR can act on it.
///
/// Its description is the compiler-style `file:line: message`, which editors
/// and terminals make clickable.
public struct ValidationIssue: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Where the problem is; `nil` when it concerns no single line (a file
    /// that is missing altogether names the file with line 0).
    public var location: SourceLocation?
    /// Sentence case, the offending value in single quotes, no final period.
    public var message: String

    public init(_ message: String, at location: SourceLocation?) {
        self.location = location
        self.message = message
    }

    public var description: String {
        guard let location else { return message }
        return location.line > 0 ? "\(location): \(message)" : "\(location.file): \(message)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: return lhs.message < rhs.message
        }
    }
}
