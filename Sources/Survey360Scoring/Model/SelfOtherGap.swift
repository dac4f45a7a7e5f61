/// Self minus "all others" for one dimension or overall, and what it means.
public struct SelfOtherGap: Hashable, Sendable, Codable {
    public enum Finding: String, Hashable, Sendable, Codable {
        /// Self at least the threshold above others and above their upper 95% limit.
        case blindSpot = "blind-spot"
        /// Self at least the threshold below others and below their lower 95% limit.
        case hiddenStrength = "hidden-strength"
        /// Neither: the gap is within what the raters' spread allows.
        case none
        /// Fewer other raters than the minimum for a finding (3 by default).
        case tooFewOthers = "too-few-others"
    }

    /// A dimension index, or `nil` for the overall score.
    public var dimension: Int?
    public var selfScore: Double
    public var othersScore: Double
    /// selfScore − othersScore.
    public var gap: Double
    public var finding: Finding
}
