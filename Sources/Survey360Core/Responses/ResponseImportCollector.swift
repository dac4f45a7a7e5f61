/// A response file checked row by row as it is read, so that a quarter's
/// million answers never sit in memory as rows: only each pair's answers do,
/// in a few bytes each, until ``finish(assigned:campaign:stored:)`` turns
/// them into questionnaires to store or refuses the whole file.
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
        var draft = takeDraft(row.pair, seenAt: row.location)
        if let place, let first = draft.ratings.first(where: { $0.item == place }) {
            problems.append(
                "item '\(row.itemID)' is rated a second time by '\(row.raterID)' for '\(row.rateeID)'; the first rating is at \(location(first.spot))"
            )
        } else if let place {
            let kept = problems.isEmpty ? answer : nil
            draft.ratings.append(Draft.Rating(item: place, answer: Draft.code(of: kept), spot: spot(row.location)))
        }
        put(draft, row.pair, problems: problems, at: row.location)
    }

    /// Adds a comment row; a blank answer is no answer.
    public mutating func add(_ row: CommentRow) {
        var problems: [String] = []
        let known = questions.contains(row.questionID)
        if !known { problems.append("unknown question '\(row.questionID)'") }
        var draft = takeDraft(row.pair, seenAt: row.location)
        if let first = draft.comments.first(where: { $0.question == row.questionID }) {
            problems.append(
                "question '\(row.questionID)' is answered a second time by '\(row.raterID)' for '\(row.rateeID)'; the first answer is at \(location(first.spot))"
            )
        } else if known {
            let text = row.text.trimmingWhitespace.isEmpty ? nil : row.text
            draft.comments.append(Draft.Comment(question: row.questionID, text: text, spot: spot(row.location)))
        }
        put(draft, row.pair, problems: problems, at: row.location)
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

    /// The pair's draft, taken out of the dictionary so that changing it
    /// does not copy its arrays; ``put(_:_:problems:at:)`` puts it back.
    private mutating func takeDraft(_ pair: RaterPair, seenAt location: SourceLocation) -> Draft {
        firstLocation = min(firstLocation ?? location, location)
        var draft = drafts.removeValue(forKey: pair) ?? Draft(firstLocation: location)
        draft.firstLocation = min(draft.firstLocation, location)
        return draft
    }

    private mutating func put(_ draft: Draft, _ pair: RaterPair, problems: [String], at location: SourceLocation) {
        var draft = draft
        if !problems.isEmpty { draft.hasProblems = true }
        drafts[pair] = draft
        issues += problems.map { ValidationIssue($0, at: location) }
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
