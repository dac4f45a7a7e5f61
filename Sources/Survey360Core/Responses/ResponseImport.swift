/// What a checked response file adds to a campaign.
public struct ResponseImport: Sendable {
    /// The questionnaires to store, one per pair, submitted, sorted by pair.
    public var responses: ImportedResponses
    /// The pairs whose submitted answers were stored before exactly as the
    /// file has them: importing the same file twice changes nothing.
    public var unchanged: [RaterPair]
}
