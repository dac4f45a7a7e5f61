import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// The organisation's versions, from the "v4: organisation versions"
/// migration: every row of the directory's tables carries the version it
/// belongs to, and `organisation_version` says when each came and from what.
extension SQLiteStore {
    public func addOrganisationVersion(
        _ organisation: Organisation, files: [ImportedFile], imported: Date
    ) async throws -> OrganisationImportOutcome {
        try await writer.write { db in
            let current = try OrganisationVersionRecord.order(Column("number").desc).fetchOne(db)
            if let current, try Self.organisation(version: current.number, db) == organisation {
                return .unchanged(current.version)
            }
            let number = (current?.number ?? 0) + 1
            let version = OrganisationVersion(
                number: number, imported: imported, files: files, counts: OrganisationCounts(organisation))
            try OrganisationVersionRecord(version).insert(db)
            for (position, department) in organisation.departments.enumerated() {
                try DepartmentRecord(department, version: number, position: position).insert(db)
            }
            for (position, person) in organisation.people.enumerated() {
                try PersonRecord(person, version: number, position: position).insert(db)
            }
            for (position, relation) in organisation.services.enumerated() {
                try ServiceRelationRecord(relation, version: number, position: position).insert(db)
            }
            var position = 0
            for process in organisation.processes {
                for stage in process.stages {
                    try ProcessStageRecord(stage, of: process, version: number, position: position).insert(db)
                    position += 1
                }
            }
            return .added(version)
        }
    }

    public func organisationVersions() async throws -> [OrganisationVersion] {
        try await writer.read { db in
            try OrganisationVersionRecord.order(Column("number")).fetchAll(db).map(\.version)
        }
    }

    public func organisation(version number: Int) async throws -> Organisation? {
        try await writer.read { db in try Self.organisation(version: number, db) }
    }

    public func organisation() async throws -> Organisation? {
        try await writer.read { db in
            guard let number = try Self.currentVersion(db) else { return nil }
            return try Self.organisation(version: number, db)
        }
    }

    public func currentOrganisationVersion() async throws -> Int? {
        try await writer.read { db in try Self.currentVersion(db) }
    }

    /// The number of the current version, `nil` before the first import.
    static func currentVersion(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT MAX(number) FROM organisation_version")
    }

    private static func organisation(version number: Int, _ db: Database) throws -> Organisation? {
        guard try OrganisationVersionRecord.fetchOne(db, key: number) != nil else { return nil }
        let inVersion = Column("version") == number
        let departments = try DepartmentRecord.filter(inVersion).order(Column("position")).fetchAll(db)
        let people = try Array(
            Row.fetchCursor(
                db, sql: "SELECT \(PersonRecord.selection) FROM person WHERE version = ? ORDER BY position",
                arguments: [number]
            ).map { try PersonRecord(selected: $0).person() })
        let services = try ServiceRelationRecord.filter(inVersion).order(Column("position")).fetchAll(db)
        let stages = try ProcessStageRecord.filter(inVersion).order(Column("position")).fetchAll(db)
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
            departments: departments.map(\.department), people: people,
            services: services.map(\.relation), processes: processes)
    }
}
