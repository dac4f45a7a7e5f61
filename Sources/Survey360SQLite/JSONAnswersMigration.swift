import Foundation
import GRDB

/// Part of migration "v5: answers as data": moves every questionnaire of the
/// v1 `response` table (ratings and comments as JSON text, drafts included)
/// into `answer_item`, `answer_sheet` and `answer_comment`.
///
/// Frozen with the migration: it reads the JSON as v1 wrote it and writes
/// the codes as v5 defines them (one byte per item column: -128 not
/// answered, -127 cannot judge, else the rating), with its own constants,
/// so that a later change of the app's types cannot change what it does.
enum JSONAnswersMigration {
    private static let notAnswered: Int8 = .min
    private static let cannotJudge: Int8 = .min + 1

    static func convert(_ db: Database) throws {
        var columns: [String: [String: Int]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT campaign_id, ratee_id, rater_id, submitted, ratings, comments FROM response
                ORDER BY campaign_id, ratee_id, rater_id
                """)
        while let row = try rows.next() {
            let campaign: String = row[0]
            let ratee: String = row[1]
            let rater: String = row[2]
            let sheet = "campaign '\(campaign)', a questionnaire about '\(ratee)'"
            let ratings = try object(row[4], sheet)
            var known = columns[campaign] ?? [:]
            for item in ratings.keys.sorted() where known[item] == nil {
                known[item] = known.count
                try db.execute(
                    sql: #"INSERT INTO answer_item (campaign_id, "column", item_id) VALUES (?, ?, ?)"#,
                    arguments: [campaign, known[item]!, item])
            }
            columns[campaign] = known
            var codes = [Int8](repeating: notAnswered, count: known.count)
            for (item, value) in ratings {
                codes[known[item]!] = try code(value, sheet)
            }
            try db.execute(
                sql: """
                    INSERT INTO answer_sheet (campaign_id, ratee_id, rater_id, submitted, ratings)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [campaign, ratee, rater, row[3] as Bool, codes.withUnsafeBytes { Data($0) }])
            for (question, text) in try object(row[5], sheet) {
                guard let text = text as? String else {
                    throw ConversionError("a comment of \(sheet) is not text")
                }
                try db.execute(
                    sql: """
                        INSERT INTO answer_comment (campaign_id, ratee_id, rater_id, question_id, text)
                        VALUES (?, ?, ?, ?, ?)
                        """, arguments: [campaign, ratee, rater, question, text])
            }
        }
    }

    private static func object(_ json: String, _ sheet: String) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw ConversionError("the answers of \(sheet) are not a JSON object")
        }
        return object
    }

    private static func code(_ value: Any, _ sheet: String) throws -> Int8 {
        if value is NSNull { return cannotJudge }
        guard let number = value as? Int, number > Int(Int8.min) + 1, number <= Int(Int8.max) else {
            throw ConversionError("a rating of \(sheet) is not a whole number on a scale")
        }
        return Int8(number)
    }

    /// Stops the migration, which rolls back whole: the database stays as v2.
    struct ConversionError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = "Cannot convert the stored answers: \(description)" }
    }
}
