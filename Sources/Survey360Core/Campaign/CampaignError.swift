/// Why a campaign operation was refused: a malformed quarter, a step out of
/// the campaign's life cycle, an invalid edit of the rater plan, or a
/// response file with problems.
///
/// Errors carry every problem found as ``ValidationIssue``s rather than the
/// first one, so that HR fixes a file in one pass. Like the issues, the
/// messages name only what the caller handed in (a row's own ids and value),
/// never another rater's answers.
///
/// ```swift
/// do {
///     try campaign.require(.assign)
/// } catch let error as CampaignError {
///     print(error)  // campaign '2026-Q4' is open; only a draft campaign can be assigned
/// }
/// ```
public struct CampaignError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; new kinds may be added without breaking
    /// callers that switch over the known ones with a default.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidQuarter = "invalid quarter"
            case invalidState = "invalid state"
            case invalidEdit = "invalid edit"
            case invalidResponses = "invalid responses"
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// A campaign id that is not a quarter such as `2026-Q4`.
        public static let invalidQuarter = Code(.invalidQuarter)
        /// An operation the campaign's current state does not allow.
        public static let invalidState = Code(.invalidState)
        /// An addition or removal of rater pairs that would break the plan.
        public static let invalidEdit = Code(.invalidEdit)
        /// A response import with at least one problem; nothing was stored.
        public static let invalidResponses = Code(.invalidResponses)

        public var description: String { base.rawValue }
    }

    public let code: Code
    /// Every problem found, ordered by file and line.
    public let issues: [ValidationIssue]

    public init(_ code: Code, issues: [ValidationIssue]) {
        self.code = code
        self.issues = issues.sorted()
    }

    init(_ code: Code, _ message: String) {
        self.init(code, issues: [ValidationIssue(message, at: nil)])
    }

    /// One line per problem, `file:line: message`.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
