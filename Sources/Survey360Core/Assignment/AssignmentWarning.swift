/// A person rated whose group will have fewer raters than its minimum, so
/// that the group's results will not be shown on their own: the report
/// merges the group into a wider one (upstream and downstream into
/// "process", then "other internal customers") or suppresses it.
///
/// Warnings are for HR before launch. They name the person rated and the
/// group, never the raters: a warning is shown beside the plan, and pairing
/// it with names would tell who rates whom to anyone who sees the warning.
public struct AssignmentWarning: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rateeID: PersonID
    public var group: RaterGroup
    /// The raters the group has in the plan.
    public var available: Int
    /// The campaign's minimum for the group.
    public var minimum: Int
    /// Everyone who could rate in the group before caps, when known. More
    /// candidates than raters tells HR that the per-rater or per-group
    /// maximum, not the organisation, keeps the group small.
    public var candidates: Int?

    public init(ratee: PersonID, group: RaterGroup, available: Int, minimum: Int, candidates: Int? = nil) {
        self.rateeID = ratee
        self.group = group
        self.available = available
        self.minimum = minimum
        self.candidates = candidates
    }

    public var description: String {
        let raters = available == 1 ? "rater" : "raters"
        let possible = candidates.map { $0 > available ? " of \($0) possible" : "" } ?? ""
        return
            "person '\(rateeID)' has \(available) \(group.rawValue) \(raters)\(possible), fewer than the minimum of \(minimum); the \(group.rawValue) results will not be shown on their own"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.rateeID, lhs.group) < (rhs.rateeID, rhs.group)
    }
}
