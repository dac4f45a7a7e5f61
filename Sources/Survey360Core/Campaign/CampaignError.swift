/// Why a campaign operation was refused: a malformed quarter, a step out of
/// the campaign's life cycle, an invalid edit of the rater plan, or a
/// response file with problems.
///
/// Errors carry every problem found as ``ValidationIssue``s rather than the
/// first one, so that HR fixes a file in one pass. The issues name only what
/// the caller handed in (a row's own ids and value), never answers stored
/// before.
///
/// Issues about edits and responses name a rater beside the person rated:
/// that is what HR must see to fix its own file, but it must not end up in a
/// log. So for those codes `description` (what string interpolation and most
/// loggers use) is only a count, and the lines are in ``issues`` and
/// `debugDescription`, to be shown to HR on purpose:
///
/// ```swift
/// do {
///     try campaign.require(.assign)
/// } catch let error as CampaignError {
///     print(error)  // campaign '2026-Q4' is open; only a draft campaign can be assigned
/// }
/// do {
///     _ = try ResponseImportValidator.validate(/* … */)
/// } catch let error as CampaignError {
///     logger.error("\(error)")  // 3 problems in the responses; nothing was stored
///     for issue in error.issues { print(issue) }  // to HR's terminal only
/// }
/// ```
public struct CampaignError: Error, Hashable, Sendable, CustomStringConvertible,
    CustomDebugStringConvertible
{
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

        /// Whether the issues may pair a rater with a person rated.
        var namesRaters: Bool { base == .invalidEdit || base == .invalidResponses }

        /// What happened, for a summary that does not list the issues.
        var consequence: String {
            switch base {
            case .invalidEdit: "in the assignment edits; the plan is unchanged"
            case .invalidResponses: "in the responses; nothing was stored"
            case .invalidQuarter, .invalidState: "; nothing was changed"
            }
        }
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

    /// One line per problem, `file:line: message`; for edits and responses,
    /// whose lines pair raters with people rated, only the number of
    /// problems.
    public var description: String {
        guard code.namesRaters else { return debugDescription }
        let problems = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return "\(problems) \(code.consequence)"
    }

    /// One line per problem, `file:line: message`, for HR's eyes.
    public var debugDescription: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
