import Foundation
import Testing

@testable import Survey360Scoring

@Suite struct StudentTTests {
    /// ν = 1 is the Cauchy distribution: t = tan(π(p − ½)).
    @Test func oneDegreeOfFreedomIsCauchy() {
        let expected = tan(Double.pi * (0.975 - 0.5))  // 12.7062047361747
        #expect(close(StudentT.quantile(0.975, degreesOfFreedom: 1), expected, 1e-11))
    }

    /// ν = 2 has t = (2p − 1)/√(2p(1 − p)): 0.95/√0.04875 = 4.302652729749464.
    @Test func twoDegreesOfFreedomClosedForm() {
        let p = 0.975
        let expected = (2 * p - 1) / (2 * p * (1 - p)).squareRoot()
        #expect(close(StudentT.quantile(p, degreesOfFreedom: 2), expected))
        #expect(close(StudentT.critical95(degreesOfFreedom: 2), 4.302652729749464))
    }

    /// ν = 4: with α = 4p(1 − p) and q = cos(arccos(√α)/3)/√α, t = 2√(q − 1).
    @Test func fourDegreesOfFreedomClosedForm() {
        let p = 0.975
        let alpha = 4 * p * (1 - p)
        let q = cos(acos(alpha.squareRoot()) / 3) / alpha.squareRoot()
        #expect(close(StudentT.quantile(p, degreesOfFreedom: 4), 2 * (q - 1).squareRoot()))
    }

    /// Reference values printed by scipy.stats.t.ppf(0.975, df).
    @Test(arguments: [
        (3.0, 3.1824463052837078), (5, 2.5705818356363146), (10, 2.228138851986274),
        (30, 2.0422724563012378), (100, 1.9839715185235518), (1000, 1.9623390808264083),
    ])
    func matchesScipy(degrees: Double, expected: Double) {
        #expect(close(StudentT.quantile(0.975, degreesOfFreedom: degrees), expected, 1e-12))
    }

    /// The distribution is symmetric: t(1 − p) = −t(p).
    @Test func lowerTailIsTheMirror() {
        #expect(
            close(
                StudentT.quantile(0.025, degreesOfFreedom: 7), -StudentT.quantile(0.975, degreesOfFreedom: 7))
        )
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 3) == 0)
    }
}
