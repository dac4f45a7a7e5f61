/// Reliability statistics: Cronbach's alpha and the intraclass correlations
/// of a one-way ANOVA.
public enum Reliability {
    /// Cronbach's alpha = J/(J−1)·(1 − Σ s_j²/s_total²) from item variances
    /// and the variance of the case totals; `nil` when J < 2 or the totals do
    /// not vary.
    public static func cronbachAlpha(itemVariances: [Double], totalVariance: Double) -> Double? {
        let j = Double(itemVariances.count)
        guard itemVariances.count >= 2, totalVariance > 0 else { return nil }
        return j / (j - 1) * (1 - itemVariances.reduce(0, +) / totalVariance)
    }

    /// The mean squares of a one-way ANOVA.
    public struct OneWay: Hashable, Sendable {
        public var observations: Int
        public var groups: Int
        public var msBetween: Double
        public var msWithin: Double

        /// k = N/G, the mean group size.
        public var k: Double { Double(observations) / Double(groups) }
        /// ICC(1) = (MSB − MSW)/(MSB + (k − 1)·MSW): the reliability of one rating.
        public var icc1: Double? {
            let denominator = msBetween + (k - 1) * msWithin
            return denominator > 0 ? (msBetween - msWithin) / denominator : nil
        }
        /// ICC(2) = (MSB − MSW)/MSB: the reliability of a group's mean rating.
        public var icc2: Double? { msBetween > 0 ? (msBetween - msWithin) / msBetween : nil }

        /// The ANOVA of `groups` (each a list of observations); `nil` without
        /// two groups or without any within-group degree of freedom.
        public init?(groups: [[Double]]) {
            var accumulator = OneWayAccumulator()
            for group in groups { accumulator.add(group) }
            guard let result = accumulator.result else { return nil }
            self = result
        }

        init(observations: Int, groups: Int, msBetween: Double, msWithin: Double) {
            self.observations = observations
            self.groups = groups
            self.msBetween = msBetween
            self.msWithin = msWithin
        }
    }
}

/// Builds a one-way ANOVA one group at a time, without keeping the data.
///
/// Within-group sums of squares are exact two-pass sums; the between-group
/// sum uses Σ n_i(m_i − c)² − N(ḡ − c)², shifted by the first group's mean c
/// to keep cancellation negligible.
struct OneWayAccumulator {
    private var observations = 0
    private var groups = 0
    private var shift = 0.0
    private var shiftedSum = 0.0
    private var shiftedSquares = 0.0
    private var within = 0.0

    mutating func add<C: Collection>(_ values: C) where C.Element == Double {
        guard !values.isEmpty else { return }
        let count = Double(values.count)
        let mean = values.reduce(0, +) / count
        if groups == 0 { shift = mean }
        for value in values { within += (value - mean) * (value - mean) }
        observations += values.count
        groups += 1
        shiftedSum += count * (mean - shift)
        shiftedSquares += count * (mean - shift) * (mean - shift)
    }

    var result: Reliability.OneWay? {
        guard groups >= 2, observations > groups else { return nil }
        let n = Double(observations)
        let between = max(0, shiftedSquares - shiftedSum * shiftedSum / n)
        return Reliability.OneWay(
            observations: observations, groups: groups, msBetween: between / Double(groups - 1),
            msWithin: within / Double(observations - groups))
    }
}
