import Foundation
import PostgreSQLTestServer
import Survey360Core
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage
import Testing

/// The behaviour every store must have, run against each implementation.
@Suite struct SurveyStoreTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case memory, sqliteInMemory, sqliteFile, postgresql
        var testDescription: String { rawValue }

        func makeStore() throws -> any SurveyStore {
            switch self {
            case .memory: return MemoryStore()
            case .sqliteInMemory: return try SQLiteStore()
            case .sqliteFile:
                let path = FileManager.default.temporaryDirectory
                    .appendingPathComponent("survey360-\(UUID().uuidString).sqlite").path
                return try SQLiteStore(path: path)
            case .postgresql:
                // A real server, started once per test process; each test
                // gets a database of its own.
                return try PostgreSQLStore(url: PostgreSQLTestServer.shared().createDatabase())
            }
        }
    }

    static let organisation = Organisation(
        departments: [
            Department(id: "D1", name: "院長室"),
            Department(id: "D2", name: "護理部", parentID: "D1", attributes: ["cost_centre": "410"]),
        ],
        people: [
            Person(id: "P1", name: "王大明", email: "p1@example.org", departmentID: "D1", title: "院長"),
            Person(
                id: "P2", name: "李小華", email: "p2@example.org", departmentID: "D2", managerID: "P1",
                title: "護理長", hireDate: CalendarDate(iso: "2019-03-01"), status: .leave,
                language: .traditionalChinese),
            Person(id: "P3", name: "陳美玲", email: "p3@example.org", departmentID: "D2", managerID: "P2"),
        ],
        services: [ServiceRelation(provider: "D1", customer: "D2")],
        processes: [
            ProcessChain(
                id: "R", name: "報修",
                stages: [
                    ProcessStage(step: 1, departmentID: "D2", personIDs: ["P2", "P3"]),
                    ProcessStage(step: 2, departmentID: "D1"),
                ])
        ])

    static let campaign = Campaign(
        id: "2026-Q4", title: "Q4", opens: CalendarDate(iso: "2026-12-01")!,
        closes: CalendarDate(iso: "2026-12-31")!)

    static let assignments = [
        Assignment(rater: "P1", ratee: "P2", group: .superior),
        Assignment(rater: "P3", ratee: "P2", group: .subordinate),
        Assignment(rater: "P2", ratee: "P2", group: .selfRating),
    ]

    /// A store with the organisation and the campaign, assigned, and open
    /// (taking answers) unless `launched` is false.
    static func prepared(_ kind: Kind, launched: Bool = true) async throws -> any SurveyStore {
        let store = try kind.makeStore()
        try await store.replaceOrganisation(Self.organisation)
        try await store.createCampaign(
            Self.campaign, event: AuditEvent(campaignID: Self.campaign.id, actor: "hr", action: "created"))
        try await store.replaceAssignments(Self.assignments, in: Self.campaign.id)
        if launched {
            try await store.transition(
                Self.campaign.id, from: .draft, to: .open,
                event: AuditEvent(campaignID: Self.campaign.id, actor: "hr", action: "launched"))
        }
        return store
    }

    private func prepared(_ kind: Kind) async throws -> any SurveyStore { try await Self.prepared(kind) }

    @Test(arguments: Kind.allCases)
    func organisationRoundTrips(_ kind: Kind) async throws {
        let store = try kind.makeStore()
        #expect(try await store.organisation() == nil)
        try await store.replaceOrganisation(Self.organisation)
        #expect(try await store.organisation() == Self.organisation)
    }

    @Test(arguments: Kind.allCases)
    func campaignsKeepTheirAuditLog(_ kind: Kind) async throws {
        let store = try await Self.prepared(kind, launched: false)
        var campaign = Self.campaign
        campaign.title = "第四季"
        try await store.updateCampaign(
            campaign, event: AuditEvent(campaignID: campaign.id, actor: "hr", action: "renamed"))
        try await store.transition(
            campaign.id, from: .draft, to: .open,
            event: AuditEvent(campaignID: campaign.id, actor: "hr", action: "launched"))
        campaign.state = .open
        campaign.organisationVersion = 1
        #expect(try await store.campaign(campaign.id) == campaign)
        #expect(try await store.auditLog(of: campaign.id).map(\.action) == ["created", "renamed", "launched"])
        await #expect(throws: StorageError.self) {
            try await store.createCampaign(
                campaign, event: AuditEvent(campaignID: campaign.id, actor: "hr", action: "created"))
        }
    }

    @Test(arguments: Kind.allCases)
    func assignmentsAreListedPerRater(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        #expect(Set(try await store.assignments(in: Self.campaign.id)) == Set(Self.assignments))
        #expect(try await store.assignments(in: Self.campaign.id, rater: "P3") == [Self.assignments[1]])
    }

    @Test(arguments: Kind.allCases)
    func aSubmittedQuestionnaireIsFinal(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        var draft = Response(rater: "P3", ratee: "P2", ratings: ["needs-1": 4, "needs-2": nil])
        try await store.saveDraft(draft, in: id)
        #expect(try await store.responseStatuses(in: id)[draft.pair] == .draft)
        #expect(try await store.responses(in: id, includeDrafts: false).isEmpty)
        draft.comments = ["keep": "準時回覆"]
        try await store.submit(draft, in: id)
        let stored = try await store.response(for: draft.pair, in: id)
        #expect(stored?.isSubmitted == true)
        #expect(stored?.ratings == ["needs-1": 4, "needs-2": nil])
        #expect(stored?.comments == ["keep": "準時回覆"])
        await #expect(throws: StorageError.alreadySubmitted) { try await store.submit(draft, in: id) }
        await #expect(throws: StorageError.alreadySubmitted) { try await store.saveDraft(draft, in: id) }
        let statuses = try await store.responseStatuses(in: id)
        #expect(statuses[RaterPair(rater: "P1", ratee: "P2")] == .notStarted)
        #expect(statuses[draft.pair] == .submitted)
    }

    @Test(arguments: Kind.allCases)
    func aBulkSubmissionIsAllOrNothing(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        let good = Response(rater: "P1", ratee: "P2", ratings: ["needs-1": 5])
        let unassigned = Response(rater: "P3", ratee: "P1", ratings: ["needs-1": 1])
        await #expect(throws: StorageError.notAssigned) { try await store.submitAll([good, unassigned], in: id) }
        #expect(try await store.responses(in: id, includeDrafts: true).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func invitationsAreFoundByTheirHashOnly(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let first = Invitation(campaignID: Self.campaign.id, raterID: "P3", tokenHash: Data(repeating: 1, count: 32))
        let reissued = Invitation(campaignID: Self.campaign.id, raterID: "P3", tokenHash: Data(repeating: 2, count: 32))
        try await store.storeInvitations([first], in: Self.campaign.id)
        try await store.storeInvitations([reissued], in: Self.campaign.id)
        #expect(try await store.invitation(forTokenHash: first.tokenHash) == nil)
        #expect(try await store.invitation(forTokenHash: reissued.tokenHash) == reissued)
    }
}
