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
public enum ResponseFileReader {
    public static func ratings(from url: URL) throws(ImportError) -> [RatingRow] {
        try rows(url, columns: ["rater_id", "ratee_id", "item_id", "value"]).map { row, location in
            RatingRow(
                rater: PersonID(row["rater_id"]), ratee: PersonID(row["ratee_id"]), item: ItemID(row["item_id"]),
                value: row["value"], at: location)
        }
    }

    public static func comments(from url: URL) throws(ImportError) -> [CommentRow] {
        try rows(
            url, columns: ["rater_id", "ratee_id", "question_id", "text"],
            longFields: ["text": InputLimits.commentCharacters]
        ).map { row, location in
            // Comments are kept verbatim: only the ids are trimmed.
            CommentRow(
                rater: PersonID(row["rater_id"]), ratee: PersonID(row["ratee_id"]),
                question: QuestionID(row["question_id"]), text: row.verbatim("text") ?? "", at: location)
        }
    }

    private static func rows(
        _ url: URL, columns: [String], longFields: [String: Int] = [:]
    ) throws(ImportError) -> [(CSVTable.Row, SourceLocation)] {
        let table = try CSVTable.read(url, requiring: columns, longFields: longFields)
        let file = table.file
        var issues: [ValidationIssue] = []
        var result: [(CSVTable.Row, SourceLocation)] = []
        for row in table.rows {
            let location = SourceLocation(file: file, line: row.line)
            let empty = columns.prefix(3).filter { row[$0].isEmpty }
            if let column = empty.first {
                issues.append(ValidationIssue("'\(column)' is empty", at: location))
                continue
            }
            result.append((row, location))
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
        return result
    }
}
