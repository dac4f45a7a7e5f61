import Survey360Core

/// Organisation analytics: Cronbach's alpha per dimension, ICC(1) and
/// ICC(2) per rater group, and rater-centred (z-score) views.
///
/// Alpha uses every submitted questionnaire of a non-self rater as one case
/// of the population's rater × item matrix, complete cases only. ICCs take
/// the pair scores of one rater group with the people rated as the ANOVA's
/// groups. Rater-centred views use only raters who rated at least
/// `raterCentredMinimumRatees` (5) people and whose scores vary, and are
/// published for a person only with at least the anonymity minimum of such
/// raters.
struct AnalyticsScorer {
    let campaign: CompactCampaign
    let pairScores: PairScores
    let policy: ScoringPolicy

    func analyse() -> CampaignAnalytics {
        let centred = raterCentred()
        return CampaignAnalytics(
            alphas: (0..<campaign.dimensionCount).map(alpha),
            intraclassCorrelations: intraclassCorrelations(),
            eligibleRaters: centred.eligible, raterCentred: centred.scores)
    }

    private func isCase(_ q: Int) -> Bool { campaign.submitted[q] && campaign.groups[q] != .selfRating }

    private func alpha(_ dimension: Int) -> CampaignAnalytics.Alpha {
        let items = campaign.dimensionItems[dimension]
        var sums = [Int](repeating: 0, count: items.count)
        var squares = sums
        var totalSum = 0
        var totalSquares = 0
        var cases = 0
        for q in 0..<campaign.questionnaireCount where isCase(q) {
            var total = 0
            var complete = true
            for item in items {
                let value = campaign.rating(q, item)
                if value == CompactCampaign.noAnswer {
                    complete = false
                    break
                }
                total += Int(value)
            }
            guard complete else { continue }
            cases += 1
            for (slot, item) in items.enumerated() {
                let value = Int(campaign.rating(q, item))
                sums[slot] += value
                squares[slot] += value * value
            }
            totalSum += total
            totalSquares += total * total
        }
        var value: Double?
        if cases >= 2 {
            let variances = items.indices.map {
                SampleMoments(count: cases, sum: sums[$0], sumOfSquares: squares[$0]).variance!
            }
            let total = SampleMoments(count: cases, sum: totalSum, sumOfSquares: totalSquares).variance!
            value = Reliability.cronbachAlpha(itemVariances: variances, totalVariance: total)
        }
        return .init(dimension: dimension, alpha: value, completeCases: cases, itemCount: items.count)
    }

    private func intraclassCorrelations() -> [CampaignAnalytics.IntraclassCorrelation] {
        let positions: [Int?] = [nil] + Array(0..<campaign.dimensionCount)
        let groupCount = RaterGroup.allCases.count
        var accumulators = [OneWayAccumulator](repeating: .init(), count: groupCount * positions.count)
        var counts = [(observations: Int, people: Int)](repeating: (0, 0), count: accumulators.count)
        var values: [Double] = []
        for person in 0..<campaign.personCount {
            let run = campaign.questionnaires(about: person)
            var start = run.lowerBound
            while start < run.upperBound {
                let group = campaign.groups[start]
                var end = start
                while end < run.upperBound, campaign.groups[end] == group { end += 1 }
                for (slot, dimension) in positions.enumerated() {
                    values.removeAll(keepingCapacity: true)
                    for q in start..<end where campaign.submitted[q] {
                        let score = pairScores.score(q, dimension: dimension)
                        if !score.isNaN { values.append(score) }
                    }
                    guard !values.isEmpty else { continue }
                    let key = group.precedence * positions.count + slot
                    accumulators[key].add(values)
                    counts[key].observations += values.count
                    counts[key].people += 1
                }
                start = end
            }
        }
        var result: [CampaignAnalytics.IntraclassCorrelation] = []
        for group in RaterGroup.allCases {
            for (slot, dimension) in positions.enumerated() {
                let key = group.precedence * positions.count + slot
                let (observations, people) = counts[key]
                guard observations > 0 else { continue }
                let anova = accumulators[key].result
                result.append(
                    .init(
                        group: group, dimension: dimension, observations: observations, peopleRated: people,
                        meanGroupSize: Double(observations) / Double(people), msBetween: anova?.msBetween,
                        msWithin: anova?.msWithin, icc1: anova?.icc1, icc2: anova?.icc2))
            }
        }
        return result
    }

    private func raterCentred() -> (eligible: Int, scores: [CampaignAnalytics.RaterCentredScore]) {
        var byRater = [[Double]](repeating: [], count: campaign.personCount)
        for q in 0..<campaign.questionnaireCount where isCase(q) && !pairScores.overall[q].isNaN {
            byRater[Int(campaign.raters[q])].append(pairScores.overall[q])
        }
        var means = [Double](repeating: .nan, count: campaign.personCount)
        var deviations = means
        var eligible = 0
        for rater in 0..<campaign.personCount where byRater[rater].count >= policy.raterCentredMinimumRatees {
            let moments = SampleMoments(byRater[rater])
            guard let variance = moments.variance, variance > 0 else { continue }
            means[rater] = moments.mean
            deviations[rater] = variance.squareRoot()
            eligible += 1
        }
        byRater = []
        let minimum = GroupPlanner(policy: policy).anonymityMinimum
        var scores: [CampaignAnalytics.RaterCentredScore] = []
        for person in 0..<campaign.personCount {
            let run = campaign.questionnaires(about: person)
            guard !run.isEmpty else { continue }
            var sum = 0.0
            var raters = 0
            for q in run where isCase(q) && !pairScores.overall[q].isNaN {
                let rater = Int(campaign.raters[q])
                guard !means[rater].isNaN else { continue }
                sum += (pairScores.overall[q] - means[rater]) / deviations[rater]
                raters += 1
            }
            scores.append(
                .init(
                    personID: campaign.personIDs[person],
                    outcome: raters >= minimum
                        ? .published(meanZ: sum / Double(raters), raters: raters) : .withheld(.tooFewRaters)))
        }
        return (eligible, scores)
    }
}
