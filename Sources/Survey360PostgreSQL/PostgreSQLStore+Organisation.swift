import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// The organisation's versions, as on SQLite: every row of the directory's
/// tables carries the version it belongs to, and `organisation_version`
/// says when each came and from what.
extension PostgreSQLStore {
    public func addOrganisationVersion(
        _ organisation: Organisation, files: [ImportedFile], imported: Date
    ) async throws -> OrganisationImportOutcome {
        try await database.write { connection in
            // Two imports at once would both take the next number: the
            // second waits here, then compares with the first's version.
            try await connection.query(
                "LOCK TABLE organisation_version IN SHARE ROW EXCLUSIVE MODE", logger: Self.logger)
            let current = try await Self.versions(where: "ORDER BY number DESC LIMIT 1", on: connection).first
            if let current,
                try await OrganisationRows.read(version: current.number, on: connection, logger: Self.logger)
                    == organisation
            {
                return .unchanged(current)
            }
            let version = OrganisationVersion(
                number: (current?.number ?? 0) + 1, imported: imported, files: files,
                counts: OrganisationCounts(organisation))
            let counts = version.counts
            try await connection.query(
                """
                INSERT INTO organisation_version (number, imported, files, people, departments, reporting_lines,
                    services, processes, process_stages)
                VALUES (\(version.number), \(PostgreSQLRows.text(imported)), \(try PostgreSQLRows.json(files)),
                    \(counts.people), \(counts.departments), \(counts.reportingLines), \(counts.services),
                    \(counts.processes), \(counts.processStages))
                """, logger: Self.logger)
            try await OrganisationRows(organisation, version: version.number)
                .insert(on: connection, logger: Self.logger)
            return .added(version)
        }
    }

    public func organisationVersions() async throws -> [OrganisationVersion] {
        try await database.read { connection in try await Self.versions(where: "ORDER BY number", on: connection) }
    }

    public func organisation(version number: Int) async throws -> Organisation? {
        try await database.read { connection in
            guard try await Self.existingVersion(number, on: connection) != nil else { return nil }
            return try await OrganisationRows.read(version: number, on: connection, logger: Self.logger)
        }
    }

    public func organisation() async throws -> Organisation? {
        try await database.read { connection in
            guard let number = try await Self.existingVersion(nil, on: connection) else { return nil }
            return try await OrganisationRows.read(version: number, on: connection, logger: Self.logger)
        }
    }

    public func currentOrganisationVersion() async throws -> Int? {
        try await database.read { connection in try await Self.existingVersion(nil, on: connection) }
    }

    /// `number` if that version exists; the current version's number when
    /// `number` is `nil`; `nil` otherwise.
    static func existingVersion(_ number: Int?, on connection: PostgresConnection) async throws -> Int? {
        var found: Int?
        for try await existing in try await connection.query(
            """
            SELECT max(number) FROM organisation_version
            WHERE \(number)::integer IS NULL OR number = \(number)
            """, logger: logger
        ).decode(Int?.self) {
            found = existing
        }
        return found
    }

    private static func versions(where clause: String, on connection: PostgresConnection) async throws
        -> [OrganisationVersion]
    {
        var versions: [OrganisationVersion] = []
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT number, imported, files, people, departments, reporting_lines, services, processes,
                        process_stages
                    FROM organisation_version \(clause)
                    """), logger: logger)
        for try await (number, imported, files, people, departments, lines, services, processes, stages)
            in rows.decode((Int, String, String, Int, Int, Int, Int, Int, Int).self)
        {
            versions.append(
                OrganisationVersion(
                    number: number, imported: try PostgreSQLRows.date(imported),
                    files: try PostgreSQLRows.decodeJSON([ImportedFile].self, files),
                    counts: OrganisationCounts(
                        people: people, departments: departments, reportingLines: lines, services: services,
                        processes: processes, processStages: stages)))
        }
        return versions
    }
}
