import Crypto
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

        func makeStore() async throws -> any SurveyStore {
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
                return try await PostgreSQLStore(url: PostgreSQLTestServer.newDatabase())
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
        let store = try await kind.makeStore()
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
        let store = try await kind.makeStore()
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
    func auditEventsAreAppendedInOrderWithoutChangingTheCampaign(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let before = try await store.auditLog(of: Self.campaign.id)
        let campaign = try await store.campaign(Self.campaign.id)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        try await store.appendAuditEvent(
            AuditEvent(
                campaignID: Self.campaign.id, actor: "manager P1 (web)", action: "scorecard-viewed",
                detail: "department D2", date: date))
        try await store.appendAuditEvent(AuditEvent(campaignID: Self.campaign.id, actor: "hr", action: "reported"))
        let log = try await store.auditLog(of: Self.campaign.id)
        #expect(log.dropLast(2) == before[...])
        #expect(log.suffix(2).map(\.action) == ["scorecard-viewed", "reported"])
        let viewed = log[log.count - 2]
        #expect(viewed.actor == "manager P1 (web)")
        #expect(viewed.detail == "department D2")
        #expect(viewed.date == date)
        #expect(try await store.campaign(Self.campaign.id) == campaign)
        await #expect(throws: StorageError.self) {
            try await store.appendAuditEvent(AuditEvent(campaignID: "nowhere", actor: "hr", action: "reported"))
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
        var draft = Response(rater: "P3", ratee: "P2", ratings: ["needs-1": .score(4), "needs-2": .cannotJudge])
        try await store.saveDraft(draft, in: id)
        #expect(try await store.responseStatuses(in: id)[draft.pair] == .draft)
        #expect(try await store.responses(in: id, includeDrafts: false).isEmpty)
        draft.comments = ["keep": "準時回覆"]
        try await store.submit(draft, in: id)
        let stored = try await store.response(for: draft.pair, in: id)
        #expect(stored?.isSubmitted == true)
        #expect(stored?.ratings == ["needs-1": .score(4), "needs-2": .cannotJudge])
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
        let good = Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5)])
        let unassigned = Response(rater: "P3", ratee: "P1", ratings: ["needs-1": .score(1)])
        await #expect(throws: StorageError.notAssigned) { try await store.submitAll([good, unassigned], in: id) }
        #expect(try await store.responses(in: id, includeDrafts: true).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func theAnswerTableHoldsTheSubmittedAnswers(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        let superior = Response(
            rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5), "needs-2": .cannotJudge], comments: ["keep": "穩定"]
        )
        let subordinate = Response(rater: "P3", ratee: "P2", ratings: ["lead-1": .score(2)])
        try await store.submitAll([superior, subordinate], in: id)
        try await store.saveDraft(Response(rater: "P2", ratee: "P2", ratings: ["needs-1": .score(3)]), in: id)
        let table = try await store.answerTable(in: id)
        #expect(table.pairs.count == 2)
        #expect(Set(table.itemIDs) == ["needs-1", "needs-2", "lead-1"])
        #expect(Set(table.responses) == Set(try await store.responses(in: id, includeDrafts: false)))
        #expect(table.comments.map(\.text) == ["穩定"])

        var withoutComments = table
        withoutComments.comments = []
        #expect(try await store.answerTable(in: id, includeComments: false) == withoutComments)
    }

    @Test(arguments: Kind.allCases)
    func submittingADraftReplacesItsAnswersAndComments(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        try await store.saveDraft(
            Response(
                rater: "P3", ratee: "P2", ratings: ["needs-1": .score(1)], comments: ["keep": "a", "change": "b"]),
            in: id)
        try await store.saveDraft(
            Response(rater: "P3", ratee: "P2", ratings: ["needs-2": .score(4)], comments: ["keep": "c"]), in: id)
        let draft = try await store.response(for: RaterPair(rater: "P3", ratee: "P2"), in: id)
        #expect(draft?.ratings == ["needs-2": .score(4)])
        #expect(draft?.comments == ["keep": "c"])
        try await store.submit(Response(rater: "P3", ratee: "P2", ratings: ["needs-1": .cannotJudge]), in: id)
        let final = try await store.response(for: RaterPair(rater: "P3", ratee: "P2"), in: id)
        #expect(final == Response(rater: "P3", ratee: "P2", ratings: ["needs-1": .cannotJudge], isSubmitted: true))
    }

    @Test(arguments: Kind.allCases)
    func aRatingNoByteHoldsIsRefused(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        let huge = Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(1000)])
        let submitted = await #expect(throws: StorageError.self) { try await store.submit(huge, in: id) }
        #expect(submitted?.message == AnswerTable.ratingOutOfRange)
        let drafted = await #expect(throws: StorageError.self) { try await store.saveDraft(huge, in: id) }
        #expect(drafted?.message == AnswerTable.ratingOutOfRange)
        #expect(try await store.responses(in: id, includeDrafts: true).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func aSecondSubmissionInOneBatchIsRefused(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        let answer = Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5)])
        await #expect(throws: StorageError.alreadySubmitted) { try await store.submitAll([answer, answer], in: id) }
        #expect(try await store.responses(in: id, includeDrafts: true).isEmpty)
    }

    static let pseudonyms = RaterPseudonyms(key: SymmetricKey(data: Data(repeating: 7, count: 32)))

    private func close(_ store: any SurveyStore) async throws {
        try await store.closeCampaign(Self.campaign.id, pseudonyms: Self.pseudonyms) { tally in
            AuditEvent(campaignID: Self.campaign.id, actor: "hr", action: "closed", detail: "\(tally.submitted)")
        }
    }

    @Test(arguments: Kind.allCases)
    func closingForgetsRatersDraftsAndTokens(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        let token = Invitation(campaignID: id, raterID: "P1", tokenHash: Data(repeating: 3, count: 32))
        try await store.storeInvitations([token], in: id)
        try await store.submit(
            Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5)], comments: ["keep": "好"]), in: id)
        try await store.saveDraft(Response(rater: "P3", ratee: "P2", ratings: ["needs-1": .score(2)]), in: id)
        let before = try await store.answerTable(in: id)
        try await close(store)

        let alias = Self.pseudonyms.pseudonym(of: "P1")
        #expect(RaterPseudonyms.isPseudonym(alias))
        #expect(
            try await store.responses(in: id, includeDrafts: true) == [
                Response(
                    rater: alias, ratee: "P2", ratings: ["needs-1": .score(5)], comments: ["keep": "好"],
                    isSubmitted: true)
            ])
        let after = try await store.answerTable(in: id)
        #expect(after.codes == before.codes && after.comments == before.comments)
        #expect(try await store.invitation(forTokenHash: token.tokenHash) == nil)
        let raters = Set(try await store.assignments(in: id).map(\.raterID))
        #expect(raters == Set(["P1", "P2", "P3"].map { Self.pseudonyms.pseudonym(of: $0) }))
        #expect(try await store.raterDepartments(in: id)[alias] == "D1")
        #expect(try await store.raterDepartments(in: id).count == 3)
        #expect(try await store.auditLog(of: id).map(\.action) == ["created", "launched", "closed"])
        let again = await #expect(throws: StorageError.self) { try await close(store) }
        #expect(again.map { StorageError.invalidState("") ~= $0 } == true)
        #expect(try await store.auditLog(of: id).last?.detail == "1")
    }

    @Test(arguments: Kind.allCases)
    func purgingNeedsAnArchivedCampaignAndLeavesOnlyItsLog(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let id = Self.campaign.id
        try await store.submit(Response(rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5)]), in: id)
        try await close(store)
        let purged = AuditEvent(campaignID: id, actor: "hr", action: "purged")
        let early = await #expect(throws: StorageError.self) { try await store.purgeCampaign(id, event: purged) }
        #expect(early?.message == "Campaign '2026-Q4' is closed; only an archived campaign can be purged")
        #expect(early.map { StorageError.invalidState("") ~= $0 } == true)
        try await store.transition(
            id, from: .closed, to: .archived, event: AuditEvent(campaignID: id, actor: "hr", action: "archived"))
        try await store.purgeCampaign(id, event: purged)
        #expect(try await store.responses(in: id, includeDrafts: true).isEmpty)
        #expect(try await store.assignments(in: id).isEmpty)
        #expect(try await store.raterDepartments(in: id).isEmpty)
        #expect(try await store.campaign(id)?.state == .archived)
        #expect(try await store.auditLog(of: id).last?.action == "purged")
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
