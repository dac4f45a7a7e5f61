import Foundation

/// The regularized incomplete beta function I_x(a, b), the building block of
/// the Student t distribution.
///
/// Evaluated with the continued fraction of Numerical Recipes (modified
/// Lentz), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) so that the
/// fraction always converges quickly. Accurate to about 1e-15.
enum IncompleteBeta {
    /// I_x(a, b) for 0 <= x <= 1 and a, b > 0.
    static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let normalising: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logFront: Double = normalising + a * log(x) + b * log1p(-x)
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// The density of the beta distribution at `x`: the derivative of
    /// I_x(a, b) with respect to x, for Newton steps.
    static func density(_ x: Double, a: Double, b: Double) -> Double {
        let normalising: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let powers: Double = (a - 1) * log(x) + (b - 1) * log1p(-x)
        return exp(normalising + powers)
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...1000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}
