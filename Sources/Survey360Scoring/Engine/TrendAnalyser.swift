import Survey360Core

/// Changes since the previous campaign, per person, column and dimension.
///
/// A change is flagged only when |difference| > 1.96·√(SE₁² + SE₂²) and the
/// cell is published in both quarters; otherwise it is "within noise". No
/// change figure at all is given where the raters behind the figure (those
/// whose score for the dimension counts) differ between the quarters by
/// fewer people than the anonymity minimum (1–2 by default): the two means
/// and counts would reveal those people's answers.
struct TrendAnalyser {
    let current: CompactCampaign
    let currentScores: PairScores
    let previous: PreviousQuarter
    let minimum: Int
    /// The current index of each person of the previous campaign; a unique
    /// negative number for people who have left.
    private let translation: [Int]

    init(current: (CompactCampaign, PairScores), previous: PreviousQuarter, policy: ScoringPolicy) {
        (self.current, currentScores) = current
        self.previous = previous
        minimum = GroupPlanner(policy: policy).anonymityMinimum
        var now: [PersonID: Int] = [:]
        now.reserveCapacity(current.0.personCount)
        for (index, id) in current.0.personIDs.enumerated() { now[id] = index }
        translation = previous.campaign.personIDs.enumerated().map { now[$1] ?? -1 - $0 }
    }

    /// Fills `trends` of every person also rated in the previous campaign;
    /// returns the number of change figures published.
    func apply(to people: inout [PersonScores], rated: [Int]) -> Int {
        var published = 0
        for index in people.indices {
            guard let old = previous.index[people[index].personID] else { continue }
            let trends = trendCells(now: people[index], person: rated[index], before: old)
            published += trends.count { if case .change = $0.outcome { true } else { false } }
            people[index].trends = trends
        }
        return published
    }

    private func trendCells(now: PersonScores, person: Int, before: Int) -> [TrendCell] {
        var cells: [TrendCell] = []
        let dimensions = min(current.dimensionCount, previous.campaign.dimensionCount)
        let comparable =
            current.dimensionIDs.prefix(dimensions) == previous.campaign.dimensionIDs.prefix(dimensions)
        let positions: [Int?] = (comparable ? Array(0..<dimensions) : []) + [nil]
        let previousPerson = previous.rated[before]
        for column in now.groups where column.disposition.isShown {
            guard let old = previous.columns[before].first(where: { $0.group == column.group }) else {
                for dimension in positions {
                    cells.append(
                        TrendCell(
                            group: column.group, dimension: dimension,
                            outcome: .withheld(.notPublishedInBothQuarters)))
                }
                continue
            }
            let nowRaters = raters(current, person: person, members: column.members, translate: nil)
            let thenRaters = raters(
                previous.campaign, person: previousPerson, members: old.members, translate: translation)
            for dimension in positions {
                let changed = symmetricDifference(
                    nowRaters.filter { counts(currentScores, $0.questionnaire, dimension) }.map(\.rater),
                    thenRaters.filter { counts(previous.pairScores, $0.questionnaire, dimension) }.map(
                        \.rater))
                let outcome: TrendCell.Outcome
                if changed > 0, changed < minimum {
                    outcome = .withheld(.raterSetChangedByFew)
                } else {
                    let a = old.cells[dimension ?? old.cells.count - 1]
                    let b = column.cell(at: dimension.map(CellPosition.dimension) ?? .overall)
                    outcome = change(from: a, to: b)
                }
                cells.append(TrendCell(group: column.group, dimension: dimension, outcome: outcome))
            }
        }
        return cells
    }

    private func change(from old: ScoreCell, to new: ScoreCell) -> TrendCell.Outcome {
        guard let before = old.statistics, let after = new.statistics else {
            return .withheld(.notPublishedInBothQuarters)
        }
        let difference = after.mean - before.mean
        guard let se1 = before.standardError, let se2 = after.standardError else {
            return .change(
                previous: before.mean, current: after.mean, difference: difference, threshold: nil,
                verdict: .notTestable)
        }
        let threshold = 1.96 * (se1 * se1 + se2 * se2).squareRoot()
        return .change(
            previous: before.mean, current: after.mean, difference: difference, threshold: threshold,
            verdict: abs(difference) > threshold ? .significant : .withinNoise)
    }

    /// The submitted questionnaires of `members` about `person`, with their
    /// raters as current person indices.
    private func raters(
        _ campaign: CompactCampaign, person: Int, members: [RaterGroup], translate: [Int]?
    ) -> [(rater: Int, questionnaire: Int)] {
        campaign.questionnaires(about: person).compactMap { q in
            guard campaign.submitted[q], members.contains(campaign.groups[q]) else { return nil }
            let rater = Int(campaign.raters[q])
            return (translate.map { $0[rater] } ?? rater, q)
        }
    }

    /// Whether questionnaire `q`'s score for `dimension` (or overall) counts.
    private func counts(_ scores: PairScores, _ q: Int, _ dimension: Int?) -> Bool {
        !scores.score(q, dimension: dimension).isNaN
    }

    /// |A △ B| for two short lists of distinct people.
    private func symmetricDifference(_ a: [Int], _ b: [Int]) -> Int {
        let common = a.count { b.contains($0) }
        return a.count + b.count - 2 * common
    }
}
