/// Realistic answers for demos, end-to-end tests and benchmarks, the same
/// for the same seed.
///
/// Each answer is built from the parts that 360 research finds in real
/// ratings, so that the scores, agreement and suppression in a demo report
/// behave as they would with real data:
/// - a *true level* per person rated (most people are rated a little above
///   the scale's middle), with a *variation per dimension*, so that people
///   have strengths and weaknesses;
/// - a *leniency* per rater, the same for everyone the rater rates;
/// - a *group effect*: self-ratings run higher than others' ratings;
/// - *noise* per item; the sum is rounded and clamped to the scale;
/// - "cannot judge" for about 5% of items, non-response for about 15% of
///   questionnaires, and short comments in the rater's language about the
///   rater's best (keep doing) or worst (change) rated dimension.
///
/// Every random draw is derived from the seed and the ids involved, never
/// from the order of the assignments: a response is the same whether it is
/// simulated alone, in a stream of 1.2 million, or in another process.
///
/// ```swift
/// let simulator = ResponseSimulator(questionnaire: questionnaire, organisation: organisation, seed: 7)
/// for batch in simulator.batches(for: plan.assignments, size: 10_000) {
///     try store.save(batch)
/// }
/// ```
public struct ResponseSimulator: Sendable {
    /// The questionnaire answered; fixed at creation, because the item
    /// layout below is worked out from it once rather than per response.
    public let questionnaire: Questionnaire
    /// For each item, in questionnaire order, its dimension's position.
    let itemDimensions: [Int]
    public var seed: UInt64
    /// The share of questionnaires answered at all.
    public var responseRate: Double
    /// The share of items answered "cannot judge".
    public var cannotJudgeShare: Double
    /// The share of open questions a responder answers.
    public var commentShare: Double
    /// The language of raters without one of their own.
    public var language: SurveyLanguage
    /// Each rater's language, as the directory gives it.
    public var languages: [PersonID: SurveyLanguage]

    public init(
        questionnaire: Questionnaire, seed: UInt64, responseRate: Double = 0.85,
        cannotJudgeShare: Double = 0.05, commentShare: Double = 0.3,
        language: SurveyLanguage = .simplifiedChinese, languages: [PersonID: SurveyLanguage] = [:]
    ) {
        self.questionnaire = questionnaire
        let positions = Dictionary(
            questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        // An item of an unknown dimension (a template error caught
        // elsewhere) shares the last slot, which no dimension uses.
        itemDimensions = questionnaire.items.map {
            positions[$0.dimensionID] ?? questionnaire.dimensions.count
        }
        self.seed = seed
        self.responseRate = responseRate
        self.cannotJudgeShare = cannotJudgeShare
        self.commentShare = commentShare
        self.language = language
        self.languages = languages
    }

    /// A simulator whose raters write in their directory language.
    public init(
        questionnaire: Questionnaire, organisation: Organisation, seed: UInt64, responseRate: Double = 0.85,
        language: SurveyLanguage = .simplifiedChinese
    ) {
        var languages: [PersonID: SurveyLanguage] = [:]
        for person in organisation.people {
            if let own = person.language { languages[person.id] = own }
        }
        self.init(
            questionnaire: questionnaire, seed: seed, responseRate: responseRate, language: language,
            languages: languages)
    }

    /// The submitted response of `assignment`, or `nil` when this rater
    /// does not answer this questionnaire.
    public func response(for assignment: Assignment) -> Response? {
        let rater = SplitMix64.fingerprint(assignment.raterID.rawValue)
        let ratee = SplitMix64.fingerprint(assignment.rateeID.rawValue)
        var random = SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(rater ^ SplitMix64.mix(ratee))))
        guard random.nextUnit() < responseRate else { return nil }

        let scale = questionnaire.scale
        let span = Double(scale.maximum - scale.minimum)
        var person = SplitMix64(seed: SplitMix64.mix(seed ^ 0x7261_7465_6500 ^ ratee))
        let level = Double(scale.minimum) + span * (0.68 + 0.12 * person.nextGaussian())
        var raterDraws = SplitMix64(seed: SplitMix64.mix(seed ^ 0x7261_7465_7200 ^ rater))
        let leniency = span * 0.09 * raterDraws.nextGaussian()
        let base = level + leniency + span * Self.groupEffect(assignment.group)

        let dimensionCount = questionnaire.dimensions.count
        var offsets = [Double](repeating: 0, count: dimensionCount + 1)
        for position in 0..<dimensionCount { offsets[position] = span * 0.08 * person.nextGaussian() }
        var ratings: [ItemID: Answer] = [:]
        ratings.reserveCapacity(questionnaire.items.count)
        var totals = [Int](repeating: 0, count: dimensionCount + 1)
        var counts = [Int](repeating: 0, count: dimensionCount + 1)
        for (item, dimension) in zip(questionnaire.items, itemDimensions) {
            let noise = span * 0.15 * random.nextGaussian()
            if random.nextUnit() < cannotJudgeShare {
                ratings[item.id] = .cannotJudge
                continue
            }
            let value = min(
                scale.maximum, max(scale.minimum, Int((base + offsets[dimension] + noise).rounded())))
            ratings[item.id] = .score(value)
            totals[dimension] += value
            counts[dimension] += 1
        }
        let comments = comments(
            random: &random, totals: totals, counts: counts,
            language: languages[assignment.raterID] ?? language)
        return Response(
            rater: assignment.raterID, ratee: assignment.rateeID, ratings: ratings, comments: comments,
            isSubmitted: true)
    }

    /// How far a group's ratings sit from others', as a share of the scale:
    /// self-ratings about a quarter point higher on 1–5, superiors a little
    /// stricter.
    static func groupEffect(_ group: RaterGroup) -> Double {
        switch group {
        case .selfRating: 0.06
        case .superior: -0.03
        case .subordinate, .downstream, .upstream, .functional: 0
        }
    }
}
