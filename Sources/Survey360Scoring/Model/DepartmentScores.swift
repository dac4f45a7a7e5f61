import Survey360Core

/// A department's scorecard: each person rated weighs the same.
public struct DepartmentScores: Hashable, Sendable, Codable {
    /// One dimension (or overall) of the scorecard.
    public struct Figure: Hashable, Sendable, Codable {
        public enum Outcome: Hashable, Sendable, Codable {
            /// The mean of members' "all others" means, with its spread over members.
            case published(mean: Double, standardDeviation: Double?, people: Int, respondents: Int)
            case withheld(WithholdingReason)
        }
        /// A dimension index, or `nil` for overall.
        public var dimension: Int?
        public var outcome: Outcome
    }

    /// Questionnaires the department's members were asked to fill in.
    public struct ResponseRate: Hashable, Sendable, Codable {
        public enum Outcome: Hashable, Sendable, Codable {
            case published(invited: Int, submitted: Int)
            case withheld(WithholdingReason)
        }
        public var outcome: Outcome
    }

    public var departmentID: DepartmentID
    public var parentID: DepartmentID?
    /// Members rated this quarter.
    public var peopleRated: Int
    /// Per dimension.
    public var dimensions: [Figure]
    /// The internal customer satisfaction index: the mean of members' "all
    /// others" overall scores.
    public var satisfactionIndex: Figure
    public var responseRate: ResponseRate
    /// Comments about the department's members, unlabelled and shuffled;
    /// empty when withheld.
    public var comments: [ScoredComment]
    /// Set when the comments are withheld.
    public var commentsWithheld: WithholdingReason?
}
