extension ResponseImportValidator {
    /// The answers of one pair gathered from the rows, with the first row's
    /// location (where pair-level problems are reported) and whether any row
    /// had a problem (then the pair is not compared with what is stored).
    struct Draft {
        var ratings: [ItemID: Int?] = [:]
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

    /// The spellings of "cannot judge", in upper case.
    static let notApplicable: Set<String> = ["NA", "N/A"]

    static func readRatings(
        _ rows: [RatingRow], scale: RatingScale, items: Set<ItemID>, into drafts: inout [RaterPair: Draft]
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let advice = "write \(scale.minimum) to \(scale.maximum), or 'NA' for cannot judge"
        for row in inLocationOrder(rows, \.location) {
            // Mutating the dictionary's value in place: a copy of a draft
            // would copy its dictionaries on every row of a large file.
            let problems = read(
                row, into: &drafts[row.pair, default: Draft(at: row.location)], scale: scale, items: items,
                advice: advice)
            issues += problems.map { ValidationIssue($0, at: row.location) }
        }
        return issues
    }

    private static func read(
        _ row: RatingRow, into draft: inout Draft, scale: RatingScale, items: Set<ItemID>, advice: String
    ) -> [String] {
        draft.saw(row.location)
        var problems: [String] = []
        if !items.contains(row.itemID) {
            problems.append("unknown item '\(row.itemID)'")
        }
        let text = row.value.trimmingWhitespace
        var value: Int?
        if text.utf8.count <= 3, notApplicable.contains(text.uppercased()) {
            value = nil
        } else if let number = Int(text), text.allSatisfy({ $0.isASCII }) {
            if scale.contains(number) {
                value = number
            } else {
                problems.append(
                    "rating '\(row.value)' of item '\(row.itemID)' is outside the scale; \(advice)")
            }
        } else {
            problems.append("rating '\(row.value)' of item '\(row.itemID)' is not a whole number; \(advice)")
        }
        if let first = draft.ratingLocations[row.itemID] {
            problems.append(
                "item '\(row.itemID)' is rated a second time by '\(row.raterID)' for '\(row.rateeID)'; the first rating is at \(first)"
            )
        } else {
            draft.ratingLocations[row.itemID] = row.location
        }
        if problems.isEmpty {
            draft.ratings[row.itemID] = .some(value)
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

extension String {
    /// The string without leading and trailing white space, which
    /// spreadsheets add around numbers.
    fileprivate var trimmingWhitespace: String {
        // Most values are bare: skip the Unicode look-ups for them.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
