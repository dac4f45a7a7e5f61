import Foundation
import Survey360Core

/// Reads answers collected outside the browser (paper questionnaires,
/// another survey tool) as rows for ``ResponseImportValidator``:
///
/// - ratings: `rater_id,ratee_id,item_id,value`, value 1–5 or `NA`;
/// - comments: `rater_id,ratee_id,question_id,text`.
///
/// Only the file's shape is checked here; whether a pair is assigned or a
/// value on the scale is the validator's business, so that both files'
/// problems are reported together.
///
/// `readRatings` and `readComments` hand each row on as it is read, so that
/// a quarter's answers are never all in memory as rows; `ratings` and
/// `comments` return them all, for small files.
public enum ResponseFileReader {
    static let ratingColumns = ["rater_id", "ratee_id", "item_id", "value"]
    static let commentColumns = ["rater_id", "ratee_id", "question_id", "text"]

    public static func readRatings(from url: URL, _ body: (RatingRow) -> Void) throws(ImportError) {
        try forEach(url, columns: ratingColumns) { values, location in
            body(
                RatingRow(
                    rater: PersonID(values[0]), ratee: PersonID(values[1]), item: ItemID(values[2]),
                    value: CSVTable.trimmed(values[3]), at: location))
        }
    }

    public static func readComments(from url: URL, _ body: (CommentRow) -> Void) throws(ImportError) {
        try forEach(url, columns: commentColumns, longFields: ["text": InputLimits.commentCharacters]) {
            values, location in
            // Comments are kept verbatim: only the ids are trimmed.
            body(
                CommentRow(
                    rater: PersonID(values[0]), ratee: PersonID(values[1]), question: QuestionID(values[2]),
                    text: values[3], at: location))
        }
    }

    public static func ratings(from url: URL) throws(ImportError) -> [RatingRow] {
        var rows: [RatingRow] = []
        try readRatings(from: url) { rows.append($0) }
        return rows
    }

    public static func comments(from url: URL) throws(ImportError) -> [CommentRow] {
        var rows: [CommentRow] = []
        try readComments(from: url) { rows.append($0) }
        return rows
    }

    /// The values of `columns` in each record, in that order: the three ids
    /// trimmed and required, the fourth as the file has it.
    ///
    /// The columns' positions are looked up once per file, not once per
    /// value: a response file has a row per answer.
    private static func forEach(
        _ url: URL, columns: [String], longFields: [String: Int] = [:],
        _ body: ([String], SourceLocation) -> Void
    ) throws(ImportError) {
        let file = url.lastPathComponent
        var issues: [ValidationIssue] = []
        var positions: [Int] = []
        _ = try CSVTable.forEachRow(
            in: url, requiring: columns, longFields: longFields, maximumBytes: InputLimits.answerFileBytes
        ) { row in
            if positions.isEmpty { positions = columns.compactMap { row.positions[$0] } }
            let location = SourceLocation(file: file, line: row.line)
            var values = positions.map { row.values[$0] }
            for index in 0..<3 { values[index] = CSVTable.trimmed(values[index]) }
            if let empty = values.prefix(3).firstIndex(where: \.isEmpty) {
                issues.append(ValidationIssue("'\(columns[empty])' is empty", at: location))
            } else if issues.isEmpty {
                body(values, location)
            }
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
    }
}
