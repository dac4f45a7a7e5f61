import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// Answers as data: a row of `answer_sheet` per questionnaire with its
/// ratings as one byte per item column (see ``AnswerColumns``), and a row of
/// `answer_comment` per answered open question. docs/storage.md gives the
/// measurements behind this choice.
///
/// A write is one prepared statement per questionnaire, however many there
/// are: the upsert itself checks that the pair is assigned and not yet
/// submitted, and says by the revision it returns whether it replaced a
/// draft, so a bulk import runs no SELECT per row.
extension SQLiteStore {
    public func saveDraft(_ response: Response, in campaign: CampaignID) async throws {
        try await write([response], in: campaign, submitted: false)
    }

    public func submit(_ response: Response, in campaign: CampaignID) async throws {
        try await write([response], in: campaign, submitted: true)
    }

    public func submitAll<Responses: Collection & Sendable>(_ responses: Responses, in campaign: CampaignID)
        async throws where Responses.Element == Response
    {
        try await write(responses, in: campaign, submitted: true)
    }

    private func write<Responses: Collection & Sendable>(
        _ responses: Responses, in campaign: CampaignID, submitted: Bool
    ) async throws where Responses.Element == Response {
        try await writer.write { db in
            try Self.require(.answers, campaign, db)
            var columns = try AnswerColumns(of: campaign, db)
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO answer_sheet (campaign_id, ratee_id, rater_id, submitted, ratings)
                    SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (
                        SELECT 1 FROM assignment WHERE campaign_id = ?1 AND ratee_id = ?2 AND rater_id = ?3)
                    ON CONFLICT (campaign_id, ratee_id, rater_id) DO UPDATE
                        SET submitted = excluded.submitted, ratings = excluded.ratings, revision = revision + 1
                        WHERE answer_sheet.submitted = 0
                    RETURNING revision
                    """)
            let clearComments = try db.cachedStatement(
                sql: "DELETE FROM answer_comment WHERE campaign_id = ? AND ratee_id = ? AND rater_id = ?")
            let insertComment = try db.cachedStatement(
                sql: """
                    INSERT INTO answer_comment (campaign_id, ratee_id, rater_id, question_id, text)
                    VALUES (?, ?, ?, ?, ?)
                    """)
            for response in responses {
                let pair: StatementArguments = [
                    campaign.rawValue, response.rateeID.rawValue, response.raterID.rawValue,
                ]
                let blob = try columns.blob(of: response.ratings, db)
                guard let revision = try Int.fetchOne(upsert, arguments: pair + [submitted, blob]) else {
                    throw try Self.refusal(of: response.pair, in: campaign, db)
                }
                if revision > 0 { try clearComments.execute(arguments: pair) }
                for (question, text) in response.comments {
                    try insertComment.execute(arguments: pair + [question.rawValue, text])
                }
            }
        }
    }

    /// Why the upsert wrote nothing: the pair is submitted already, or not
    /// assigned.
    private static func refusal(of pair: RaterPair, in campaign: CampaignID, _ db: Database) throws -> StorageError {
        let stored = try Bool.fetchOne(
            db, sql: "SELECT submitted FROM answer_sheet WHERE campaign_id = ? AND ratee_id = ? AND rater_id = ?",
            arguments: [campaign.rawValue, pair.rateeID.rawValue, pair.raterID.rawValue])
        return stored == true ? .alreadySubmitted : .notAssigned
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response? {
        try await writer.read { db in
            try Self.responses(in: campaign, pair: pair, includeDrafts: true, db).first
        }
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response] {
        try await writer.read { db in
            try Self.responses(in: campaign, pair: nil, includeDrafts: includeDrafts, db)
        }
    }

    /// The questionnaires of a campaign (or of one pair), by person rated
    /// and rater.
    private static func responses(
        in campaign: CampaignID, pair: RaterPair?, includeDrafts: Bool, _ db: Database
    ) throws -> [Response] {
        let columns = try AnswerColumns(of: campaign, db)
        var filter = "campaign_id = ?"
        var arguments: StatementArguments = [campaign.rawValue]
        if let pair {
            filter += " AND ratee_id = ? AND rater_id = ?"
            arguments += [pair.rateeID.rawValue, pair.raterID.rawValue]
        }
        let submittedOnly = includeDrafts ? "" : " AND submitted"
        var responses: [Response] = []
        var index: [RaterPair: Int] = [:]
        let sheets = try Row.fetchCursor(
            db,
            sql: """
                SELECT ratee_id, rater_id, submitted, ratings FROM answer_sheet
                WHERE \(filter)\(submittedOnly) ORDER BY ratee_id, rater_id
                """, arguments: arguments)
        while let row = try sheets.next() {
            let response = Response(
                rater: PersonID(row[1] as String), ratee: PersonID(row[0] as String),
                ratings: columns.ratings(of: row[3]), isSubmitted: row[2])
            index[response.pair] = responses.count
            responses.append(response)
        }
        let comments = try Row.fetchCursor(
            db,
            sql: "SELECT ratee_id, rater_id, question_id, text FROM answer_comment WHERE \(filter)",
            arguments: arguments)
        while let row = try comments.next() {
            let pair = RaterPair(rater: PersonID(row[1] as String), ratee: PersonID(row[0] as String))
            guard let position = index[pair] else { continue }
            responses[position].comments[QuestionID(row[2] as String)] = row[3]
        }
        return responses
    }

    /// Sheets and comments both come in key order (the tables are
    /// `WITHOUT ROWID` on the pair), so each comment finds its sheet by
    /// walking forward, with no dictionary of pairs, and the comments are in
    /// ``AnswerTable``'s order (sheet, then question) as they arrive.
    public func answerTable(in campaign: CampaignID, includeComments: Bool) async throws -> AnswerTable {
        try await writer.read { db in
            let items = try AnswerColumns(of: campaign, db).items
            let width = items.count
            var pairs: [RaterPair] = []
            var codes: [Int8] = []
            let sheets = try Row.fetchCursor(
                db,
                sql: """
                    SELECT ratee_id, rater_id, ratings FROM answer_sheet WHERE campaign_id = ? AND submitted
                    ORDER BY ratee_id, rater_id
                    """,
                arguments: [campaign.rawValue])
            while let row = try sheets.next() {
                pairs.append(RaterPair(rater: PersonID(row[1] as String), ratee: PersonID(row[0] as String)))
                let start = codes.count
                codes.append(contentsOf: repeatElement(AnswerTable.notAnswered, count: width))
                try row.withUnsafeData(atIndex: 2) { blob in
                    guard let blob else { return }
                    for (column, byte) in blob.prefix(width).enumerated() {
                        codes[start + column] = Int8(bitPattern: byte)
                    }
                }
            }
            var comments: [AnswerTable.Comment] = []
            if includeComments {
                var sheet = 0
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT ratee_id, rater_id, question_id, text FROM answer_comment WHERE campaign_id = ?
                        ORDER BY ratee_id, rater_id, question_id
                        """,
                    arguments: [campaign.rawValue])
                while let row = try rows.next() {
                    let key = SheetKey(ratee: row[0], rater: row[1])
                    while sheet < pairs.count, SheetKey(pairs[sheet]) < key { sheet += 1 }
                    // A draft's comments have no submitted sheet to join.
                    guard sheet < pairs.count, SheetKey(pairs[sheet]) == key else { continue }
                    comments.append(
                        AnswerTable.Comment(sheet: sheet, question: QuestionID(row[2] as String), text: row[3]))
                }
            }
            return AnswerTable(itemIDs: items, pairs: pairs, codes: codes, comments: comments)
        }
    }

    public func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus] {
        try await writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.rater_id, a.ratee_id, s.submitted FROM assignment a
                    LEFT JOIN answer_sheet s ON s.campaign_id = a.campaign_id
                        AND s.ratee_id = a.ratee_id AND s.rater_id = a.rater_id
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
}
