import PostgresNIO
import Survey360Core
import Survey360Storage

/// A row of `campaign`. Rules and policy are JSON text with sorted keys,
/// as on SQLite: read and written whole, never queried by field.
struct CampaignRow {
    var id: String
    var title: String
    var opens: String
    var closes: String
    var templateID: String
    var language: String
    var rules: String
    var policy: String
    var state: String

    init(_ campaign: Campaign) throws {
        id = campaign.id.rawValue
        title = campaign.title
        opens = campaign.opens.description
        closes = campaign.closes.description
        templateID = campaign.templateID
        language = campaign.language.rawValue
        rules = try PostgreSQLRows.json(campaign.rules)
        policy = try PostgreSQLRows.json(campaign.policy)
        state = campaign.state.rawValue
    }

    /// The campaigns `condition` selects (`$1` is `argument`), oldest first.
    static func read(where condition: String, _ argument: String?, on connection: PostgresConnection, logger: Logger)
        async throws -> [Campaign]
    {
        var bindings = PostgresBindings()
        if let argument { bindings.append(argument) }
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT id, title, opens, closes, template_id, language, rules, policy, state FROM campaign
                    \(condition) ORDER BY position
                    """, binds: bindings), logger: logger)
        var campaigns: [Campaign] = []
        for try await (id, title, opens, closes, templateID, language, rules, policy, state) in rows.decode(
            (String, String, String, String, String, String, String, String, String).self)
        {
            guard let opensOn = CalendarDate(iso: opens), let closesOn = CalendarDate(iso: closes),
                let language = SurveyLanguage(rawValue: language), let state = CampaignState(rawValue: state)
            else { throw StorageError.corrupt("campaign '\(id)' has an unreadable row") }
            campaigns.append(
                Campaign(
                    id: CampaignID(id), title: title, opens: opensOn, closes: closesOn, templateID: templateID,
                    language: language, rules: try PostgreSQLRows.decodeJSON(CampaignRules.self, rules),
                    policy: try PostgreSQLRows.decodeJSON(ScoringPolicy.self, policy), state: state))
        }
        return campaigns
    }
}
