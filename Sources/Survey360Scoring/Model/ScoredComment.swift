import Survey360Core

/// A comment as a report shows it: verbatim, without its author, and with a
/// group label only when that group is large enough not to point at anyone.
public struct ScoredComment: Hashable, Sendable, Codable {
    public var question: QuestionID
    public var text: String
    /// `nil` when the group is too small to be named.
    public var group: ReportGroup?
}
