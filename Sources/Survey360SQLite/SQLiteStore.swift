import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// The embedded default store: one SQLite file, in WAL mode, created and
/// migrated on first use.
///
/// ```swift
/// let store = try SQLiteStore(path: "survey360.sqlite")
/// try await store.replaceOrganisation(organisation)
/// ```
///
/// Every method runs in one transaction; GRDB's async accessors run the
/// blocking SQLite work off the caller's thread, so a web server's event
/// loop never waits on the disk.
public final class SQLiteStore: SurveyStore {
    /// Internal so that extensions in other files (`SQLiteStore+Credentials`) can use it.
    let writer: any DatabaseWriter

    /// Opens (creating and migrating if needed) the database at `path`.
    ///
    /// - Throws: ``StorageError`` `.unavailable` naming the file if it
    ///   cannot be opened or is not a Survey360 database.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(writer)
        } catch {
            throw StorageError.unavailable("Cannot open the database '\(path)': \(Self.reason(error))")
        }
    }

    /// A private database in memory, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try SQLiteMigrations.migrator.migrate(writer)
    }

    private static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? String(describing: error)
    }

    // MARK: - Organisation

    public func replaceOrganisation(_ organisation: Organisation) async throws {
        try await writer.write { db in
            try DepartmentRecord.deleteAll(db)
            try PersonRecord.deleteAll(db)
            try ServiceRelationRecord.deleteAll(db)
            try ProcessStageRecord.deleteAll(db)
            for (position, department) in organisation.departments.enumerated() {
                try DepartmentRecord(department, position: position).insert(db)
            }
            for (position, person) in organisation.people.enumerated() {
                try PersonRecord(person, position: position).insert(db)
            }
            for (position, relation) in organisation.services.enumerated() {
                try ServiceRelationRecord(relation, position: position).insert(db)
            }
            var position = 0
            for process in organisation.processes {
                for stage in process.stages {
                    try ProcessStageRecord(stage, of: process, position: position).insert(db)
                    position += 1
                }
            }
        }
    }

    public func organisation() async throws -> Organisation? {
        try await writer.read { db in
            let departments = try DepartmentRecord.order(Column("position")).fetchAll(db)
            let people = try PersonRecord.order(Column("position")).fetchAll(db)
            guard !departments.isEmpty || !people.isEmpty else { return nil }
            let services = try ServiceRelationRecord.order(Column("position")).fetchAll(db)
            let stages = try ProcessStageRecord.order(Column("position")).fetchAll(db)
            var processes: [ProcessChain] = []
            for stage in stages {
                if processes.last?.id.rawValue == stage.processID {
                    processes[processes.count - 1].stages.append(stage.stage)
                } else {
                    processes.append(
                        ProcessChain(id: ProcessID(stage.processID), name: stage.processName, stages: [stage.stage]))
                }
            }
            return Organisation(
                departments: departments.map(\.department), people: try people.map { try $0.person() },
                services: services.map(\.relation), processes: processes)
        }
    }

    // MARK: - Campaigns

    public func createCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        try await writer.write { db in
            guard try CampaignRecord.filter(Column("id") == campaign.id.rawValue).fetchCount(db) == 0 else {
                throw StorageError.conflict("Campaign '\(campaign.id)' already exists")
            }
            try CampaignRecord(campaign).insert(db)
            try AuditEventRecord(event).insert(db)
        }
    }

    public func campaign(_ id: CampaignID) async throws -> Campaign? {
        try await writer.read { db in
            try CampaignRecord.filter(Column("id") == id.rawValue).fetchOne(db)?.campaign()
        }
    }

    public func campaigns() async throws -> [Campaign] {
        try await writer.read { db in
            try CampaignRecord.order(Column("position")).fetchAll(db).map { try $0.campaign() }
        }
    }

    public func updateCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        try await writer.write { db in
            let record = CampaignRecord(campaign)
            try db.execute(
                sql: """
                    UPDATE campaign SET title = ?, opens = ?, closes = ?, template_id = ?, language = ?,
                    rules = ?, policy = ?, state = ? WHERE id = ?
                    """,
                arguments: [
                    record.title, record.opens, record.closes, record.templateID, record.language,
                    try Self.json(record.rules), try Self.json(record.policy), record.state, record.id,
                ])
            guard db.changesCount == 1 else { throw StorageError.notFound("No campaign '\(campaign.id)'") }
            try AuditEventRecord(event).insert(db)
        }
    }

    public func auditLog(of campaign: CampaignID) async throws -> [AuditEvent] {
        try await writer.read { db in
            try AuditEventRecord.filter(Column("campaign_id") == campaign.rawValue)
                .order(Column("position")).fetchAll(db).map(\.event)
        }
    }

    public func appendAuditEvent(_ event: AuditEvent) async throws {
        try await writer.write { db in
            guard try CampaignRecord.filter(Column("id") == event.campaignID.rawValue).fetchCount(db) == 1 else {
                throw StorageError.notFound("No campaign '\(event.campaignID)'")
            }
            try AuditEventRecord(event).insert(db)
        }
    }

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws {
        let json = try Self.json(questionnaire)
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE campaign SET questionnaire = ? WHERE id = ?", arguments: [json, campaign.rawValue])
            guard db.changesCount == 1 else { throw StorageError.notFound("No campaign '\(campaign)'") }
        }
    }

    public func questionnaire(for campaign: CampaignID) async throws -> Questionnaire? {
        let json = try await writer.read { db in
            try String.fetchOne(
                db, sql: "SELECT questionnaire FROM campaign WHERE id = ?", arguments: [campaign.rawValue])
        }
        return try json.map { try JSONDecoder().decode(Questionnaire.self, from: Data($0.utf8)) }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: - Assignments

    public func replaceAssignments(_ assignments: [Assignment], in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.requireCampaign(campaign, db)
            try AssignmentRecord.filter(Column("campaign_id") == campaign.rawValue).deleteAll(db)
            for assignment in assignments {
                do {
                    try AssignmentRecord(assignment, in: campaign).insert(db)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw StorageError.conflict("A questionnaire is assigned twice")
                }
            }
        }
    }

    public func assignments(in campaign: CampaignID) async throws -> [Assignment] {
        try await writer.read { db in
            try AssignmentRecord.filter(Column("campaign_id") == campaign.rawValue)
                .order(Column("ratee_id"), Column("rater_id")).fetchAll(db).map { try $0.assignment() }
        }
    }

    public func assignments(in campaign: CampaignID, rater: PersonID) async throws -> [Assignment] {
        try await writer.read { db in
            try AssignmentRecord
                .filter(Column("campaign_id") == campaign.rawValue && Column("rater_id") == rater.rawValue)
                .order(Column("ratee_id")).fetchAll(db).map { try $0.assignment() }
        }
    }

    // MARK: - Invitations

    public func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.requireCampaign(campaign, db)
            for invitation in invitations {
                try InvitationRecord
                    .filter(
                        Column("campaign_id") == campaign.rawValue && Column("rater_id") == invitation.raterID.rawValue
                    )
                    .deleteAll(db)
                try InvitationRecord(invitation).insert(db)
            }
        }
    }

    public func invitation(forTokenHash tokenHash: Data) async throws -> Invitation? {
        try await writer.read { db in
            try InvitationRecord.fetchOne(db, key: tokenHash)?.invitation
        }
    }

    // MARK: - Responses

    public func saveDraft(_ response: Response, in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.requireAssigned(response.pair, in: campaign, db)
            if try Self.isSubmitted(response.pair, in: campaign, db) { throw StorageError.alreadySubmitted }
            try ResponseRecord(response, in: campaign, submitted: false).save(db)
        }
    }

    public func submit(_ response: Response, in campaign: CampaignID) async throws {
        try await submitAll([response], in: campaign)
    }

    public func submitAll(_ responses: [Response], in campaign: CampaignID) async throws {
        try await writer.write { db in
            for response in responses {
                try Self.requireAssigned(response.pair, in: campaign, db)
                if try Self.isSubmitted(response.pair, in: campaign, db) { throw StorageError.alreadySubmitted }
                try ResponseRecord(response, in: campaign, submitted: true).save(db)
            }
        }
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response? {
        try await writer.read { db in
            try ResponseRecord.fetchOne(db, key: Self.key(pair, campaign))?.response
        }
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response] {
        try await writer.read { db in
            var request = ResponseRecord.filter(Column("campaign_id") == campaign.rawValue)
            if !includeDrafts { request = request.filter(Column("submitted") == true) }
            return try request.order(Column("ratee_id"), Column("rater_id")).fetchAll(db).map(\.response)
        }
    }

    public func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus] {
        try await writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.rater_id, a.ratee_id, r.submitted FROM assignment a
                    LEFT JOIN response r ON r.campaign_id = a.campaign_id
                        AND r.ratee_id = a.ratee_id AND r.rater_id = a.rater_id
                    WHERE a.campaign_id = ?
                    """, arguments: [campaign.rawValue])
            var statuses: [RaterPair: ResponseStatus] = [:]
            while let row = try rows.next() {
                let pair = RaterPair(rater: PersonID(row[0] as String), ratee: PersonID(row[1] as String))
                let submitted: Bool? = row[2]
                statuses[pair] = submitted.map { $0 ? .submitted : .draft } ?? .notStarted
            }
            return statuses
        }
    }

    // MARK: - Checks

    private static func key(_ pair: RaterPair, _ campaign: CampaignID) -> [String: any DatabaseValueConvertible] {
        ["campaign_id": campaign.rawValue, "ratee_id": pair.rateeID.rawValue, "rater_id": pair.raterID.rawValue]
    }

    private static func requireCampaign(_ campaign: CampaignID, _ db: Database) throws {
        guard try CampaignRecord.filter(Column("id") == campaign.rawValue).fetchCount(db) == 1 else {
            throw StorageError.notFound("No campaign '\(campaign)'")
        }
    }

    private static func requireAssigned(_ pair: RaterPair, in campaign: CampaignID, _ db: Database) throws {
        try requireCampaign(campaign, db)
        guard try AssignmentRecord.fetchOne(db, key: key(pair, campaign)) != nil else {
            throw StorageError.notAssigned
        }
    }

    private static func isSubmitted(_ pair: RaterPair, in campaign: CampaignID, _ db: Database) throws -> Bool {
        try ResponseRecord.fetchOne(db, key: key(pair, campaign))?.submitted == true
    }
}
