/// One answer to an open question as read from a response file.
public struct CommentRow: Hashable, Sendable {
    public var raterID: PersonID
    public var rateeID: PersonID
    public var questionID: QuestionID
    /// The answer verbatim; a blank answer is no answer.
    public var text: String
    public var location: SourceLocation

    public init(
        rater: PersonID, ratee: PersonID, question: QuestionID, text: String, at location: SourceLocation
    ) {
        self.raterID = rater
        self.rateeID = ratee
        self.questionID = question
        self.text = text
        self.location = location
    }

    public var pair: RaterPair { RaterPair(rater: raterID, ratee: rateeID) }
}
