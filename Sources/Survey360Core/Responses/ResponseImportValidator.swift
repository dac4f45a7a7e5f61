/// Checks a response file (ratings and comments already split into rows)
/// against the campaign, and turns it into questionnaires to store, or
/// refuses it whole with every problem and its line. A file read as it
/// streams goes through ``ResponseImportCollector``, the same rules row by
/// row.
///
/// Bulk import is for paper questionnaires and other survey tools; the same
/// rules hold as in the browser: only assigned pairs, only the
/// questionnaire's items and questions, values on the scale or "cannot
/// judge", and one final submission per questionnaire. Importing a file
/// twice is harmless: a questionnaire stored before with exactly the same
/// answers is reported as unchanged, not as a second submission.
///
/// Messages name only what the row itself holds (its rater, person rated,
/// item and value): the file is HR's own, but the answers already stored
/// for a pair are never quoted.
///
/// ```swift
/// let result = try ResponseImportValidator.validate(
///     ratings: rows, comments: commentRows, questionnaire: questionnaire,
///     assigned: plan.pairs, campaign: campaign, stored: store.submittedResponses)
/// // or CampaignError: responses.csv:7: rating '6' of item 'LT-2' is outside the scale; write 1 to 5, or 'NA' for cannot judge
/// ```
public enum ResponseImportValidator {
    /// - Parameters:
    ///   - ratings: The rating rows, in any order.
    ///   - comments: The comment rows, in any order.
    ///   - questionnaire: The campaign's questionnaire.
    ///   - assigned: The pairs of the campaign's plan.
    ///   - campaign: The campaign; it must be open.
    ///   - stored: The responses stored so far; drafts are ignored, since an
    ///     imported questionnaire replaces a draft.
    /// - Returns: The questionnaires to store and the pairs left unchanged.
    /// - Throws: ``CampaignError`` with code `invalidResponses` and every
    ///   problem, ordered by file and line.
    public static func validate(
        ratings: [RatingRow], comments: [CommentRow], questionnaire: Questionnaire,
        assigned: Set<RaterPair>, campaign: Campaign, stored: [Response]
    ) throws -> ResponseImport {
        var collector = ResponseImportCollector(questionnaire: questionnaire)
        for row in inLocationOrder(ratings, \.location) { collector.add(row) }
        for row in inLocationOrder(comments, \.location) { collector.add(row) }
        return try collector.finish(assigned: assigned, campaign: campaign, stored: stored)
    }

    /// The rows in file and line order, so that "the first rating" is the
    /// one higher up in the file; a file read top to bottom is already in
    /// order and is not sorted again.
    private static func inLocationOrder<Row>(_ rows: [Row], _ location: (Row) -> SourceLocation) -> [Row] {
        let ordered = zip(rows, rows.dropFirst()).allSatisfy { !(location($1) < location($0)) }
        return ordered ? rows : rows.sorted { location($0) < location($1) }
    }
}
