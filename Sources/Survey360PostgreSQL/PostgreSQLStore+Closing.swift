import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// The end of a campaign's personal data, as on SQLite: closing replaces
/// raters by pseudonyms, purging deletes what is left.
extension PostgreSQLStore {
    /// The tables whose rows name a campaign's raters.
    private static let raterTables = ["assignment", "answer_sheet", "answer_comment"]

    public func closeCampaign(
        _ campaign: CampaignID, pseudonyms: RaterPseudonyms,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent {
        let id = campaign.rawValue
        return try await database.write { connection in
            // The row lock waits for every answer in flight to commit, and
            // makes the ones after it wait and then see "closed".
            try await Self.moveState(of: campaign, from: .open, to: .closed, on: connection)
            let logged = event(try await Self.tally(of: campaign, on: connection))
            for statement: PostgresQuery in [
                """
                DELETE FROM answer_comment c USING answer_sheet s
                WHERE c.campaign_id = \(id) AND s.campaign_id = \(id) AND s.ratee_id = c.ratee_id
                    AND s.rater_id = c.rater_id AND NOT s.submitted
                """,
                "DELETE FROM answer_sheet WHERE campaign_id = \(id) AND NOT submitted",
                "DELETE FROM invitation WHERE campaign_id = \(id)",
            ] {
                try await connection.query(statement, logger: Self.logger)
            }
            var raters: [String] = []
            for try await rater in try await connection.query(
                "SELECT DISTINCT rater_id FROM assignment WHERE campaign_id = \(id)", logger: Self.logger
            ).decode(String.self) {
                raters.append(rater)
            }
            let aliases = raters.map { pseudonyms.pseudonym(of: PersonID($0)).rawValue }
            try await connection.query(
                """
                INSERT INTO campaign_rater (campaign_id, pseudonym, department_id)
                SELECT \(id), p.pseudonym, person.department_id
                FROM unnest(\(raters)::text[], \(aliases)::text[]) AS p(rater_id, pseudonym)
                JOIN person ON person.id = p.rater_id AND person.version = coalesce(
                    (SELECT organisation_version FROM campaign WHERE id = \(id)),
                    (SELECT max(number) FROM organisation_version))
                """, logger: Self.logger)
            for table in Self.raterTables {
                try await connection.query(
                    """
                    UPDATE \(unescaped: table) t SET rater_id = p.pseudonym
                    FROM unnest(\(raters)::text[], \(aliases)::text[]) AS p(rater_id, pseudonym)
                    WHERE t.campaign_id = \(id) AND t.rater_id = p.rater_id
                    """, logger: Self.logger)
            }
            try await Self.log(logged, on: connection)
            return logged
        }
    }

    public func raterDepartments(in campaign: CampaignID) async throws -> [PersonID: DepartmentID] {
        try await database.read { connection in
            var departments: [PersonID: DepartmentID] = [:]
            for try await (pseudonym, department) in try await connection.query(
                "SELECT pseudonym, department_id FROM campaign_rater WHERE campaign_id = \(campaign.rawValue)",
                logger: Self.logger
            ).decode((String, String).self) {
                departments[PersonID(pseudonym)] = DepartmentID(department)
            }
            return departments
        }
    }

    public func purgeCampaign(_ campaign: CampaignID, event: AuditEvent) async throws {
        try await database.write { connection in
            let stored = try await CampaignRow.require(campaign, lock: .update, on: connection, logger: Self.logger)
            guard stored.state == .archived else { throw StorageError.notArchived(campaign, stored.state) }
            for table in [
                "answer_comment", "answer_sheet", "answer_item", "assignment", "campaign_rater", "invitation",
            ] {
                try await connection.query(
                    "DELETE FROM \(unescaped: table) WHERE campaign_id = \(campaign.rawValue)", logger: Self.logger)
            }
            try await Self.log(event, on: connection)
        }
    }
}
