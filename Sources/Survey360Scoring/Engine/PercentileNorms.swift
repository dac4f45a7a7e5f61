import Survey360Core

/// Percentile norms: where each person's "all others" score stands among
/// everyone rated this quarter with a published score.
///
/// percentile = 100·(below + ½·equal)/N, where `equal` includes the person
/// (scipy's `percentileofscore(kind: "mean")`). Scores within 1e-9 of each
/// other count as equal, so that rounding in the last bit of a mean never
/// changes a rank. Withheld below `percentileMinimumPeople` (10) people.
enum PercentileNorms {
    static let tolerance = 1e-9

    /// Fills every person's norms; returns how many were published.
    @discardableResult
    static func apply(
        to people: inout [PersonScores], others: OthersFigures, policy: ScoringPolicy, dimensionCount: Int
    ) -> Int {
        var published = 0
        let positions: [Int?] = Array(0..<dimensionCount) + [nil]
        var norms = [[PercentileNorm]](repeating: [], count: people.count)
        for dimension in positions {
            let scores = people.indices.compactMap { others.cell($0, dimension).statistics?.mean }.sorted()
            for person in people.indices {
                let cell = others.cell(person, dimension)
                let outcome: PercentileNorm.Outcome
                if let mean = cell.statistics?.mean {
                    if scores.count < policy.percentileMinimumPeople {
                        outcome = .withheld(.belowPercentileMinimum)
                    } else {
                        outcome = .published(
                            percentile: rank(of: mean, in: scores), population: scores.count)
                        published += 1
                    }
                } else {
                    outcome = .withheld(cell.withholdingReason ?? .noResponses)
                }
                norms[person].append(PercentileNorm(dimension: dimension, outcome: outcome))
            }
        }
        for person in people.indices { people[person].norms = norms[person] }
        return published
    }

    /// 100·(below + ½·equal)/N over sorted `scores`.
    static func rank(of value: Double, in scores: [Double]) -> Double {
        let below = firstIndex(in: scores) { $0 >= value - tolerance }
        let notAbove = firstIndex(in: scores) { $0 > value + tolerance }
        let equal = notAbove - below
        return 100 * (Double(below) + 0.5 * Double(equal)) / Double(scores.count)
    }

    /// The first index whose element satisfies `predicate` (monotone).
    private static func firstIndex(in scores: [Double], where predicate: (Double) -> Bool) -> Int {
        var low = 0
        var high = scores.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(scores[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
