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

    /// How a read locks the campaign rows it returns, until the transaction
    /// ends.
    enum Lock: String {
        case none = ""
        /// For a write that needs the campaign to stay in its state: a
        /// transition waits until the write commits, and a write that comes
        /// after a transition began waits for it and then reads the new state.
        case share = "FOR SHARE"
        /// For a transition or an update of the campaign itself.
        case update = "FOR UPDATE"
    }

    /// The campaigns `condition` selects (`$1` is `argument`), oldest first.
    static func read(
        where condition: String, _ argument: String?, lock: Lock = .none, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [Campaign] {
        var bindings = PostgresBindings()
        if let argument { bindings.append(argument) }
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT id, title, opens, closes, template_id, language, rules, policy, state,
                        organisation_version
                    FROM campaign \(condition) ORDER BY position \(lock.rawValue)
                    """, binds: bindings), logger: logger)
        var campaigns: [Campaign] = []
        for try await (id, title, opens, closes, templateID, language, rules, policy, state, version) in rows.decode(
            (String, String, String, String, String, String, String, String, String, Int?).self)
        {
            guard let opensOn = CalendarDate(iso: opens), let closesOn = CalendarDate(iso: closes),
                let language = SurveyLanguage(rawValue: language), let state = CampaignState(rawValue: state)
            else { throw StorageError.corrupt("campaign '\(id)' has an unreadable row") }
            campaigns.append(
                Campaign(
                    id: CampaignID(id), title: title, opens: opensOn, closes: closesOn, templateID: templateID,
                    language: language, rules: try PostgreSQLRows.decodeJSON(CampaignRules.self, rules),
                    policy: try PostgreSQLRows.decodeJSON(ScoringPolicy.self, policy), state: state,
                    organisationVersion: version))
        }
        return campaigns
    }

    /// The campaign `id`, locked as `lock` says.
    ///
    /// - Throws: ``StorageError`` `.notFound`.
    static func require(_ id: CampaignID, lock: Lock, on connection: PostgresConnection, logger: Logger)
        async throws -> Campaign
    {
        guard
            let campaign = try await read(
                where: "WHERE id = $1", id.rawValue, lock: lock, on: connection, logger: logger
            )
            .first
        else { throw StorageError.notFound("No campaign '\(id)'") }
        return campaign
    }
}
