import Survey360Core

/// One column of a personal report: a group's cells for every item, every
/// dimension and overall, in questionnaire order.
public struct GroupScores: Hashable, Sendable, Codable {
    public var group: ReportGroup
    /// The rater groups pooled in this column (one for a plain group).
    public var members: [RaterGroup]
    /// Raters of this column who submitted a questionnaire.
    public var respondents: Int
    public var disposition: GroupDisposition
    /// A single rater is identifiable in this column (self, superior).
    public var isIdentifiable: Bool
    /// One cell per questionnaire item, in the order of ``CampaignScores/itemIDs``;
    /// empty when the column is not shown (``cell(at:)`` then gives the
    /// column's reason), which saves a third of the memory of a large campaign.
    public var items: [ScoreCell]
    /// One cell per dimension, in the order of ``CampaignScores/dimensionIDs``;
    /// empty when the column is not shown.
    public var dimensions: [ScoreCell]
    public var overall: ScoreCell

    /// A column whose every cell is withheld for the same reason.
    static func withheld(
        _ group: ReportGroup, members: [RaterGroup], respondents: Int,
        disposition: GroupDisposition, reason: WithholdingReason,
        identifiable: Bool
    ) -> GroupScores {
        GroupScores(
            group: group, members: members, respondents: respondents, disposition: disposition,
            isIdentifiable: identifiable, items: [], dimensions: [], overall: ScoreCell(withheld: reason))
    }

    /// The cell at `position`; in a column that is not shown, a cell
    /// withheld for the column's reason.
    public func cell(at position: CellPosition) -> ScoreCell {
        switch position {
        case .item(let index): items.isEmpty ? overall : items[index]
        case .dimension(let index): dimensions.isEmpty ? overall : dimensions[index]
        case .overall: overall
        }
    }

    mutating func setCell(_ cell: ScoreCell, at position: CellPosition) {
        switch position {
        case .item(let index): items[index] = cell
        case .dimension(let index): dimensions[index] = cell
        case .overall: overall = cell
        }
    }
}

/// Where a cell sits in a column: an item, a dimension or overall (indices
/// into ``CampaignScores/itemIDs`` and ``CampaignScores/dimensionIDs``).
public enum CellPosition: Hashable, Sendable, Codable {
    case item(Int)
    case dimension(Int)
    case overall
}
