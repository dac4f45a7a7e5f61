/// The answers of one rater about one person rated.
///
/// A response is a draft until it is submitted; a submitted response is
/// final and is the only kind the aggregator reads.
public struct Response: Hashable, Sendable, Codable {
    public var raterID: PersonID
    public var rateeID: PersonID
    /// Item ratings; `nil` is "cannot judge", which counts neither in a
    /// mean's numerator nor its denominator. Items not answered are absent.
    public var ratings: [ItemID: Int?]
    /// Answers to the open questions, verbatim.
    public var comments: [QuestionID: String]
    public var isSubmitted: Bool

    public init(
        rater: PersonID, ratee: PersonID, ratings: [ItemID: Int?] = [:],
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
