extension ResponseImportValidator {
    /// The answers of one pair gathered from the rows, with the first row's
    /// location (where pair-level problems are reported) and whether any row
    /// had a problem (then the pair is not compared with what is stored).
    struct Draft {
        var ratings: [ItemID: Answer] = [:]
        var comments: [QuestionID: String] = [:]
        var ratingLocations: [ItemID: SourceLocation] = [:]
        var commentLocations: [QuestionID: SourceLocation] = [:]
        var firstLocation: SourceLocation
        var hasProblems = false

        init(at location: SourceLocation) {
            firstLocation = location
        }

        mutating func saw(_ location: SourceLocation) {
            firstLocation = min(firstLocation, location)
        }
    }

    static func readRatings(
        _ rows: [RatingRow], scale: RatingScale, items: Set<ItemID>, into drafts: inout [RaterPair: Draft]
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for row in inLocationOrder(rows, \.location) {
            // Mutating the dictionary's value in place: a copy of a draft
            // would copy its dictionaries on every row of a large file.
            let problems = read(
                row, into: &drafts[row.pair, default: Draft(at: row.location)], scale: scale, items: items)
            issues += problems.map { ValidationIssue($0, at: row.location) }
        }
        return issues
    }

    private static func read(
        _ row: RatingRow, into draft: inout Draft, scale: RatingScale, items: Set<ItemID>
    ) -> [String] {
        draft.saw(row.location)
        var problems: [String] = []
        if !items.contains(row.itemID) {
            problems.append("unknown item '\(row.itemID)'")
        }
        var answer: Answer?
        do {
            answer = try Answer(parsing: row.value, on: scale)
        } catch {
            problems.append("rating '\(row.value)' of item '\(row.itemID)' is \(error.code); \(error.advice)")
        }
        if let first = draft.ratingLocations[row.itemID] {
            problems.append(
                "item '\(row.itemID)' is rated a second time by '\(row.raterID)' for '\(row.rateeID)'; the first rating is at \(first)"
            )
        } else {
            draft.ratingLocations[row.itemID] = row.location
        }
        if problems.isEmpty, let answer {
            draft.ratings[row.itemID] = answer
        } else {
            draft.hasProblems = true
        }
        return problems
    }

    static func readComments(
        _ rows: [CommentRow], questions: Set<QuestionID>, into drafts: inout [RaterPair: Draft]
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for row in inLocationOrder(rows, \.location) {
            let problems = read(
                row, into: &drafts[row.pair, default: Draft(at: row.location)], questions: questions)
            issues += problems.map { ValidationIssue($0, at: row.location) }
        }
        return issues
    }

    private static func read(_ row: CommentRow, into draft: inout Draft, questions: Set<QuestionID>)
        -> [String]
    {
        draft.saw(row.location)
        var problems: [String] = []
        if !questions.contains(row.questionID) {
            problems.append("unknown question '\(row.questionID)'")
        }
        if let first = draft.commentLocations[row.questionID] {
            problems.append(
                "question '\(row.questionID)' is answered a second time by '\(row.raterID)' for '\(row.rateeID)'; the first answer is at \(first)"
            )
        } else {
            draft.commentLocations[row.questionID] = row.location
        }
        if !problems.isEmpty {
            draft.hasProblems = true
        } else if !row.text.trimmingWhitespace.isEmpty {
            draft.comments[row.questionID] = row.text
        }
        return problems
    }

    /// The rows in file and line order, so that "the first rating" is the
    /// one higher up in the file; a file read top to bottom is already in
    /// order and is not sorted again.
    private static func inLocationOrder<Row>(_ rows: [Row], _ location: (Row) -> SourceLocation) -> [Row] {
        let ordered = zip(rows, rows.dropFirst()).allSatisfy { !(location($1) < location($0)) }
        return ordered ? rows : rows.sorted { location($0) < location($1) }
    }
}
