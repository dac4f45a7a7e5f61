/// The questionnaires a checked response file adds, sorted by pair, made one
/// at a time as they are read: the store takes them from here inside its one
/// transaction, so a quarter's half a million questionnaires are never all
/// in memory as ``Response``s, only as their compact drafts.
///
/// ```swift
/// let result = try collector.finish(assigned: pairs, campaign: campaign, stored: stored)
/// try await store.submitAll(result.responses, in: campaign.id)   // made as the store reads them
/// result.responses.count                                         // without making any
/// ```
public struct ImportedResponses: RandomAccessCollection, Sendable {
    private let pairs: [RaterPair]
    private let drafts: [ResponseDraft]
    private let items: [ItemID]

    init(pairs: [RaterPair], drafts: [ResponseDraft], items: [ItemID]) {
        self.pairs = pairs
        self.drafts = drafts
        self.items = items
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { pairs.count }

    /// The questionnaire at `position`, made anew at each access.
    public subscript(position: Int) -> Response {
        drafts[position].response(of: pairs[position], items: items)
    }
}
