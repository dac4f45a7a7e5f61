/// The answers of one rater about one person rated.
///
/// A response is a draft until it is submitted; a submitted response is
/// final and is the only kind the aggregator reads.
public struct Response: Hashable, Sendable, Codable {
    public var raterID: PersonID
    public var rateeID: PersonID
    /// Item answers, each a score or "cannot judge"; items not answered
    /// are absent.
    public var ratings: [ItemID: Answer]
    /// Answers to the open questions, verbatim.
    public var comments: [QuestionID: String]
    public var isSubmitted: Bool

    public init(
        rater: PersonID, ratee: PersonID, ratings: [ItemID: Answer] = [:],
        comments: [QuestionID: String] = [:], isSubmitted: Bool = false
    ) {
        self.raterID = rater
        self.rateeID = ratee
        self.ratings = ratings
        self.comments = comments
        self.isSubmitted = isSubmitted
    }

    public var pair: RaterPair { RaterPair(rater: raterID, ratee: rateeID) }
}
