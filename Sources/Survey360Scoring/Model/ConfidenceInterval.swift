/// A two-sided 95% confidence interval, mean ± t(0.975, df)·SE.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    public var lower: Double
    public var upper: Double
    /// The t quantile used, so that the interval can be re-derived.
    public var criticalValue: Double
    public var degreesOfFreedom: Int
}
