/// An answer to an open question, tied to its questionnaire by index.
public struct CompactComment: Hashable, Sendable {
    /// Index of the questionnaire (in the order given to ``CompactCampaign``'s
    /// initializer; the initializer renumbers it after sorting).
    public var questionnaire: Int32
    /// Index into ``CompactCampaign/questionIDs``.
    public var question: Int32
    public var text: String

    public init(questionnaire: Int32, question: Int32, text: String) {
        self.questionnaire = questionnaire
        self.question = question
        self.text = text
    }
}
