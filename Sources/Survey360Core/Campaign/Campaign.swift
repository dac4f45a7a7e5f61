public typealias CampaignID = Identifier<Campaign>

/// Where a campaign is in its life: rules and assignments are frozen once it
/// opens, answers are accepted only while it is open, and reports are made
/// once it is closed.
public enum CampaignState: String, CaseIterable, Hashable, Sendable, Codable {
    case draft
    case open
    case closed
    case archived

    /// The state that may follow this one; `nil` after archiving.
    public var next: CampaignState? {
        switch self {
        case .draft: .open
        case .open: .closed
        case .closed: .archived
        case .archived: nil
        }
    }
}

/// One quarterly survey: who rates whom, with which questionnaire, under
/// which rules.
public struct Campaign: Hashable, Sendable, Codable, Identifiable {
    /// The quarter's name by convention, `2026-Q4`.
    public var id: CampaignID
    public var title: String
    public var opens: CalendarDate
    public var closes: CalendarDate
    /// The questionnaire template's id, as in `templates/questionnaires/`.
    public var templateID: String
    /// The language of reports and of raters without a language of their own.
    public var language: SurveyLanguage
    public var rules: CampaignRules
    public var policy: ScoringPolicy
    public var state: CampaignState
    /// The organisation version the campaign rates, scores and reports on:
    /// the one its assignments were made from. `nil` until it is assigned.
    ///
    /// The store sets it when the assignments are stored, so that a later
    /// import of the directory never changes what a quarter was about; it
    /// is frozen from launch on, like the assignments.
    public var organisationVersion: Int?

    public init(
        id: CampaignID, title: String, opens: CalendarDate, closes: CalendarDate,
        templateID: String = "default", language: SurveyLanguage = .simplifiedChinese,
        rules: CampaignRules = CampaignRules(), policy: ScoringPolicy = ScoringPolicy(),
        state: CampaignState = .draft, organisationVersion: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.opens = opens
        self.closes = closes
        self.templateID = templateID
        self.language = language
        self.rules = rules
        self.policy = policy
        self.state = state
        self.organisationVersion = organisationVersion
    }
}
