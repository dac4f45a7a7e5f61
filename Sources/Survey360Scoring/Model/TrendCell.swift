/// The change of one group's dimension (or overall) score since the
/// previous campaign.
///
/// Quarter-to-quarter moves of a handful of raters are mostly noise: a
/// change is flagged only when it exceeds 1.96·√(SE₁² + SE₂²).
public struct TrendCell: Hashable, Sendable, Codable {
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// |difference| > 1.96·√(SE₁² + SE₂²).
        case significant
        /// Within what sampling noise explains.
        case withinNoise = "within-noise"
        /// A single rating has no standard error: no test is possible.
        case notTestable = "not-testable"
    }

    public enum Outcome: Hashable, Sendable, Codable {
        case change(
            previous: Double, current: Double, difference: Double, threshold: Double?, verdict: Verdict)
        case withheld(WithholdingReason)
    }

    public var group: ReportGroup
    /// A dimension index, or `nil` for the overall score.
    public var dimension: Int?
    public var outcome: Outcome
}
