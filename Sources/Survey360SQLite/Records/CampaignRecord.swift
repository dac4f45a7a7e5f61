import GRDB
import Survey360Core
import Survey360Storage

/// A row of `campaign`. Rules and policy are stored as JSON: they are read
/// and written whole, never queried by field.
struct CampaignRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "campaign"

    var id: String
    var title: String
    var opens: String
    var closes: String
    var templateID: String
    var language: String
    var rules: CampaignRules
    var policy: ScoringPolicy
    var state: String
    var organisationVersion: Int?

    enum CodingKeys: String, CodingKey {
        case id, title, opens, closes, language, rules, policy, state
        case templateID = "template_id"
        case organisationVersion = "organisation_version"
    }

    init(_ campaign: Campaign) {
        id = campaign.id.rawValue
        title = campaign.title
        opens = campaign.opens.description
        closes = campaign.closes.description
        templateID = campaign.templateID
        language = campaign.language.rawValue
        rules = campaign.rules
        policy = campaign.policy
        state = campaign.state.rawValue
        organisationVersion = campaign.organisationVersion
    }

    func campaign() throws -> Campaign {
        guard let opens = CalendarDate(iso: opens), let closes = CalendarDate(iso: closes),
            let language = SurveyLanguage(rawValue: language), let state = CampaignState(rawValue: state)
        else { throw StorageError.corrupt("campaign '\(id)' has an unreadable row") }
        return Campaign(
            id: CampaignID(id), title: title, opens: opens, closes: closes, templateID: templateID,
            language: language, rules: rules, policy: policy, state: state, organisationVersion: organisationVersion)
    }
}
