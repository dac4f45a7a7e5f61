import Survey360Core

/// Why an import was refused: every problem found, in file and line order.
///
/// An import that fails stores nothing, so HR fixes every listed line and
/// runs the same command again.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// Each problem as `file:line: message`.
    public let issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) {
        self.issues = issues.sorted()
    }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
