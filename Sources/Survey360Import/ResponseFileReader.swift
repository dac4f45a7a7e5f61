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
        try rows(url, columns: ["rater_id", "ratee_id", "item_id", "value"]).map { values, location in
            RatingRow(
                rater: PersonID(values[0]), ratee: PersonID(values[1]), item: ItemID(values[2]),
                value: CSVTable.trimmed(values[3]), at: location)
        }
    }

    public static func comments(from url: URL) throws(ImportError) -> [CommentRow] {
        try rows(
            url, columns: ["rater_id", "ratee_id", "question_id", "text"],
            longFields: ["text": InputLimits.commentCharacters]
        ).map { values, location in
            // Comments are kept verbatim: only the ids are trimmed.
            CommentRow(
                rater: PersonID(values[0]), ratee: PersonID(values[1]), question: QuestionID(values[2]),
                text: values[3], at: location)
        }
    }

    /// The values of `columns` in each record, in that order: the three ids
    /// trimmed and required, the fourth as the file has it.
    ///
    /// The columns' positions are looked up once per file, not once per
    /// value: a response file has a row per answer.
    private static func rows(
        _ url: URL, columns: [String], longFields: [String: Int] = [:]
    ) throws(ImportError) -> [([String], SourceLocation)] {
        let table = try CSVTable.read(
            url, requiring: columns, longFields: longFields, maximumBytes: InputLimits.answerFileBytes)
        let file = table.file
        let positions = columns.compactMap { table.positions[$0] }
        var issues: [ValidationIssue] = []
        var result: [([String], SourceLocation)] = []
        result.reserveCapacity(table.rows.count)
        for row in table.rows {
            let location = SourceLocation(file: file, line: row.line)
            var values = positions.map { row.values[$0] }
            for index in 0..<3 { values[index] = CSVTable.trimmed(values[index]) }
            if let empty = values.prefix(3).firstIndex(where: \.isEmpty) {
                issues.append(ValidationIssue("'\(columns[empty])' is empty", at: location))
                continue
            }
            result.append((values, location))
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
        return result
    }
}
