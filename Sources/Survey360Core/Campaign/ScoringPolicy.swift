/// How "all others" combines the groups.
public enum OthersWeighting: String, Hashable, Sendable, Codable {
    /// The mean over every non-self rater: larger groups weigh more.
    case respondentWeighted = "respondent-weighted"
    /// The unweighted mean of the shown group means.
    case balanced
}

/// The scoring and confidentiality rules of a campaign, with the defaults of
/// `scoring.md`. Every rule applied to a published cell is recorded in the
/// report, so that an auditor can re-derive the number.
public struct ScoringPolicy: Hashable, Sendable, Codable {
    /// The fewest raters per item cell for a group to be shown on its own.
    public var minimumRaters: [RaterGroup: Int]
    /// Groups whose figures are shown although a single rater is identifiable.
    public var identifiableGroups: Set<RaterGroup>
    /// The fewest respondents behind a department score or matrix cell.
    public var departmentMinimum: Int
    /// The fewest respondents behind department-level comments.
    public var departmentCommentMinimum: Int
    /// The fewest raters of a group for its comments to carry its label.
    public var commentLabelMinimum: Int
    /// The share of a dimension's items a rater must answer for the rater's
    /// dimension score to count.
    public var minimumAnsweredShare: Double
    public var othersWeighting: OthersWeighting
    /// The self-other gap, in scale points, that makes a blind spot.
    public var blindSpotGap: Double
    /// The fewest other raters for a blind spot or hidden strength.
    public var blindSpotMinimumOthers: Int
    /// The fewest people rated for percentile norms to be published.
    public var percentileMinimumPeople: Int
    /// How many highest and lowest items a report lists.
    public var topBottomCount: Int
    /// rwg(j) below this is flagged as low agreement.
    public var lowAgreementThreshold: Double
    /// A rater must have rated this many people to enter rater-centred views.
    public var raterCentredMinimumRatees: Int

    public init(
        minimumRaters: [RaterGroup: Int] = CampaignRules.defaultMinimumRaters,
        identifiableGroups: Set<RaterGroup> = [.selfRating, .superior],
        departmentMinimum: Int = 5,
        departmentCommentMinimum: Int = 10,
        commentLabelMinimum: Int = 3,
        minimumAnsweredShare: Double = 0.5,
        othersWeighting: OthersWeighting = .respondentWeighted,
        blindSpotGap: Double = 1.0,
        blindSpotMinimumOthers: Int = 3,
        percentileMinimumPeople: Int = 10,
        topBottomCount: Int = 3,
        lowAgreementThreshold: Double = 0.5,
        raterCentredMinimumRatees: Int = 5
    ) {
        self.minimumRaters = minimumRaters
        self.identifiableGroups = identifiableGroups
        self.departmentMinimum = departmentMinimum
        self.departmentCommentMinimum = departmentCommentMinimum
        self.commentLabelMinimum = commentLabelMinimum
        self.minimumAnsweredShare = minimumAnsweredShare
        self.othersWeighting = othersWeighting
        self.blindSpotGap = blindSpotGap
        self.blindSpotMinimumOthers = blindSpotMinimumOthers
        self.percentileMinimumPeople = percentileMinimumPeople
        self.topBottomCount = topBottomCount
        self.lowAgreementThreshold = lowAgreementThreshold
        self.raterCentredMinimumRatees = raterCentredMinimumRatees
    }

    /// The minimum for `group`, 3 where none is configured.
    public func minimum(for group: RaterGroup) -> Int { minimumRaters[group] ?? 3 }
}
