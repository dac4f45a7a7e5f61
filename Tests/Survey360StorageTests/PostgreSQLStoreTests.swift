import Foundation
import PostgreSQLTestServer
import Survey360Core
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage
import Testing

/// What only the PostgreSQL store has: its URL, TLS, migrations shared by
/// several processes, and tables that match SQLite's so that a store moves
/// between them. The behaviour all stores share is in ``SurveyStoreTests``.
@Suite struct PostgreSQLStoreTests {
    @Test func aURLNamesUserPasswordHostPortDatabaseAndTLS() throws {
        let url = try PostgreSQLURL("postgres://hr%40acme:p%2Fss@db.internal:6543/survey360?sslmode=verify-full")
        #expect(url.user == "hr@acme")
        #expect(url.password == "p/ss")
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.database == "survey360")
        #expect(url.tlsMode == .verifyFull)
        #expect(!url.description.contains("p/ss") && !url.description.contains("p%2Fss"))
        #expect(try PostgreSQLURL("postgresql://survey360@localhost/db").port == 5432)
    }

    @Test(arguments: [
        ("postgres://localhost/db", "names no user"), ("postgres://u@/db", "names no host"),
        ("postgres://u@localhost", "names no database"), ("postgres://u@h/db?sslmode=maybe", "sslmode 'maybe'"),
        ("postgres://u@h/db?timeout=3", "unknown parameter 'timeout'"),
    ])
    func aBadURLIsRefusedSayingWhy(_ text: String, _ reason: String) {
        #expect {
            try PostgreSQLURL(text)
        } throws: { error in
            String(describing: error).contains(reason)
        }
    }

    @Test func sslmodeRequireEncryptsTheConnection() async throws {
        let plain = try await PostgreSQLTestServer.newDatabase()
        #expect(try await PostgreSQLStore(url: plain).connectionIsEncrypted() == false)
        #expect(try await PostgreSQLStore(url: plain + "?sslmode=require").connectionIsEncrypted() == true)
    }

    /// How long it takes is measured on a process of its own
    /// (`PostgreSQLBackendTests`): in this one, other suites' work delays
    /// any timer.
    @Test func anUnreachableDatabaseIsReportedWithoutItsPassword() async throws {
        let port = try PostgreSQLTestServer.freePort()
        let store = try PostgreSQLStore(url: "postgres://survey360:hunter2@127.0.0.1:\(port)/nowhere")
        await #expect {
            try await store.campaigns()
        } throws: { error in
            let message = String(describing: error)
            return (error as? StorageError)?.isUnavailable == true && message.contains("cannot be reached")
                && message.contains("127.0.0.1:\(port)/nowhere") && !message.contains("hunter2")
        }
    }

    @Test func serversStartingTogetherMigrateTheDatabaseOnce() async throws {
        let url = try await PostgreSQLTestServer.newDatabase()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 {
                group.addTask { _ = try await PostgreSQLStore(url: url).campaigns() }
            }
            try await group.waitForAll()
        }
        let tables = try await PostgreSQLStore(url: url).exportTables()
        #expect(tables.contains { $0.name == "campaign" })
    }

    @Test func everySQLiteTableAndColumnExistsOnPostgreSQL() async throws {
        let sqlite = try await SQLiteStore().exportTables().map { "\($0.name)(\($0.columns.sorted()))" }
        let postgres = try await PostgreSQLStore(url: PostgreSQLTestServer.newDatabase()).exportTables()
            .map { "\($0.name)(\($0.columns.sorted()))" }
        #expect(sqlite.sorted() == postgres.sorted())
    }

    static let closed = Campaign(
        id: "2026-Q3", title: "Q3", opens: CalendarDate(iso: "2026-09-01")!, closes: CalendarDate(iso: "2026-09-30")!)

    /// A store with a row in every table, through the protocol only: an
    /// open campaign with a draft, a submission with a comment and an
    /// invitation, and a closed one with pseudonymous raters and a stored
    /// report.
    static func filled(_ store: any SurveyStore & CredentialStore) async throws {
        try await store.replaceOrganisation(SurveyStoreTests.organisation)
        for campaign in [closed, SurveyStoreTests.campaign] {
            let id = campaign.id
            try await store.createCampaign(
                campaign,
                event: AuditEvent(
                    campaignID: id, actor: "hr", action: "created", date: Date(timeIntervalSince1970: 1.25)))
            try await store.replaceAssignments(SurveyStoreTests.assignments, in: id)
            try await store.storeInvitations(
                [
                    Invitation(
                        campaignID: id, raterID: "P3",
                        tokenHash: Data((0..<32).map { UInt8($0 * 7 % 256) }) + id.rawValue.utf8)
                ],
                in: id)
            try await store.transition(
                id, from: .draft, to: .open, event: AuditEvent(campaignID: id, actor: "hr", action: "launched"))
            try await store.saveDraft(Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(2)]), in: id)
            try await store.submit(
                Response(
                    rater: "P3", ratee: "P2", ratings: ["needs-1": .score(4), "needs-2": .cannotJudge],
                    comments: ["keep": "準時"]),
                in: id)
        }
        try await store.closeCampaign(closed.id, pseudonyms: SurveyStoreTests.pseudonyms) { tally in
            AuditEvent(campaignID: closed.id, actor: "hr", action: "closed", detail: "\(tally.submitted)")
        }
        try await store.storeReports(
            [StoredReport(campaign: closed.id, key: StoredReport.Key(.campaign), bytes: Data("<campaign/>".utf8))],
            in: closed.id)
        try await store.storeCredential(ManagerCredential(personID: "P1", passwordHash: "pbkdf2-sha256$1$a$b"))
    }

    @Test func aStoreCopiedToPostgreSQLAndBackHoldsTheSameEverything() async throws {
        let sqlite = try SQLiteStore()
        try await Self.filled(sqlite)
        _ = try await SQLiteSessionStore(store: sqlite).open(for: .manager("P1"))
        _ = try await SQLiteAttemptStore(store: sqlite, window: AttemptWindow(failures: 900)).reserve(["a": 1])
        let postgres = try await PostgreSQLStore(url: PostgreSQLTestServer.newDatabase())
        let there = try await StoreCopy.copy(from: sqlite, to: postgres)
        #expect(there.allSatisfy { $0.rows > 0 }, "\(there.filter { $0.rows == 0 }.map(\.name))")

        let id = SurveyStoreTests.campaign.id
        #expect(try await postgres.organisation() == SurveyStoreTests.organisation)
        #expect(try await postgres.organisationVersions() == sqlite.organisationVersions())
        #expect(try await postgres.campaigns() == sqlite.campaigns())
        for campaign in [Self.closed.id, id] {
            #expect(try await postgres.auditLog(of: campaign) == sqlite.auditLog(of: campaign))
            #expect(
                try await postgres.responses(in: campaign, includeDrafts: true)
                    == sqlite.responses(in: campaign, includeDrafts: true))
            #expect(try await postgres.answerTable(in: campaign) == sqlite.answerTable(in: campaign))
            #expect(try await postgres.assignments(in: campaign) == sqlite.assignments(in: campaign))
        }
        #expect(try await postgres.raterDepartments(in: Self.closed.id) == sqlite.raterDepartments(in: Self.closed.id))
        #expect(try await postgres.raterDepartments(in: Self.closed.id).count == 3)
        #expect(
            try await postgres.storedReports(in: Self.closed.id, after: nil, limit: 9)
                == sqlite.storedReports(in: Self.closed.id, after: nil, limit: 9))
        #expect(try await postgres.credential(for: "P1") == sqlite.credential(for: "P1"))
        let hash = Data((0..<32).map { UInt8($0 * 7 % 256) }) + id.rawValue.utf8
        #expect(try await postgres.invitation(forTokenHash: hash)?.raterID == "P3")
        // The copy goes on where the source stopped: a new campaign gets
        // the next position, not a taken one.
        let next = Campaign(
            id: "2027-Q1", title: "Q1", opens: SurveyStoreTests.campaign.opens, closes: SurveyStoreTests.campaign.closes
        )
        try await postgres.createCampaign(next, event: AuditEvent(campaignID: next.id, actor: "hr", action: "created"))
        #expect(try await postgres.campaigns().map(\.id) == [Self.closed.id, id, next.id])

        let back = try SQLiteStore()
        let returned = try await StoreCopy.copy(from: postgres, to: back)
        #expect(try await back.responses(in: id, includeDrafts: true) == sqlite.responses(in: id, includeDrafts: true))
        // Everything but the campaign created on PostgreSQL came back as it went.
        let untouched = { (summary: StoreCopy.TableSummary) in !["campaign", "audit_event"].contains(summary.name) }
        #expect(returned.filter(untouched) == there.filter(untouched))
        #expect(returned.count == there.count)
    }

    @Test func aCopyIntoAStoreThatHoldsAnythingChangesNothing() async throws {
        let source = try SQLiteStore()
        try await Self.filled(source)
        let target = try await PostgreSQLStore(url: PostgreSQLTestServer.newDatabase())
        try await target.storeCredential(ManagerCredential(personID: "P9", passwordHash: "x"))
        await #expect(throws: StorageError.self) { try await StoreCopy.copy(from: source, to: target) }
        #expect(try await target.organisation() == nil)
        #expect(try await target.campaigns().isEmpty)
    }

    /// Two pools on one database, as two servers have: a session opened
    /// through one is found through the other, and ending it (or all of a
    /// manager's, when HR re-issues the credential) through either ends it
    /// for both.
    @Test func sessionsAreSharedByServersOnOneDatabase() async throws {
        let url = try await PostgreSQLTestServer.newDatabase()
        let first = PostgreSQLSessionStore(store: try PostgreSQLStore(url: url))
        let second = PostgreSQLSessionStore(store: try PostgreSQLStore(url: url))
        let hr = try await first.open(for: .administrator)
        #expect(try await second.session(hr.id)?.principal == .administrator)
        try await second.close(hr.id)
        #expect(try await first.session(hr.id) == nil)

        let phone = try await first.open(for: .manager("P1"))
        let laptop = try await second.open(for: .manager("P1"))
        let other = try await second.open(for: .manager("P2"))
        try await first.closeAll(of: .manager("P1"))
        #expect(try await second.session(phone.id) == nil)
        #expect(try await second.session(laptop.id) == nil)
        #expect(try await first.session(other.id)?.principal == .manager("P2"))
    }
}
