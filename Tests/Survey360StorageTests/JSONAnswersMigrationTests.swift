import Foundation
import GRDB
import Survey360Core
import Survey360SQLite
import Survey360Storage
import Testing

/// A database written by a release that stored answers as JSON (the first
/// release, at v2, and the one before answers became data, at v4; rows
/// written the way its `ResponseRecord` wrote them) opens with every answer,
/// comment and draft intact.
@Suite struct JSONAnswersMigrationTests {
    /// The row type of v1's `response` table, as the release wrote it:
    /// GRDB encodes the two dictionaries as JSON text.
    private struct ReleasedResponseRecord: Codable, PersistableRecord {
        static let databaseTableName = "response"
        var campaignID: String
        var rateeID: String
        var raterID: String
        var submitted: Bool
        var ratings: [ItemID: Int?]
        var comments: [QuestionID: String]

        enum CodingKeys: String, CodingKey {
            case submitted, ratings, comments
            case campaignID = "campaign_id"
            case rateeID = "ratee_id"
            case raterID = "rater_id"
        }
    }

    private static let responses = [
        Response(
            rater: "P1", ratee: "P2", ratings: ["needs-1": .score(5), "needs-2": .cannotJudge, "lead-1": .score(3)],
            comments: ["keep": "準時回覆", "change": "Plus de suivi\nmerci"], isSubmitted: true),
        Response(rater: "P3", ratee: "P2", ratings: ["needs-1": .score(1), "extra": .score(4)], isSubmitted: true),
        Response(
            rater: "P2", ratee: "P2", ratings: ["needs-2": .score(2)], comments: ["keep": "draft"], isSubmitted: false),
    ]

    /// The schema versions of the releases that stored answers as JSON.
    static let releases = ["v2: credentials", "v4: organisation versions"]

    private func releasedDatabase(_ release: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-v2-\(UUID().uuidString).sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: release)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO campaign (id, title, opens, closes, template_id, language, rules, policy, state)
                    VALUES ('2026-Q3', 'Q3', '2026-09-01', '2026-09-30', 'standard', 'en', '{}', '{}', 'closed')
                    """)
            for response in Self.responses {
                try db.execute(
                    sql: "INSERT INTO assignment VALUES ('2026-Q3', ?, ?, 'peer')",
                    arguments: [response.rateeID.rawValue, response.raterID.rawValue])
                try ReleasedResponseRecord(
                    campaignID: "2026-Q3", rateeID: response.rateeID.rawValue, raterID: response.raterID.rawValue,
                    submitted: response.isSubmitted, ratings: response.ratings.mapValues(\.score),
                    comments: response.comments
                ).insert(db)
            }
        }
        let json = try queue.read { db in try String.fetchOne(db, sql: "SELECT ratings FROM response LIMIT 1") }
        #expect(json?.hasPrefix("{\"") == true, "the release stored JSON objects")
        try queue.close()
        return path
    }

    @Test(arguments: Self.releases) func everyAnswerCommentAndDraftSurvives(_ release: String) async throws {
        let path = try releasedDatabase(release)
        let store = try SQLiteStore(path: path)
        let stored = try await store.responses(in: "2026-Q3", includeDrafts: true)
        #expect(stored == Self.responses.sorted { $0.pair < $1.pair })
        let table = try await store.answerTable(in: "2026-Q3")
        #expect(Set(table.responses) == Set(Self.responses.filter(\.isSubmitted)))
        #expect(try await store.responseStatuses(in: "2026-Q3")[RaterPair(rater: "P2", ratee: "P2")] == .draft)
    }

    @Test(arguments: Self.releases) func theJSONTableIsGoneAndAnswersAreBytes(_ release: String) async throws {
        let path = try releasedDatabase(release)
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        let (responseTableLeft, blob, items) = try await queue.read { db in
            (
                try db.tableExists("response"),
                try Data.fetchOne(
                    db, sql: "SELECT ratings FROM answer_sheet WHERE rater_id = 'P1' AND ratee_id = 'P2'"),
                try String.fetchAll(
                    db, sql: #"SELECT item_id FROM answer_item WHERE campaign_id = '2026-Q3' ORDER BY "column""#)
            )
        }
        #expect(!responseTableLeft)
        #expect(items.count == 4)
        let codes = blob.map { $0.map { Int8(bitPattern: $0) } } ?? []
        #expect(codes.count <= items.count)
        var byItem: [String: Int8] = [:]
        for (column, code) in codes.enumerated() { byItem[items[column]] = code }
        #expect(byItem["needs-1"] == 5)
        #expect(byItem["needs-2"] == AnswerTable.cannotJudge)
        #expect(byItem["lead-1"] == 3)
        #expect(byItem["extra", default: AnswerTable.notAnswered] == AnswerTable.notAnswered)
    }

    @Test(arguments: Self.releases) func aDamagedAnswerStopsTheMigrationAndKeepsTheDatabase(_ release: String) throws {
        let path = try releasedDatabase(release)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE response SET ratings = '[1, 2]' WHERE rater_id = 'P3'") }
        try queue.close()
        #expect(throws: StorageError.self) { try SQLiteStore(path: path) }
        let reopened = try DatabaseQueue(path: path)
        let tables = try reopened.read { db in (try db.tableExists("response"), try db.tableExists("answer_sheet")) }
        #expect(tables == (true, false))
    }
}
