import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// Answers as data, as on SQLite: a row of `answer_sheet` per questionnaire
/// with its ratings as one byte per item column (see
/// ``PostgreSQLAnswerColumns``), and a row of `answer_comment` per answered
/// open question.
///
/// A write is one upsert per batch of 5,000 questionnaires: the statement
/// itself checks that each pair is assigned and not yet submitted, and says
/// by the revision it returns whether it replaced a draft, so a bulk import
/// runs no query per row and two servers submitting one questionnaire at
/// once cannot both succeed.
extension PostgreSQLStore {
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

    /// Writes `responses` in batches of one statement each, inside one
    /// transaction, so that only a batch of them is ever made and encoded.
    private func write<Responses: Collection & Sendable>(
        _ responses: Responses, in campaign: CampaignID, submitted: Bool
    ) async throws where Responses.Element == Response {
        try await database.write { connection in
            try await Self.require(.answers, campaign, on: connection)
            var columns = try await PostgreSQLAnswerColumns.load(campaign, on: connection, logger: Self.logger)
            var start = responses.startIndex
            while start != responses.endIndex {
                let end =
                    responses.index(start, offsetBy: PostgreSQLTable.batchSize, limitedBy: responses.endIndex)
                    ?? responses.endIndex
                try await Self.writeBatch(
                    Array(responses[start..<end]), in: campaign, submitted: submitted, columns: &columns,
                    on: connection)
                start = end
            }
        }
    }

    /// One batch: its upsert, then its comments.
    private static func writeBatch(
        _ responses: [Response], in campaign: CampaignID, submitted: Bool, columns: inout PostgreSQLAnswerColumns,
        on connection: PostgresConnection
    ) async throws {
        try await columns.add(itemsOf: responses, on: connection, logger: Self.logger)
        let sheets = try responses.map { response in
            PostgreSQLRows.AnswerSheet(
                campaignID: campaign.rawValue, rateeID: response.rateeID.rawValue,
                raterID: response.raterID.rawValue, submitted: submitted,
                ratings: PostgreSQLRows.hex(try columns.bytes(of: response.ratings)))
        }
        let upserts = try PostgreSQLRows.AnswerSheet.table.statements(sheets) { insert in
            """
            \(insert) WHERE EXISTS (
                SELECT 1 FROM assignment a
                WHERE a.campaign_id = x.campaign_id AND a.ratee_id = x.ratee_id AND a.rater_id = x.rater_id)
            ON CONFLICT (campaign_id, ratee_id, rater_id) DO UPDATE
                SET submitted = excluded.submitted, ratings = excluded.ratings,
                    revision = answer_sheet.revision + 1
                WHERE NOT answer_sheet.submitted
            RETURNING ratee_id, rater_id, revision
            """
        }
        var written: Set<RaterPair> = []
        var replaced: (ratees: [String], raters: [String]) = ([], [])
        for upsert in upserts {
            for try await (ratee, rater, revision) in try await connection.query(upsert, logger: Self.logger)
                .decode((String, String, Int).self)
            {
                written.insert(RaterPair(rater: PersonID(rater), ratee: PersonID(ratee)))
                if revision > 0 {
                    replaced.ratees.append(ratee)
                    replaced.raters.append(rater)
                }
            }
        }
        if let refused = responses.first(where: { !written.contains($0.pair) }) {
            throw try await Self.refusal(of: refused.pair, in: campaign, on: connection)
        }
        if !replaced.ratees.isEmpty {
            try await connection.query(
                """
                DELETE FROM answer_comment c USING unnest(\(replaced.ratees)::text[], \(replaced.raters)::text[])
                    AS r(ratee_id, rater_id)
                WHERE c.campaign_id = \(campaign.rawValue) AND c.ratee_id = r.ratee_id AND c.rater_id = r.rater_id
                """, logger: Self.logger)
        }
        let comments = responses.flatMap { response in
            response.comments.map { question, text in
                PostgreSQLRows.AnswerComment(
                    campaignID: campaign.rawValue, rateeID: response.rateeID.rawValue,
                    raterID: response.raterID.rawValue, questionID: question.rawValue, text: text)
            }
        }
        try await PostgreSQLRows.AnswerComment.table.insert(comments, on: connection, logger: Self.logger)
    }

    /// Why the upsert wrote nothing for `pair`: it is submitted already, or
    /// not assigned.
    private static func refusal(of pair: RaterPair, in campaign: CampaignID, on connection: PostgresConnection)
        async throws -> StorageError
    {
        let stored = try await connection.query(
            """
            SELECT 1 FROM answer_sheet WHERE campaign_id = \(campaign.rawValue)
                AND ratee_id = \(pair.rateeID.rawValue) AND rater_id = \(pair.raterID.rawValue) AND submitted
            """, logger: logger
        ).collect()
        return stored.isEmpty ? .notAssigned : .alreadySubmitted
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response? {
        try await readResponses(campaign, pair: pair, includeDrafts: true).first
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response] {
        try await readResponses(campaign, pair: nil, includeDrafts: includeDrafts)
    }

    /// The questionnaires of a campaign (or of one pair), by person rated
    /// and rater, read in one snapshot.
    private func readResponses(_ campaign: CampaignID, pair: RaterPair?, includeDrafts: Bool) async throws
        -> [Response]
    {
        let ratee = pair?.rateeID.rawValue
        let rater = pair?.raterID.rawValue
        return try await database.snapshot { connection in
            let columns = try await PostgreSQLAnswerColumns.load(campaign, on: connection, logger: Self.logger)
            var responses: [Response] = []
            var index: [RaterPair: Int] = [:]
            for try await (rateeID, raterID, submitted, ratings) in try await connection.query(
                """
                SELECT ratee_id, rater_id, submitted, ratings FROM answer_sheet
                WHERE campaign_id = \(campaign.rawValue) AND (submitted OR \(includeDrafts))
                    AND (\(ratee)::text IS NULL OR (ratee_id = \(ratee) AND rater_id = \(rater)))
                ORDER BY ratee_id, rater_id
                """, logger: Self.logger
            ).decode((String, String, Bool, Data).self) {
                let response = Response(
                    rater: PersonID(raterID), ratee: PersonID(rateeID), ratings: columns.ratings(of: ratings),
                    isSubmitted: submitted)
                index[response.pair] = responses.count
                responses.append(response)
            }
            for try await (rateeID, raterID, question, text) in try await connection.query(
                """
                SELECT ratee_id, rater_id, question_id, text FROM answer_comment
                WHERE campaign_id = \(campaign.rawValue)
                    AND (\(ratee)::text IS NULL OR (ratee_id = \(ratee) AND rater_id = \(rater)))
                """, logger: Self.logger
            ).decode((String, String, String, String).self) {
                guard let position = index[RaterPair(rater: PersonID(raterID), ratee: PersonID(rateeID))] else {
                    continue
                }
                responses[position].comments[QuestionID(question)] = text
            }
            return responses
        }
    }

    public func answerTable(in campaign: CampaignID, includeComments: Bool) async throws -> AnswerTable {
        try await database.snapshot { connection in
            let items = try await PostgreSQLAnswerColumns.load(campaign, on: connection, logger: Self.logger).items
            let width = items.count
            var pairs: [RaterPair] = []
            var codes: [Int8] = []
            for try await (ratee, rater, ratings) in try await connection.query(
                """
                SELECT ratee_id, rater_id, ratings FROM answer_sheet
                WHERE campaign_id = \(campaign.rawValue) AND submitted ORDER BY ratee_id, rater_id
                """, logger: Self.logger
            ).decode((String, String, Data).self) {
                pairs.append(RaterPair(rater: PersonID(rater), ratee: PersonID(ratee)))
                let start = codes.count
                codes.append(contentsOf: repeatElement(AnswerTable.notAnswered, count: width))
                for (column, byte) in ratings.prefix(width).enumerated() {
                    codes[start + column] = Int8(bitPattern: byte)
                }
            }
            var comments: [AnswerTable.Comment] = []
            if includeComments {
                // The comments come in no order: each finds its sheet by its pair.
                let index = Dictionary(pairs.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 })
                for try await (ratee, rater, question, text) in try await connection.query(
                    "SELECT ratee_id, rater_id, question_id, text FROM answer_comment WHERE campaign_id = \(campaign.rawValue)",
                    logger: Self.logger
                ).decode((String, String, String, String).self) {
                    guard let sheet = index[RaterPair(rater: PersonID(rater), ratee: PersonID(ratee))] else { continue }
                    comments.append(AnswerTable.Comment(sheet: sheet, question: QuestionID(question), text: text))
                }
                comments.sort { ($0.sheet, $0.questionID) < ($1.sheet, $1.questionID) }
            }
            return AnswerTable(itemIDs: items, pairs: pairs, codes: codes, comments: comments)
        }
    }

    public func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus] {
        try await database.read { connection in
            var statuses: [RaterPair: ResponseStatus] = [:]
            let rows = try await connection.query(
                """
                SELECT a.rater_id, a.ratee_id, s.submitted FROM assignment a
                LEFT JOIN answer_sheet s ON s.campaign_id = a.campaign_id
                    AND s.ratee_id = a.ratee_id AND s.rater_id = a.rater_id
                WHERE a.campaign_id = \(campaign.rawValue)
                """, logger: Self.logger)
            for try await (rater, ratee, submitted) in rows.decode((String, String, Bool?).self) {
                statuses[RaterPair(rater: PersonID(rater), ratee: PersonID(ratee))] =
                    submitted.map { $0 ? .submitted : .draft } ?? .notStarted
            }
            return statuses
        }
    }
}
