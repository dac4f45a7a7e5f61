import Testing

@testable import Survey360Scoring

@Suite struct StatisticsTests {
    /// On 1–5, σ²_EU = (25 − 1)/12 = 2.
    @Test func agreementAgainstUniformNull() {
        let index = AgreementIndex(scalePoints: 5)
        #expect(index.expectedVariance == 2)
        // Ratings 4, 5, 3: S² = 1, rwg = 1 − 1/2 = 0.5.
        #expect(close(index.rwg(variance: 1), 0.5))
        // More spread than random answers: truncated to 0.
        #expect(index.rwg(variance: 2.5) == 0)
        // rwg(j) with J = 3 and s̄² = 1: 3·0.5/(3·0.5 + 0.5) = 0.75.
        #expect(close(index.rwgJ(meanItemVariance: 1, itemCount: 3), 0.75))
        #expect(index.rwgJ(meanItemVariance: 3, itemCount: 3) == 0)
    }

    /// Three items over four complete cases:
    /// item 1: 1 2 3 4 (s² = 5/3), item 2: 2 2 3 5 (mean 3, s² = (1+1+0+4)/3 = 2),
    /// item 3: 1 3 3 5 (mean 3, s² = (4+0+0+4)/3 = 8/3); totals 4 7 9 14
    /// (mean 8.5, s² = (20.25+2.25+0.25+30.25)/3 = 53/3).
    /// alpha = 3/2·(1 − (5/3 + 2 + 8/3)/(53/3)) = 1.5·(1 − 19/53) = 1.5·34/53 = 51/53.
    @Test func cronbachAlpha() {
        let alpha = Reliability.cronbachAlpha(itemVariances: [5.0 / 3, 2, 8.0 / 3], totalVariance: 53.0 / 3)
        #expect(close(alpha, 51.0 / 53))
        #expect(Reliability.cronbachAlpha(itemVariances: [1], totalVariance: 1) == nil)
    }

    /// Groups [1, 2, 3] and [3, 4, 5]: means 2 and 4, grand mean 3.
    /// SSB = 3·1 + 3·1 = 6, MSB = 6/1; SSW = 2 + 2 = 4, MSW = 4/4 = 1; k = 3.
    /// ICC(1) = (6 − 1)/(6 + 2·1) = 0.625; ICC(2) = 5/6.
    @Test func intraclassCorrelations() throws {
        let anova = try #require(Reliability.OneWay(groups: [[1, 2, 3], [3, 4, 5]]))
        #expect(close(anova.msBetween, 6))
        #expect(close(anova.msWithin, 1))
        #expect(close(anova.icc1, 0.625))
        #expect(close(anova.icc2, 5.0 / 6))
        // Unequal groups [1, 3] and [4]: grand 8/3; SSB = 2(2 − 8/3)² + (4 − 8/3)² = 8/9 + 16/9 = 8/3;
        // SSW = 2, MSW = 2/1; k = 1.5; ICC(1) = (8/3 − 2)/(8/3 + 0.5·2) = (2/3)/(11/3) = 2/11.
        let unequal = try #require(Reliability.OneWay(groups: [[1, 3], [4]]))
        #expect(close(unequal.icc1, 2.0 / 11))
        #expect(Reliability.OneWay(groups: [[1], [2]]) == nil)
    }

    /// Scores 1…10 with the person at 4 and another 4: below 3, equal 2
    /// (the person included), N = 11: 100·(3 + 1)/11.
    @Test func percentileRank() {
        let scores = [1.0, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10]
        #expect(close(PercentileNorms.rank(of: 4, in: scores), 400.0 / 11))
        #expect(close(PercentileNorms.rank(of: 10, in: scores), 100 * 10.5 / 11))
    }
}
