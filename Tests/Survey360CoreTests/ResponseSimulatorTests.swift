import Testing

@testable import Survey360Core

@Suite struct ResponseSimulatorTests {
    /// Seven dimensions of three items, and the two open questions.
    static let questionnaire: Questionnaire = {
        let dimensions = (1...7).map {
            Dimension(id: DimensionID("D\($0)"), title: LocalizedText([.english: "D\($0)"]))
        }
        let items = dimensions.flatMap { dimension in
            (1...3).map {
                QuestionnaireItem(
                    id: ItemID("\(dimension.id)-\($0)"), dimensionID: dimension.id,
                    wording: LocalizedText([.english: "item"]))
            }
        }
        return Questionnaire(
            id: "default", version: "1", title: LocalizedText([.english: "Survey"]), dimensions: dimensions,
            items: items,
            openQuestions: [
                OpenQuestion(id: "KEEP", prompt: LocalizedText([.english: "Keep doing"])),
                OpenQuestion(id: "CHANGE", prompt: LocalizedText([.english: "Change"])),
            ])
    }()

    /// 1,000 people rated, each by themself, a superior and eight others.
    static let assignments: [Assignment] = (0..<1_000).flatMap { ratee in
        let id = PersonID("P\(ratee)")
        let others: [RaterGroup] = [
            .subordinate, .subordinate, .downstream, .downstream, .upstream, .upstream, .functional,
            .functional,
        ]
        return [
            Assignment(rater: id, ratee: id, group: .selfRating),
            Assignment(rater: PersonID("P\((ratee + 1) % 1_000)"), ratee: id, group: .superior),
        ]
            + others.enumerated().map { offset, group in
                Assignment(rater: PersonID("P\((ratee + 7 * offset + 3) % 1_000)"), ratee: id, group: group)
            }
    }

    static let languages: [PersonID: SurveyLanguage] = Dictionary(
        uniqueKeysWithValues: (0..<1_000).map { (PersonID("P\($0)"), SurveyLanguage.allCases[$0 % 3]) })

    func simulator(seed: UInt64 = 2026) -> ResponseSimulator {
        ResponseSimulator(questionnaire: Self.questionnaire, seed: seed, languages: Self.languages)
    }

    @Test func theSameSeedGivesTheSameAnswersInAnyOrder() {
        let forward = Array(simulator().responses(for: Self.assignments))
        let backward = Array(simulator().responses(for: Self.assignments.reversed()))
        #expect(forward == backward.reversed())
        #expect(forward != Array(simulator(seed: 2027).responses(for: Self.assignments)))
        #expect(forward.allSatisfy { $0.isSubmitted })
    }

    @Test func batchesHoldTheSameResponsesAsTheStream() {
        let batches = Array(simulator().batches(for: Self.assignments, size: 1_000))
        #expect(batches.dropLast().allSatisfy { $0.count == 1_000 })
        #expect(batches.flatMap { $0 } == Array(simulator().responses(for: Self.assignments)))
    }

    @Test func answersLookLikeRealRatings() throws {
        let responses = Array(simulator().responses(for: Self.assignments))
        let rate = Double(responses.count) / Double(Self.assignments.count)
        #expect((0.83...0.87).contains(rate))

        let answers = responses.flatMap { $0.ratings.values }
        #expect(answers.count == responses.count * 21)
        let cannotJudge = Double(answers.count { $0 == .cannotJudge }) / Double(answers.count)
        #expect((0.045...0.055).contains(cannotJudge))
        let values = answers.compactMap(\.score)
        #expect(values.allSatisfy { (1...5).contains($0) })
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        #expect((3.4...4.1).contains(mean))
        #expect(Set(values) == [1, 2, 3, 4, 5] || Set(values) == [2, 3, 4, 5])

        let groups = Dictionary(uniqueKeysWithValues: Self.assignments.map { ($0.pair, $0.group) })
        func groupMean(_ group: RaterGroup) -> Double {
            let values = responses.filter { groups[$0.pair] == group }.flatMap {
                $0.ratings.values.compactMap(\.score)
            }
            return Double(values.reduce(0, +)) / Double(values.count)
        }
        #expect(groupMean(.selfRating) - groupMean(.functional) > 0.1)

        // People differ: the spread of people's means is well above what
        // noise alone would give with ~180 ratings each.
        let byRatee = Dictionary(grouping: responses, by: \.rateeID).mapValues { responses in
            let values = responses.flatMap { $0.ratings.values.compactMap(\.score) }
            return Double(values.reduce(0, +)) / Double(values.count)
        }
        let overall = byRatee.values.reduce(0, +) / Double(byRatee.count)
        let spread =
            (byRatee.values.reduce(0) { $0 + ($1 - overall) * ($1 - overall) } / Double(byRatee.count - 1))
            .squareRoot()
        #expect(spread > 0.3)
    }

    @Test func commentsAreInTheRatersLanguageAndMatchTheQuestion() {
        let responses = Array(simulator().responses(for: Self.assignments))
        let commented = responses.reduce(0) { $0 + $1.comments.count }
        let share = Double(commented) / Double(responses.count * 2)
        #expect((0.27...0.33).contains(share))
        for response in responses {
            let language = Self.languages[response.raterID]!
            let banks = ResponseSimulator.phrases(in: language)
            if let keep = response.comments["KEEP"] { #expect(banks.contains { $0.keep.contains(keep) }) }
            if let change = response.comments["CHANGE"] {
                #expect(banks.contains { $0.change.contains(change) })
            }
        }
    }

    @Test func otherScalesAreRespected() {
        var sevenPoint = Self.questionnaire
        sevenPoint.scale = RatingScale(minimum: 0, maximum: 6)
        let simulator = ResponseSimulator(questionnaire: sevenPoint, seed: 1, cannotJudgeShare: 0)
        let values = simulator.responses(for: Self.assignments).flatMap {
            $0.ratings.values.compactMap(\.score)
        }
        #expect(values.allSatisfy { (0...6).contains($0) })
        let responders = Array(simulator.responses(for: Self.assignments)).count
        #expect(values.count == responders * 21)
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        #expect((3.6...4.6).contains(mean))
    }

    /// A phrase bank per dimension, two phrases of each kind, in all three
    /// languages, and the two Chinese banks are different scripts.
    @Test func phraseBanksAreComplete() {
        for language in SurveyLanguage.allCases {
            let banks = ResponseSimulator.phrases(in: language)
            #expect(banks.count == 7)
            #expect(banks.allSatisfy { $0.keep.count == 2 && $0.change.count == 2 })
        }
        #expect(ResponseSimulator.phrases(in: .simplifiedChinese)[3].change[0] == "需求经常在最后一刻才提出")
        #expect(ResponseSimulator.phrases(in: .traditionalChinese)[3].change[0] == "需求經常在最後一刻才提出")
    }
}
