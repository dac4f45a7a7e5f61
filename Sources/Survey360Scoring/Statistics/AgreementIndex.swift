/// James, Demaree and Wolf's within-group agreement indices against a
/// uniform ("equally likely") null distribution.
public struct AgreementIndex: Sendable {
    /// σ²_EU = (A² − 1)/12 for A scale points: 2.0 on a 1–5 scale.
    public let expectedVariance: Double

    public init(scalePoints: Int) {
        expectedVariance = Double(scalePoints * scalePoints - 1) / 12
    }

    /// rwg = 1 − S²/σ²_EU, set to 0 when the raters disagree more than
    /// random answers would (S² > σ²_EU).
    public func rwg(variance: Double) -> Double {
        variance > expectedVariance ? 0 : 1 - variance / expectedVariance
    }

    /// rwg(j) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²) for J items with
    /// mean item variance s̄², set to 0 when s̄² > σ²_EU (where the formula
    /// would leave [0, 1]).
    public func rwgJ(meanItemVariance: Double, itemCount: Int) -> Double {
        let ratio = meanItemVariance / expectedVariance
        if ratio > 1 { return 0 }
        let j = Double(itemCount)
        return j * (1 - ratio) / (j * (1 - ratio) + ratio)
    }
}
