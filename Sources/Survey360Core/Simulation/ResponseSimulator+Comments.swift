extension ResponseSimulator {
    /// Comments for a response: each open question is answered with
    /// probability `commentShare`.
    ///
    /// Questions in even positions (the first: "what should they keep
    /// doing?") get praise for the rater's best-rated dimension; questions in
    /// odd positions ("what should they change?") a suggestion about the
    /// worst-rated one, so that comments agree with the ratings beside them.
    /// Dimensions are matched to the phrase banks by position, in the order
    /// of the seven service dimensions of the default questionnaire.
    func comments(
        random: inout SplitMix64, totals: [Int], counts: [Int], language: SurveyLanguage
    ) -> [QuestionID: String] {
        guard !questionnaire.openQuestions.isEmpty else { return [:] }
        var ranked: [(position: Int, mean: Double)] = []
        for position in questionnaire.dimensions.indices where counts[position] > 0 {
            ranked.append((position, Double(totals[position]) / Double(counts[position])))
        }
        guard let best = ranked.max(by: { $0.mean < $1.mean }),
            let worst = ranked.min(by: { $0.mean < $1.mean })
        else { return [:] }
        let banks = Self.phrases(in: language)
        var comments: [QuestionID: String] = [:]
        for (position, question) in questionnaire.openQuestions.enumerated() {
            guard random.nextUnit() < commentShare else { continue }
            let praise = position % 2 == 0
            let bank = banks[(praise ? best.position : worst.position) % banks.count]
            let options = praise ? bank.keep : bank.change
            comments[question.id] = options[random.next(below: options.count)]
        }
        return comments
    }
}
