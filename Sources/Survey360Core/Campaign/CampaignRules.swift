/// Who is rated and by whom: the rules of rater assignment.
///
/// Every field has the default a first campaign needs; a campaign file or a
/// command-line option overrides any of them.
public struct CampaignRules: Hashable, Sendable, Codable {
    /// The groups asked to rate; leave out `.selfRating` to skip self-ratings.
    public var groups: Set<RaterGroup>
    /// The fewest raters a group should have; a person below it is warned
    /// about before launch, because that group's results will be suppressed.
    public var minimumRaters: [RaterGroup: Int]
    /// The most raters of a group per person rated; more candidates are
    /// sampled down, deterministically from `seed`.
    public var maximumRaters: [RaterGroup: Int]
    /// The most questionnaires one rater is asked to fill in.
    public var maximumQuestionnairesPerRater: Int
    /// People with these statuses neither rate nor are rated.
    public var excludedStatuses: Set<EmploymentStatus>
    /// People hired after this day neither rate nor are rated: they have not
    /// worked with anyone long enough.
    public var hiredAfter: CalendarDate?
    /// The seed of every random choice, so that assignment is repeatable.
    public var seed: UInt64

    public init(
        groups: Set<RaterGroup> = Set(RaterGroup.allCases),
        minimumRaters: [RaterGroup: Int] = CampaignRules.defaultMinimumRaters,
        maximumRaters: [RaterGroup: Int] = CampaignRules.defaultMaximumRaters,
        maximumQuestionnairesPerRater: Int = 12,
        excludedStatuses: Set<EmploymentStatus> = [.leave, .left],
        hiredAfter: CalendarDate? = nil,
        seed: UInt64 = 360
    ) {
        self.groups = groups
        self.minimumRaters = minimumRaters
        self.maximumRaters = maximumRaters
        self.maximumQuestionnairesPerRater = maximumQuestionnairesPerRater
        self.excludedStatuses = excludedStatuses
        self.hiredAfter = hiredAfter
        self.seed = seed
    }

    /// The confidentiality minimums of `scoring.md`: one for self and the
    /// (identifiable) superior, three for every group of peers.
    public static let defaultMinimumRaters: [RaterGroup: Int] = [
        .selfRating: 1, .superior: 1, .subordinate: 3, .downstream: 3, .upstream: 3, .functional: 3,
    ]

    /// Enough raters per group for stable means without exhausting anyone.
    public static let defaultMaximumRaters: [RaterGroup: Int] = [
        .selfRating: 1, .superior: 1, .subordinate: 8, .downstream: 6, .upstream: 6, .functional: 6,
    ]
}
