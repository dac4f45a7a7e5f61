/// The figures of a published cell.
///
/// n counts raters with a valid answer ("cannot judge" excluded); SD is the
/// sample SD (n − 1); SE = SD/√n (for a balanced index, the SE of a mean of
/// group means); the interval is t-based because n is small.
public struct CellStatistics: Hashable, Sendable, Codable {
    public var count: Int
    public var mean: Double
    /// `nil` when fewer than two raters answered.
    public var standardDeviation: Double?
    public var standardError: Double?
    public var confidenceInterval: ConfidenceInterval?
    /// rwg for an item, rwg(j) for a dimension or overall; `nil` below n = 2.
    public var agreement: Agreement?
    /// A single rater is identifiable (self, superior): raters were told.
    public var isIdentifiable: Bool

    public init(
        count: Int, mean: Double, standardDeviation: Double?, standardError: Double?,
        confidenceInterval: ConfidenceInterval?, agreement: Agreement?, isIdentifiable: Bool
    ) {
        self.count = count
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.standardError = standardError
        self.confidenceInterval = confidenceInterval
        self.agreement = agreement
        self.isIdentifiable = isIdentifiable
    }
}
