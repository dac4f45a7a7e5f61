import Foundation
import Survey360Core
import Survey360Storage
import Testing

/// Writes that check the campaign's state inside their own transaction, and
/// the one atomic state transition, on every store.
@Suite struct LifecycleStoreTests {
    typealias Kind = SurveyStoreTests.Kind
    static let id = SurveyStoreTests.campaign.id
    static let answer = Response(rater: "P3", ratee: "P2", ratings: ["needs-1": 4])

    private func event(_ action: String) -> AuditEvent {
        AuditEvent(campaignID: Self.id, actor: "hr", action: action)
    }

    @Test(arguments: Kind.allCases)
    func eachWriteIsRefusedOutsideTheStatesThatAllowIt(_ kind: Kind) async throws {
        let store = try await SurveyStoreTests.prepared(kind, launched: false)
        let questionnaire = Questionnaire(
            id: "q", version: "1", title: LocalizedText([.english: "Q"]), dimensions: [], items: [], openQuestions: [])
        let invitation = Invitation(campaignID: Self.id, raterID: "P3", tokenHash: Data(repeating: 7, count: 32))
        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is draft; answers are accepted only while it is open")
        ) {
            try await store.saveDraft(Self.answer, in: Self.id)
        }
        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is draft; answers are accepted only while it is open")
        ) {
            try await store.submitAll([Self.answer], in: Self.id)
        }
        try await store.setQuestionnaire(questionnaire, for: Self.id)
        try await store.storeInvitations([invitation], in: Self.id)

        try await store.transition(Self.id, from: .draft, to: .open, event: event("launched"))
        await #expect(
            throws: StorageError.invalidState(
                "Campaign '2026-Q4' is open; the questionnaire can change only before launch")
        ) {
            try await store.setQuestionnaire(questionnaire, for: Self.id)
        }
        try await store.storeInvitations([invitation], in: Self.id)
        try await store.saveDraft(Self.answer, in: Self.id)

        try await store.transition(Self.id, from: .open, to: .closed, event: event("closed"))
        await #expect(
            throws: StorageError.invalidState(
                "Campaign '2026-Q4' is closed; answers are accepted only while it is open")
        ) {
            try await store.submit(Self.answer, in: Self.id)
        }
        await #expect(
            throws: StorageError.invalidState(
                "Campaign '2026-Q4' is closed; answers are accepted only while it is open")
        ) {
            try await store.saveDraft(Self.answer, in: Self.id)
        }
        await #expect(
            throws: StorageError.invalidState(
                "Campaign '2026-Q4' is closed; invitations can change only until it closes")
        ) {
            try await store.storeInvitations([invitation], in: Self.id)
        }
        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is closed; assignments can change only before launch")
        ) {
            try await store.replaceAssignments([], in: Self.id)
        }
        #expect(try await store.response(for: Self.answer.pair, in: Self.id)?.isSubmitted == false)
        #expect(try await store.assignments(in: Self.id).count == 3)
    }

    @Test(arguments: Kind.allCases)
    func aTransitionChecksTheStoredStateAndCountsInsideItsTransaction(_ kind: Kind) async throws {
        let store = try await SurveyStoreTests.prepared(kind)
        try await store.saveDraft(Self.answer, in: Self.id)
        try await store.submit(Response(rater: "P1", ratee: "P2", ratings: ["needs-1": 5]), in: Self.id)

        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is open; only a draft campaign can be opened")
        ) {
            try await store.transition(Self.id, from: .draft, to: .open, event: event("launched"))
        }
        await #expect(throws: StorageError.invalidState("A campaign never moves from open to archived")) {
            try await store.transition(Self.id, from: .open, to: .archived, event: event("archived"))
        }
        let logged = try await store.transition(Self.id, from: .open, to: .closed) { tally in
            AuditEvent(
                campaignID: Self.id, actor: "hr", action: "closed",
                detail: "\(tally.submitted) submitted, \(tally.drafts) drafts, \(tally.assigned) assigned")
        }
        #expect(logged.detail == "1 submitted, 1 drafts, 3 assigned")
        // Dates are compared by the stores to the millisecond, so compare the words.
        #expect(
            try await store.auditLog(of: Self.id).last.map { [$0.action, $0.detail] } == ["closed", logged.detail])
        #expect(try await store.campaign(Self.id)?.state == .closed)
        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is closed; only an open campaign can be closed")
        ) {
            try await store.transition(Self.id, from: .open, to: .closed, event: event("closed"))
        }
        await #expect(throws: StorageError.notFound("No campaign 'nope'")) {
            try await store.transition("nope", from: .open, to: .closed, event: event("closed"))
        }
    }

    /// A reminder that read the campaign while it was open must not reopen
    /// it by writing that copy back after a close.
    @Test(arguments: Kind.allCases)
    func anUpdateFromAStaleCopyIsRefused(_ kind: Kind) async throws {
        let store = try await SurveyStoreTests.prepared(kind)
        let copy = try #require(try await store.campaign(Self.id))
        try await store.transition(Self.id, from: .open, to: .closed, event: event("closed"))
        await #expect(throws: StorageError.invalidState("Campaign '2026-Q4' is closed now; nothing was changed")) {
            try await store.updateCampaign(copy, event: event("reminders issued"))
        }
        #expect(try await store.campaign(Self.id)?.state == .closed)
        #expect(try await store.auditLog(of: Self.id).map(\.action) == ["created", "launched", "closed"])
    }
}
