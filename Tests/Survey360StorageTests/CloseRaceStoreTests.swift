import Foundation
import PostgreSQLTestServer
import Survey360Core
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage
import Testing

/// Answers racing `campaign close`: whatever is in flight, every write lands
/// before the close (and is in its count) or is refused, never after it.
///
/// Each try opens a campaign of `pairs` questionnaires, starts one writer
/// per questionnaire (a submission or a draft) and the close among them at a
/// random place, each after a random number of yields, then compares the
/// store with what each call returned and with the count the close logged.
@Suite struct CloseRaceStoreTests {
    static let pairs = 8

    @Test func inMemory() async throws {
        var outcomes = Outcomes()
        for attempt in 0..<300 {
            let store = MemoryStore()
            outcomes += try await race(attempt, writers: [store], closer: store, reader: store)
        }
        outcomes.expectBothSidesWon()
    }

    /// Several connections to one file, as several servers and a `campaign
    /// close` in another process would have.
    @Test func sqliteWithSeveralConnections() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-race-\(UUID().uuidString).sqlite").path
        let writers = try (0..<3).map { _ in try SQLiteStore(path: path) }
        let closer = try SQLiteStore(path: path)
        try await closer.replaceOrganisation(SurveyStoreTests.organisation)
        var outcomes = Outcomes()
        for attempt in 0..<200 {
            outcomes += try await race(attempt, writers: writers, closer: closer, reader: closer)
        }
        outcomes.expectBothSidesWon()
    }

    /// Several connection pools on one PostgreSQL database, as several
    /// servers have: there writers run side by side rather than one at a
    /// time, and only the campaign row's lock orders them with the close.
    @Test func postgresqlWithSeveralPools() async throws {
        let url = try await PostgreSQLTestServer.newDatabase()
        let writers = try (0..<3).map { _ in try PostgreSQLStore(url: url) }
        let closer = try PostgreSQLStore(url: url)
        try await closer.replaceOrganisation(SurveyStoreTests.organisation)
        var outcomes = Outcomes()
        for attempt in 0..<100 {
            outcomes += try await race(attempt, writers: writers, closer: closer, reader: closer)
        }
        outcomes.expectBothSidesWon()
    }

    struct Outcomes {
        var landed = 0
        var refused = 0

        static func += (lhs: inout Self, rhs: Self) {
            lhs.landed += rhs.landed
            lhs.refused += rhs.refused
        }

        /// A race that one side always won would prove nothing.
        func expectBothSidesWon() {
            #expect(landed > 0, "no write ever landed before the close")
            #expect(refused > 0, "no write was ever refused by the close")
        }
    }

    private enum Write: Sendable { case submit, draft }

    /// One try; returns how many writes landed and how many were refused.
    private func race(
        _ attempt: Int, writers: [any SurveyStore], closer: any SurveyStore, reader: any SurveyStore
    ) async throws -> Outcomes {
        let id = CampaignID("race-\(attempt)")
        if try await reader.organisation() == nil {
            try await reader.replaceOrganisation(SurveyStoreTests.organisation)
        }
        let assignments = (0..<Self.pairs).map {
            Assignment(rater: PersonID("R\($0)"), ratee: "P2", group: .functional)
        }
        try await reader.createCampaign(
            Campaign(
                id: id, title: "race", opens: SurveyStoreTests.campaign.opens, closes: SurveyStoreTests.campaign.closes),
            event: AuditEvent(campaignID: id, actor: "test", action: "created"))
        try await reader.replaceAssignments(assignments, in: id)
        try await reader.transition(
            id, from: .draft, to: .open, event: AuditEvent(campaignID: id, actor: "test", action: "launched"))

        let closeAt = Int.random(in: 0...Self.pairs)
        let results = try await withThrowingTaskGroup(of: (RaterPair, Write, Bool)?.self) { group in
            for index in 0...Self.pairs {
                let yields = Int.random(in: 0..<8)
                if index == closeAt {
                    group.addTask {
                        for _ in 0..<yields { await Task.yield() }
                        try await closer.transition(id, from: .open, to: .closed) { tally in
                            AuditEvent(
                                campaignID: id, actor: "test", action: "closed",
                                detail: "\(tally.submitted) \(tally.drafts)")
                        }
                        return nil
                    }
                    continue
                }
                let assignment = assignments[index < closeAt ? index : index - 1]
                let store = writers[index % writers.count]
                let write: Write = index.isMultiple(of: 2) ? .submit : .draft
                group.addTask {
                    for _ in 0..<yields { await Task.yield() }
                    let response = Response(
                        rater: assignment.raterID, ratee: assignment.rateeID, ratings: ["needs-1": .score(3)])
                    do {
                        switch write {
                        case .submit: try await store.submit(response, in: id)
                        case .draft: try await store.saveDraft(response, in: id)
                        }
                        return (assignment.pair, write, true)
                    } catch let error as StorageError where error.isInvalidState {
                        return (assignment.pair, write, false)
                    }
                }
            }
            var results: [(RaterPair, Write, Bool)] = []
            for try await result in group { if let result { results.append(result) } }
            return results
        }

        // What each call returned is what the store holds, and the close's
        // count, taken inside its transaction, is the final one.
        let statuses = try await reader.responseStatuses(in: id)
        for (pair, write, landed) in results {
            let expected: ResponseStatus = landed ? (write == .submit ? .submitted : .draft) : .notStarted
            #expect(statuses[pair] == expected, "try \(attempt): \(write) reported landed=\(landed)")
        }
        let submitted = statuses.values.filter { $0 == .submitted }.count
        let drafts = statuses.values.filter { $0 == .draft }.count
        let closed = try await reader.auditLog(of: id).last
        #expect(closed?.action == "closed")
        #expect(closed?.detail == "\(submitted) \(drafts)", "try \(attempt): the store changed after the close")
        #expect(try await reader.campaign(id)?.state == .closed)
        let landed = results.filter(\.2).count
        return Outcomes(landed: landed, refused: results.count - landed)
    }
}
