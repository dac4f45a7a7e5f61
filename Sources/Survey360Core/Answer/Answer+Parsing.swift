extension Answer {
    /// The spellings of "cannot judge", in upper case: `NA` as Survey360
    /// writes it and `N/A` as spreadsheets often do.
    private static let cannotJudgeSpellings: Set<String> = ["NA", "N/A"]

    /// Reads an answer as a person or a program wrote it, in a response file
    /// or a posted form: the one parser of answers, so that a value the
    /// browser accepts is one an import accepts, and the other way round.
    ///
    /// Leading and trailing white space is ignored (spreadsheets add it
    /// around numbers); a score is written in ASCII digits with an optional
    /// sign, and must lie on `scale`.
    ///
    /// - Parameters:
    ///   - text: The value as written.
    ///   - scale: The questionnaire's scale.
    /// - Throws: ``AnswerError`` `notAWholeNumber` or `outsideScale`.
    public init(parsing text: String, on scale: RatingScale) throws(AnswerError) {
        let value = text.trimmingWhitespace
        if value.utf8.count <= 3, Self.cannotJudgeSpellings.contains(value.uppercased()) {
            self = .cannotJudge
            return
        }
        guard value.utf8.allSatisfy({ $0 < 0x80 }), let score = Int(value) else {
            throw AnswerError(.notAWholeNumber, text: text, scale: scale)
        }
        guard scale.contains(score) else { throw AnswerError(.outsideScale, text: text, scale: scale) }
        self = .score(score)
    }
}
