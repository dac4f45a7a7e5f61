/// Checks a response file (ratings and comments already split into rows)
/// against the campaign, and turns it into questionnaires to store, or
/// refuses it whole with every problem and its line.
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
        var issues: [ValidationIssue] = []
        let firstLocation = (ratings.map(\.location) + comments.map(\.location)).min()
        do {
            try campaign.require(.answer)
        } catch let error as CampaignError {
            let fileLevel = firstLocation.map { SourceLocation(file: $0.file, line: 0) }
            issues += error.issues.map { ValidationIssue($0.message, at: fileLevel) }
        }

        var drafts: [RaterPair: Draft] = [:]
        issues += readRatings(
            ratings, scale: questionnaire.scale, items: Set(questionnaire.items.map(\.id)), into: &drafts)
        issues += readComments(comments, questions: Set(questionnaire.openQuestions.map(\.id)), into: &drafts)

        var submitted: [RaterPair: Response] = [:]
        for response in stored where response.isSubmitted { submitted[response.pair] = response }
        var responses: [Response] = []
        var unchanged: [RaterPair] = []
        for (pair, draft) in drafts.sorted(by: { $0.key < $1.key }) {
            guard assigned.contains(pair) else {
                issues.append(
                    ValidationIssue(
                        "rater '\(pair.raterID)' is not assigned to rate '\(pair.rateeID)' in campaign '\(campaign.id)'",
                        at: draft.firstLocation))
                continue
            }
            guard !draft.hasProblems else { continue }
            let response = Response(
                rater: pair.raterID, ratee: pair.rateeID, ratings: draft.ratings, comments: draft.comments,
                isSubmitted: true)
            if let previous = submitted[pair] {
                if previous.ratings == response.ratings, previous.comments == response.comments {
                    unchanged.append(pair)
                } else {
                    issues.append(
                        ValidationIssue(
                            "rater '\(pair.raterID)' has already submitted the questionnaire for '\(pair.rateeID)'; a submitted questionnaire is final",
                            at: draft.firstLocation))
                }
                continue
            }
            responses.append(response)
        }
        guard issues.isEmpty else { throw CampaignError(.invalidResponses, issues: issues) }
        return ResponseImport(responses: responses, unchanged: unchanged)
    }
}
