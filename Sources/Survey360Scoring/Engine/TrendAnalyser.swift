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
    let previous: CompactCampaign
    let currentScores: PairScores
    let previousScores: PairScores
    let policy: ScoringPolicy
    let minimum: Int

    init(
        current: (CompactCampaign, PairScores), previous: (CompactCampaign, PairScores), policy: ScoringPolicy
    ) {
        (self.current, currentScores) = current
        (self.previous, previousScores) = previous
        self.policy = policy
        minimum = GroupPlanner(policy: policy).anonymityMinimum
    }

    /// Fills `trends` of every person also rated in the previous campaign;
    /// returns the number of change figures published.
    func apply(
        to people: inout [PersonScores], rated: [Int], previousPeople: [PersonScores], previousRated: [Int]
    ) -> Int {
        var before: [PersonID: Int] = [:]
        for (index, person) in previousPeople.enumerated() { before[person.personID] = index }
        var published = 0
        for index in people.indices {
            guard let old = before[people[index].personID] else { continue }
            let trends = trendCells(
                now: people[index], person: rated[index], then: previousPeople[old],
                previousPerson: previousRated[old])
            published += trends.filter { if case .change = $0.outcome { true } else { false } }.count
            people[index].trends = trends
        }
        return published
    }

    private func trendCells(
        now: PersonScores, person: Int, then: PersonScores, previousPerson: Int
    ) -> [TrendCell] {
        var cells: [TrendCell] = []
        let dimensions = min(current.dimensionCount, previous.dimensionCount)
        let sameDimensions =
            current.dimensionIDs.prefix(dimensions) == previous.dimensionIDs.prefix(dimensions)
        for column in now.groups where column.disposition.isShown {
            let positions: [Int?] = (sameDimensions ? Array(0..<dimensions) : []) + [nil]
            guard let old = then.group(column.group), old.disposition.isShown else {
                for dimension in positions {
                    cells.append(
                        TrendCell(
                            group: column.group, dimension: dimension,
                            outcome: .withheld(.notPublishedInBothQuarters)))
                }
                continue
            }
            for dimension in positions {
                let changed = raters(
                    current, currentScores, person: person, members: column.members, dimension
                )
                .symmetricDifference(
                    raters(previous, previousScores, person: previousPerson, members: old.members, dimension)
                ).count
                let outcome: TrendCell.Outcome
                if changed > 0, changed < minimum {
                    outcome = .withheld(.raterSetChangedByFew)
                } else {
                    let a = old.cell(at: dimension.map(CellPosition.dimension) ?? .overall)
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

    /// The people behind a figure: raters in `members` about `person` whose
    /// score for `dimension` (or overall) counts.
    private func raters(
        _ campaign: CompactCampaign, _ scores: PairScores, person: Int, members: [RaterGroup],
        _ dimension: Int?
    ) -> Set<PersonID> {
        var result: Set<PersonID> = []
        for q in campaign.questionnaires(about: person)
        where campaign.submitted[q] && members.contains(campaign.groups[q]) {
            let score = dimension.map { scores.dimension(q, $0) } ?? scores.overall[q]
            guard !score.isNaN else { continue }
            result.insert(campaign.personIDs[Int(campaign.raters[q])])
        }
        return result
    }
}
