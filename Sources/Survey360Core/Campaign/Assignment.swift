/// "`rater` rates `ratee` as a member of `group`": one questionnaire.
public struct Assignment: Hashable, Sendable, Codable {
    public var raterID: PersonID
    public var rateeID: PersonID
    public var group: RaterGroup

    public init(rater: PersonID, ratee: PersonID, group: RaterGroup) {
        self.raterID = rater
        self.rateeID = ratee
        self.group = group
    }

    /// The pair, which identifies the questionnaire within a campaign.
    public var pair: RaterPair { RaterPair(rater: raterID, ratee: rateeID) }
}

/// A (rater, person rated) pair: at most one assignment per campaign.
public struct RaterPair: Hashable, Comparable, Sendable, Codable {
    public var raterID: PersonID
    public var rateeID: PersonID

    public init(rater: PersonID, ratee: PersonID) {
        self.raterID = rater
        self.rateeID = ratee
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.rateeID, lhs.raterID) < (rhs.rateeID, rhs.raterID)
    }
}
