import Survey360Core

/// Everything a personal report shows about one person rated.
///
/// Walk it as person → groups → dimensions → items; every cell is published
/// or withheld with a reason.
public struct PersonScores: Hashable, Sendable, Codable {
    public var personID: PersonID
    public var departmentID: DepartmentID?
    /// The columns in report order (self, superior, …, all others); groups
    /// nobody was asked to rate in are left out.
    public var groups: [GroupScores]
    public var participation: [Participation]
    /// Per dimension, then overall (`dimension == nil`); only where both the
    /// self and the "all others" figures are published.
    public var gaps: [SelfOtherGap]
    public var topItems: [RankedItem]
    public var bottomItems: [RankedItem]
    /// Per dimension, then overall.
    public var norms: [PercentileNorm]
    public var comments: [ScoredComment]
    /// Empty without a previous campaign.
    public var trends: [TrendCell]

    /// The column for `group`, if it is listed.
    public func group(_ group: ReportGroup) -> GroupScores? {
        groups.first { $0.group == group }
    }
}
