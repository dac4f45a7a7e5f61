import Foundation
import GRDB
import Survey360Core
import Survey360Storage
import Testing

@testable import Survey360SQLite

/// The "v4: organisation versions" migration on a database written with the
/// schema of the release before it (migrations v1 and v2, which never change).
@Suite struct OrganisationVersionMigrationTests {
    /// A database as the previous release left it: an organisation of two
    /// departments and three people with a process, and one campaign.
    private func previousReleaseDatabase() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-v2-\(UUID().uuidString).sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: "v2: credentials")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO department (position, id, name, parent_id, attributes) VALUES
                        (0, 'D1', '院長室', NULL, '{}'), (1, 'D2', '護理部', 'D1', '{"cost_centre":"410"}');
                    INSERT INTO person (position, id, name, email, department_id, manager_id, title, hire_date, status,
                        language, attributes) VALUES
                        (0, 'P1', '王大明', 'p1@example.org', 'D1', NULL, '院長', NULL, 'active', NULL, '{}'),
                        (1, 'P2', '李小華', 'p2@example.org', 'D2', 'P1', '護理長', '2019-03-01', 'leave', 'zh-Hant', '{}'),
                        (2, 'P3', '陳美玲', 'p3@example.org', 'D2', 'P2', '', NULL, 'active', NULL, '{}');
                    INSERT INTO service_relation (position, provider_id, customer_id) VALUES (0, 'D1', 'D2');
                    INSERT INTO process_stage (position, process_id, process_name, step, department_id, person_ids) VALUES
                        (0, 'R', '報修', 1, 'D2', '["P2","P3"]'), (1, 'R', '報修', 2, 'D1', NULL);
                    INSERT INTO campaign (id, title, opens, closes, template_id, language, rules, policy, state)
                        SELECT '2026-Q3', 'Q3', '2026-09-01', '2026-09-30', 'default', 'zh-Hant', ?, ?, 'closed';
                    INSERT INTO assignment (campaign_id, ratee_id, rater_id, rater_group) VALUES
                        ('2026-Q3', 'P2', 'P1', 'superior');
                    """,
                arguments: [try json(CampaignRules()), try json(ScoringPolicy())])
        }
        return path
    }

    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func theStoredOrganisationBecomesVersionOneAndCampaignsAreBoundToIt() async throws {
        let store = try SQLiteStore(path: try previousReleaseDatabase())
        let versions = try await store.organisationVersions()
        #expect(versions.map(\.number) == [1])
        #expect(
            versions.first?.counts
                == OrganisationCounts(
                    people: 3, departments: 2, reportingLines: 2, services: 1, processes: 1, processStages: 2))
        #expect(versions.first?.files == [])
        #expect(try await store.organisation(version: 1) == SurveyStoreTests.organisation)
        #expect(try await store.organisation() == SurveyStoreTests.organisation)
        let campaign = try #require(try await store.campaign("2026-Q3"))
        #expect(campaign.organisationVersion == 1)
        #expect(campaign.state == .closed)
        #expect(try await store.assignments(in: "2026-Q3").count == 1)

        // The converted database takes new versions like any other.
        let next = try await store.addOrganisationVersion(
            OrganisationVersionStoreTests.reorganised, files: [], imported: Date())
        #expect(next.version.number == 2)
        #expect(try await store.organisation(version: 1) == SurveyStoreTests.organisation)
        #expect(try await store.campaign("2026-Q3")?.organisationVersion == 1)
    }

    @Test func aDatabaseWithoutAnOrganisationGetsNoVersion() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-v2-\(UUID().uuidString).sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: "v2: credentials")
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try await store.organisationVersions().isEmpty)
        #expect(try await store.organisation() == nil)
    }
}
