import Survey360Core

/// The aggregator's result for one campaign: every figure a report shows,
/// every decision to withhold one, and the rules behind them.
///
/// Indices (items, dimensions, departments) point into the id lists here,
/// which keeps twenty million cells free of repeated strings.
public struct CampaignScores: Hashable, Sendable, Codable {
    /// The rules in force, echoed so that a report can print them.
    public var policy: ScoringPolicy
    public var scale: RatingScale
    public var itemIDs: [ItemID]
    /// The dimension index of each item.
    public var itemDimensions: [Int]
    public var dimensionIDs: [DimensionID]
    public var departmentIDs: [DepartmentID]
    /// The seed the comment order was drawn from.
    public var seed: UInt64
    /// Everyone rated, in directory order.
    public var people: [PersonScores]
    public var departments: [DepartmentScores]
    public var serviceMatrix: ServiceMatrix
    /// Organisation analytics; never copy these into a personal report.
    public var analytics: CampaignAnalytics
    public var appliedRules: [AppliedRule]
    /// What the input contained that the aggregator could not use.
    public var inputNotes: InputNotes
    /// Whether trends were computed against a previous campaign.
    public var hasPreviousCampaign: Bool
}
