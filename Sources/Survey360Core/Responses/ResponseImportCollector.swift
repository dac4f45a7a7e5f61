/// A response file checked row by row as it is read, so that a quarter's
/// million answers never sit in memory as rows: only each pair's answers do,
/// in a few bytes each (``ResponseDraft``), until
/// ``finish(assigned:campaign:stored:)`` checks them against the campaign and
/// hands them on as ``ImportedResponses``, which makes each questionnaire
/// only when the store reads it, or refuses the whole file.
///
/// ``ResponseImportValidator`` states the rules; this is their incremental
/// form, which `responses import` feeds straight from the CSV reader.
///
/// ```swift
/// var collector = ResponseImportCollector(questionnaire: questionnaire)
/// try ResponseFileReader.readRatings(from: url) { collector.add($0) }
/// let result = try collector.finish(assigned: pairs, campaign: campaign, stored: stored)
/// ```
public struct ResponseImportCollector {
    private typealias Draft = ResponseDraft
    private typealias Spot = ResponseDraft.Spot

    private let scale: RatingScale
    /// The questionnaire's items, and each one's place among them.
    private let items: [ItemID]
    private let itemPlaces: [ItemID: Int32]
    private let questions: Set<QuestionID>
    private var files: [String] = []
    private var drafts: [RaterPair: Draft] = [:]
    private var issues: [ValidationIssue] = []
    private var firstLocation: SourceLocation?

    public init(questionnaire: Questionnaire) {
        scale = questionnaire.scale
        items = questionnaire.items.map(\.id)
        itemPlaces = Dictionary(items.enumerated().map { ($1, Int32($0)) }) { first, _ in first }
        questions = Set(questionnaire.openQuestions.map(\.id))
    }

    /// Adds a rating row. Rows of one file come in line order, so that "the
    /// first rating" is the one higher up.
    public mutating func add(_ row: RatingRow) {
        var problems: [String] = []
        let place = itemPlaces[row.itemID]
        if place == nil { problems.append("unknown item '\(row.itemID)'") }
        var answer: Answer?
        do {
            answer = try Answer(parsing: row.value, on: scale)
        } catch {
            problems.append("rating '\(row.value)' of item '\(row.itemID)' is \(error.code); \(error.advice)")
        }
        let spot = spot(row.location)
        let code = Draft.code(of: problems.isEmpty ? answer : nil)
        let refused = !problems.isEmpty
        let earlier = withDraft(of: row.pair, seenAt: row.location) { draft -> Spot? in
            if let place, let first = draft.ratings.first(where: { $0.item == place }) {
                draft.hasProblems = true
                return first.spot
            }
            if let place { draft.ratings.append(Draft.Rating(item: place, answer: code, spot: spot)) }
            if refused { draft.hasProblems = true }
            return nil
        }
        if let earlier {
            problems.append(
                "item '\(row.itemID)' is rated a second time by '\(row.raterID)' for '\(row.rateeID)'; the first rating is at \(location(earlier))"
            )
        }
        issues += problems.map { ValidationIssue($0, at: row.location) }
    }

    /// Adds a comment row; a blank answer is no answer.
    public mutating func add(_ row: CommentRow) {
        var problems: [String] = []
        let known = questions.contains(row.questionID)
        if !known { problems.append("unknown question '\(row.questionID)'") }
        let spot = spot(row.location)
        let text = row.text.trimmingWhitespace.isEmpty ? nil : row.text
        let earlier = withDraft(of: row.pair, seenAt: row.location) { draft -> Spot? in
            if let first = draft.comments.first(where: { $0.question == row.questionID }) {
                draft.hasProblems = true
                return first.spot
            }
            guard known else {
                draft.hasProblems = true
                return nil
            }
            draft.comments.append(Draft.Comment(question: row.questionID, text: text, spot: spot))
            return nil
        }
        if let earlier {
            problems.append(
                "question '\(row.questionID)' is answered a second time by '\(row.raterID)' for '\(row.rateeID)'; the first answer is at \(location(earlier))"
            )
        }
        issues += problems.map { ValidationIssue($0, at: row.location) }
    }

    /// The questionnaires to store, sorted by pair, and the pairs stored
    /// before with exactly these answers.
    ///
    /// - Parameters:
    ///   - assigned: The pairs of the campaign's plan.
    ///   - campaign: The campaign; it must be open.
    ///   - stored: The responses stored so far; drafts are ignored, since an
    ///     imported questionnaire replaces a draft.
    /// - Throws: ``CampaignError`` with code `invalidResponses` and every
    ///   problem, ordered by file and line.
    public consuming func finish(
        assigned: Set<RaterPair>, campaign: Campaign, stored: [Response]
    ) throws -> ResponseImport {
        var issues = self.issues
        do {
            try campaign.require(.answer)
        } catch let error as CampaignError {
            let fileLevel = firstLocation.map { SourceLocation(file: $0.file, line: 0) }
            issues = error.issues.map { ValidationIssue($0.message, at: fileLevel) } + issues
        }
        var submitted: [RaterPair: Response] = [:]
        for response in stored where response.isSubmitted { submitted[response.pair] = response }
        var pairs: [RaterPair] = []
        var kept: [Draft] = []
        var unchanged: [RaterPair] = []
        // Each draft is moved out of the dictionary as it is kept, so that
        // the two are never both whole in memory.
        for pair in drafts.keys.sorted() {
            guard let draft = drafts.removeValue(forKey: pair) else { continue }
            guard assigned.contains(pair) else {
                issues.append(
                    ValidationIssue(
                        "rater '\(pair.raterID)' is not assigned to rate '\(pair.rateeID)' in campaign '\(campaign.id)'",
                        at: draft.firstLocation))
                continue
            }
            guard !draft.hasProblems else { continue }
            if let previous = submitted[pair] {
                let response = draft.response(of: pair, items: items)
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
            pairs.append(pair)
            kept.append(draft)
        }
        guard issues.isEmpty else { throw CampaignError(.invalidResponses, issues: issues) }
        return ResponseImport(
            responses: ImportedResponses(pairs: pairs, drafts: kept, items: items), unchanged: unchanged)
    }

    /// Runs `body` on the pair's draft, made if the pair is new, in place:
    /// a dictionary's default subscript hands the value over without
    /// copying its arrays, in one look-up.
    private mutating func withDraft<Result>(
        of pair: RaterPair, seenAt location: SourceLocation, _ body: (inout Draft) -> Result
    ) -> Result {
        firstLocation = min(firstLocation ?? location, location)
        return Self.change(&drafts[pair, default: Draft(firstLocation: location)], seenAt: location, body)
    }

    private static func change<Result>(
        _ draft: inout Draft, seenAt location: SourceLocation, _ body: (inout Draft) -> Result
    ) -> Result {
        if location < draft.firstLocation { draft.firstLocation = location }
        return body(&draft)
    }

    private mutating func spot(_ location: SourceLocation) -> Spot {
        let file = files.firstIndex(of: location.file) ?? files.endIndex
        if file == files.endIndex { files.append(location.file) }
        return Spot(file: UInt16(truncatingIfNeeded: file), line: Int32(truncatingIfNeeded: location.line))
    }

    private func location(_ spot: Spot) -> SourceLocation {
        SourceLocation(file: files[Int(spot.file)], line: Int(spot.line))
    }
}
