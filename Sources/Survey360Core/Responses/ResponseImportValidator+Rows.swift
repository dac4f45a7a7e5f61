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

    /// The spellings of "cannot judge".
    static let notApplicable: Set<String> = ["NA", "N/A"]

    static func readRatings(
        _ rows: [RatingRow], scale: RatingScale, items: Set<ItemID>, into drafts: inout [RaterPair: Draft]
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let advice = "write \(scale.minimum) to \(scale.maximum), or 'NA' for cannot judge"
        for row in rows.sorted(by: { $0.location < $1.location }) {
            var draft = drafts[row.pair] ?? Draft(at: row.location)
            draft.saw(row.location)
            var problems: [String] = []
            if !items.contains(row.itemID) {
                problems.append("unknown item '\(row.itemID)'")
            }
            let text = row.value.trimmingWhitespace
            var value: Int?
            if notApplicable.contains(text.uppercased()) {
                value = nil
            } else if let number = Int(text), text.allSatisfy({ $0.isASCII }) {
                if scale.contains(number) {
                    value = number
                } else {
                    problems.append(
                        "rating '\(row.value)' of item '\(row.itemID)' is outside the scale; \(advice)")
                }
            } else {
                problems.append(
                    "rating '\(row.value)' of item '\(row.itemID)' is not a whole number; \(advice)")
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
                issues += problems.map { ValidationIssue($0, at: row.location) }
            }
            drafts[row.pair] = draft
        }
        return issues
    }

    static func readComments(
        _ rows: [CommentRow], questions: Set<QuestionID>, into drafts: inout [RaterPair: Draft]
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for row in rows.sorted(by: { $0.location < $1.location }) {
            var draft = drafts[row.pair] ?? Draft(at: row.location)
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
                issues += problems.map { ValidationIssue($0, at: row.location) }
            } else if !row.text.trimmingWhitespace.isEmpty {
                draft.comments[row.questionID] = row.text
            }
            drafts[row.pair] = draft
        }
        return issues
    }
}

extension String {
    /// The string without leading and trailing white space, which
    /// spreadsheets add around numbers.
    fileprivate var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
