import Survey360Core
import Testing

@testable import Survey360Scoring

/// Four subordinates rate P0 on one item in two quarters.
@Suite struct TrendTests {
    func trend(now: [Int], then: [Int], previousRaters: [Int] = [1, 2, 3, 4]) -> TrendCell? {
        var current = Fixture(people: 6, itemDimensions: [0])
        for (offset, value) in now.enumerated() {
            current.add(1 + offset, rates: 0, as: .subordinate, [value])
        }
        var previous = Fixture(people: 6, itemDimensions: [0])
        for (rater, value) in zip(previousRaters, then) {
            previous.add(rater, rates: 0, as: .subordinate, [value])
        }
        var input = current.input
        input.previous = previous.input
        let scores = CampaignScorer().score(input)
        return scores.person(0)?.trends.first { $0.group == .subordinate && $0.dimension == 0 }
    }

    /// Now 5, 5, 4, 4 (mean 4.5, S² = 1/3, SE = √(1/3)/2); then 2, 2, 3, 3 (2.5, same SE).
    /// Threshold 1.96·√(2·(1/12)) = 0.80017; difference 2 → significant.
    @Test func significantChange() throws {
        let cell = try #require(trend(now: [5, 5, 4, 4], then: [2, 2, 3, 3]))
        let threshold = 1.96 * (2.0 / 12).squareRoot()
        guard case .change(let previous, let current, let difference, let limit, let verdict) = cell.outcome
        else {
            Issue.record("expected a change figure")
            return
        }
        #expect(close(previous, 2.5))
        #expect(close(current, 4.5))
        #expect(close(difference, 2))
        #expect(close(limit, threshold))
        #expect(verdict == .significant)
    }

    /// Then 4, 5, 4, 5: same mean 4.5, difference 0 → within noise.
    @Test func withinNoise() throws {
        let cell = try #require(trend(now: [5, 5, 4, 4], then: [4, 5, 4, 5]))
        guard case .change(_, _, let difference, _, let verdict) = cell.outcome else {
            Issue.record("expected a change figure")
            return
        }
        #expect(close(difference, 0))
        #expect(verdict == .withinNoise)
    }

    /// One rater left and another joined (P4 ↔ P5): the raters differ by 2,
    /// so no change figure at all.
    @Test func raterSetChangedByFew() throws {
        let cell = try #require(trend(now: [5, 5, 4, 4], then: [2, 2, 3, 3], previousRaters: [1, 2, 3, 5]))
        #expect(cell.outcome == .withheld(.raterSetChangedByFew))
    }

    /// Entirely new raters (3 or more changes) may be compared.
    @Test func newRatersMayBeCompared() throws {
        var current = Fixture(people: 9, itemDimensions: [0])
        current.add(.subordinate, rating: 0, from: 1, [[5], [5], [4], [4]])
        var previous = Fixture(people: 9, itemDimensions: [0])
        previous.add(.subordinate, rating: 0, from: 5, [[2], [2], [3], [3]])
        var input = current.input
        input.previous = previous.input
        let cell = CampaignScorer().score(input).person(0)?.trends.first {
            $0.dimension == 0 && $0.group == .subordinate
        }
        guard case .change(_, _, _, _, .significant)? = cell?.outcome else {
            Issue.record("expected a significant change")
            return
        }
    }
}
