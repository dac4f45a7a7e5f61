import Foundation

/// Quantiles of Student's t distribution, for confidence intervals on the
/// small groups (3–8 raters) typical of a 360 survey, where the normal
/// approximation would make intervals too narrow.
///
/// ```swift
/// StudentT.quantile(0.975, degreesOfFreedom: 2)  // 4.302652729749…
/// ```
public enum StudentT {
    /// The `p` quantile of t with `degreesOfFreedom` (> 0) degrees of freedom.
    ///
    /// Solved by inverting the regularized incomplete beta function with a
    /// bracketed Newton iteration: the upper tail beyond t is
    /// ½·I_x(ν/2, ½) with x = ν/(ν+t²). Agrees with scipy's `t.ppf` to 1e-12.
    public static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
        precondition(p > 0 && p < 1 && degreesOfFreedom > 0)
        if p == 0.5 { return 0 }
        let tail = p > 0.5 ? 1 - p : p
        let nu = degreesOfFreedom
        // Solve I_x(ν/2, ½) = 2·tail for x in (0, 1); I is increasing in x.
        let target = 2 * tail
        let a = nu / 2
        let b = 0.5
        var low = 0.0
        var high = 1.0
        var x = 0.5
        for _ in 0..<200 {
            let value = IncompleteBeta.regularized(x, a: a, b: b) - target
            if value == 0 { break }
            if value < 0 { low = x } else { high = x }
            let slope = IncompleteBeta.density(x, a: a, b: b)
            var next = x - value / slope
            if !(next > low && next < high) || !next.isFinite { next = (low + high) / 2 }
            if abs(next - x) <= 1e-17 * max(x, 1e-300) || high - low <= 1e-300 {
                x = next
                break
            }
            x = next
        }
        let t = (nu * (1 - x) / x).squareRoot()
        return p > 0.5 ? t : -t
    }

    /// The two-sided 95% critical value t(0.975, df), cached for the small
    /// degrees of freedom that nearly every cell has.
    public static func critical95(degreesOfFreedom df: Int) -> Double {
        precondition(df > 0)
        if df < cache.count { return cache[df] }
        return quantile(0.975, degreesOfFreedom: Double(df))
    }

    private static let cache: [Double] = (0..<256).map {
        $0 == 0 ? .nan : quantile(0.975, degreesOfFreedom: Double($0))
    }
}
