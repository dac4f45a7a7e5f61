import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// The end of a campaign's personal data: closing replaces raters by
/// pseudonyms, purging deletes what is left.
extension SQLiteStore {
    /// The tables whose rows name a campaign's raters.
    private static let raterTables = ["assignment", "answer_sheet", "answer_comment"]

    public func closeCampaign(
        _ campaign: CampaignID, pseudonyms: RaterPseudonyms,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent {
        let id = campaign.rawValue
        return try await writer.write { db in
            var stored = try Self.requireCampaign(campaign, db)
            try StorageError.checkTransition(of: &stored, from: .open, to: .closed)
            try db.execute(
                sql: "UPDATE campaign SET state = ? WHERE id = ?", arguments: [stored.state.rawValue, id])
            let logged = event(try Self.tally(of: campaign, db))
            for statement in [
                """
                DELETE FROM answer_comment WHERE campaign_id = ?1 AND (ratee_id, rater_id) IN (
                    SELECT ratee_id, rater_id FROM answer_sheet WHERE campaign_id = ?1 AND NOT submitted)
                """,
                "DELETE FROM answer_sheet WHERE campaign_id = ? AND NOT submitted",
                "DELETE FROM invitation WHERE campaign_id = ?",
            ] {
                try db.execute(sql: statement, arguments: [id])
            }
            try db.execute(
                sql: "CREATE TEMP TABLE rater_pseudonym (rater_id TEXT PRIMARY KEY, pseudonym TEXT NOT NULL)")
            let raters = try String.fetchAll(
                db, sql: "SELECT DISTINCT rater_id FROM assignment WHERE campaign_id = ?", arguments: [id])
            let insert = try db.makeStatement(sql: "INSERT INTO temp.rater_pseudonym VALUES (?, ?)")
            for rater in raters {
                try insert.execute(arguments: [rater, pseudonyms.pseudonym(of: PersonID(rater)).rawValue])
            }
            try db.execute(
                sql: """
                    INSERT INTO campaign_rater (campaign_id, pseudonym, department_id)
                    SELECT ?1, p.pseudonym, person.department_id
                    FROM temp.rater_pseudonym p JOIN person ON person.id = p.rater_id AND person.version = COALESCE(
                        (SELECT organisation_version FROM campaign WHERE id = ?1),
                        (SELECT MAX(number) FROM organisation_version))
                    """, arguments: [id])
            for table in Self.raterTables {
                try Self.replaceRaters(in: table, of: id, db)
            }
            try db.execute(sql: "DROP TABLE temp.rater_pseudonym")
            try AuditEventRecord(logged).insert(db)
            return logged
        }
    }

    /// Replaces the raters of `campaign`'s rows in `table` by their
    /// pseudonyms in `temp.rater_pseudonym`.
    ///
    /// The rows are copied aside with their pseudonyms, deleted as one range
    /// and inserted again in key order, rather than updated in place: the
    /// rater is part of each table's primary key, so an `UPDATE` moved every
    /// row to a new place in the tree one at a time (docs/storage.md has the
    /// figures).
    /// A rater without a pseudonym leaves a NULL, which the `NOT NULL` column
    /// refuses, as the `UPDATE` did.
    private static func replaceRaters(in table: String, of campaign: String, _ db: Database) throws {
        let columns = try db.columns(in: table).map { "\"\($0.name)\"" }
        let copied = columns.map { $0 == "\"rater_id\"" ? "p.pseudonym AS \($0)" : "t.\($0)" }
        let key = try db.primaryKey(table).columns.map { "\"\($0)\"" }
        let list = columns.joined(separator: ", ")
        try db.execute(
            sql: """
                CREATE TEMP TABLE closed_row AS SELECT \(copied.joined(separator: ", "))
                FROM \(table) t LEFT JOIN temp.rater_pseudonym p ON p.rater_id = t.rater_id WHERE t.campaign_id = ?
                """, arguments: [campaign])
        try db.execute(sql: "DELETE FROM \(table) WHERE campaign_id = ?", arguments: [campaign])
        try db.execute(
            sql: """
                INSERT INTO \(table) (\(list)) SELECT \(list) FROM temp.closed_row
                ORDER BY \(key.joined(separator: ", "))
                """)
        try db.execute(sql: "DROP TABLE temp.closed_row")
    }

    public func raterDepartments(in campaign: CampaignID) async throws -> [PersonID: DepartmentID] {
        try await writer.read { db in
            var departments: [PersonID: DepartmentID] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT pseudonym, department_id FROM campaign_rater WHERE campaign_id = ?",
                arguments: [campaign.rawValue])
            while let row = try rows.next() {
                departments[PersonID(row[0] as String)] = DepartmentID(row[1] as String)
            }
            return departments
        }
    }

    public func purgeCampaign(_ campaign: CampaignID, event: AuditEvent) async throws {
        try await writer.write { db in
            let state = try String.fetchOne(
                db, sql: "SELECT state FROM campaign WHERE id = ?", arguments: [campaign.rawValue])
            guard let state else { throw StorageError.notFound("No campaign '\(campaign)'") }
            guard state == CampaignState.archived.rawValue else {
                throw StorageError.notArchived(campaign, CampaignState(rawValue: state) ?? .draft)
            }
            for table in [
                "answer_comment", "answer_sheet", "answer_item", "assignment", "campaign_rater", "invitation",
            ] {
                try db.execute(sql: "DELETE FROM \(table) WHERE campaign_id = ?", arguments: [campaign.rawValue])
            }
            try AuditEventRecord(event).insert(db)
        }
    }
}
