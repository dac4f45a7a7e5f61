import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct FindingsTests {
    func scores(self selfRating: Int, others: [Int], policy: ScoringPolicy = ScoringPolicy()) -> PersonScores? {
        var fixture = Fixture(people: others.count + 1, itemDimensions: [0])
        fixture.policy = policy
        fixture.add(0, rates: 0, as: .selfRating, [selfRating])
        fixture.add(.subordinate, rating: 0, from: 1, others.map { [$0] })
        return fixture.score().person(0)
    }

    /// Others 3, 3, 3, 4: mean 3.25, S² = 0.25, SE = 0.25, upper 3.25 + 3.1824·0.25 = 4.046;
    /// self 5: gap 1.75 and above the upper limit → blind spot.
    @Test func blindSpot() throws {
        let person = try #require(scores(self: 5, others: [3, 3, 3, 4]))
        let gap = try #require(person.gaps.first)
        #expect(close(gap.gap, 1.75))
        #expect(gap.finding == .blindSpot)
    }

    /// Self 1 against the same others: gap −2.25, below the lower limit 2.454 → hidden strength.
    @Test func hiddenStrength() throws {
        let person = try #require(scores(self: 1, others: [3, 3, 3, 4]))
        #expect(person.gaps.first?.finding == .hiddenStrength)
    }

    /// Others 1, 3, 5, 3: mean 3, S² = 8/3, SE = √(8/3)/2 = 0.8165, upper 3 + 3.1824·0.8165 = 5.598;
    /// self 5 is 2 above but within the interval: no finding.
    @Test func wideIntervalMeansNoFinding() throws {
        let person = try #require(scores(self: 5, others: [1, 3, 5, 3]))
        #expect(person.gaps.first?.finding == SelfOtherGap.Finding.none)
    }

    @Test func findingsNeedEnoughOtherRaters() throws {
        var policy = ScoringPolicy()
        policy.blindSpotMinimumOthers = 5
        let person = try #require(scores(self: 5, others: [3, 3, 3, 4], policy: policy))
        #expect(person.gaps.first?.finding == .tooFewOthers)
    }

    /// Ten people rated 1…10 by three raters each (all giving the same
    /// rating, person k gets k/2 rounded… here exactly ratings 1–5 twice):
    /// person means 1,1,2,2,3,3,4,4,5,5 → person with 3: below 4, equal 2: 100·5/10 = 50.
    @Test func percentileNorms() throws {
        var fixture = Fixture(people: 40, itemDimensions: [0])
        for person in 0..<10 {
            let value = person / 2 + 1
            fixture.add(.functional, rating: person, from: 10 + 3 * person, [[value], [value], [value]])
        }
        let scores = fixture.score()
        let norm = try #require(scores.person(4)?.norms.first { $0.dimension == 0 })
        #expect(norm.outcome == .published(percentile: 50, population: 10))
        #expect(scores.person(0)?.norms.first?.outcome == .published(percentile: 10, population: 10))

        var small = fixture
        small.policy.percentileMinimumPeople = 11
        #expect(small.score().person(4)?.norms.first?.outcome == .withheld(.belowPercentileMinimum))
    }
}
