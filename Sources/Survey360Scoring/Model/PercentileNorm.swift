/// Where a person's "all others" score stands among everyone rated this
/// quarter: 100·(below + ½·equal)/N.
public struct PercentileNorm: Hashable, Sendable, Codable {
    public enum Outcome: Hashable, Sendable, Codable {
        /// The percentile rank and N, the people with a published score.
        case published(percentile: Double, population: Int)
        case withheld(WithholdingReason)
    }

    /// A dimension index, or `nil` for the overall score.
    public var dimension: Int?
    public var outcome: Outcome
}
