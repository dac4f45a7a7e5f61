/// An item among the highest or lowest "all others" means.
public struct RankedItem: Hashable, Sendable, Codable {
    /// Index into ``CampaignScores/itemIDs``.
    public var item: Int
    public var mean: Double
    public var count: Int
}
