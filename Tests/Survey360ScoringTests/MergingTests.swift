import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct MergingTests {
    /// Upstream 2 + downstream 2 → "process" (4); functional 1 + subordinate 2
    /// → "other internal customers" (3). Neither small group is shown alone.
    @Test func smallGroupsAreMerged() throws {
        var fixture = Fixture(people: 12, itemDimensions: [0])
        fixture.add(1, rates: 0, as: .superior, [5])
        fixture.add(.upstream, rating: 0, from: 2, [[2], [3]])
        fixture.add(.downstream, rating: 0, from: 4, [[4], [5]])
        fixture.add(.functional, rating: 0, from: 6, [[1]])
        fixture.add(.subordinate, rating: 0, from: 7, [[2], [3]])
        let person = try #require(fixture.score().person(0))

        let process = try #require(person.group(.process))
        #expect(process.disposition == .shown)
        #expect(process.members == [.downstream, .upstream])
        #expect(process.overall.published.count == 4)
        #expect(close(process.overall.published.mean, 3.5))  // (2 + 3 + 4 + 5)/4
        #expect(person.group(.upstream)?.disposition == .mergedInto(.process))
        #expect(person.group(.upstream)?.overall.withholdingReason == .mergedIntoProcess)
        #expect(person.group(.downstream)?.cell(at: .item(0)).withholdingReason == .mergedIntoProcess)

        let other = try #require(person.group(.otherInternalCustomers))
        #expect(other.members == [.subordinate, .functional])
        #expect(close(other.overall.published.mean, 2))  // (1 + 2 + 3)/3
        #expect(person.group(.functional)?.disposition == .mergedInto(.otherInternalCustomers))
        #expect(person.group(.subordinate)?.overall.withholdingReason == .mergedIntoOtherInternalCustomers)

        // All others: 5, 2, 3, 4, 5, 1, 2, 3 → 25/8; covered by superior 1 + process 4 + other 3.
        let others = try #require(person.group(.allOthers))
        #expect(others.overall.published.count == 8)
        #expect(close(others.overall.published.mean, 25.0 / 8))
        #expect(person.group(.superior)?.overall.published.isIdentifiable == true)
    }

    /// A pool still below the minimum is suppressed, and then the total would
    /// reveal it: superior 1 + subordinates 3 shown, functional 1 hidden,
    /// all others 5 → 1 rater uncovered. Withholding the superior would leave
    /// 2 uncovered, so the subordinates' cell goes (3 + 1 ≥ 3).
    @Test func complementarySuppression() throws {
        var fixture = Fixture(people: 6, itemDimensions: [0])
        fixture.add(1, rates: 0, as: .superior, [5])
        fixture.add(.subordinate, rating: 0, from: 2, [[2], [3], [4]])
        fixture.add(.functional, rating: 0, from: 5, [[1]])
        let person = try #require(fixture.score().person(0))
        #expect(person.group(.functional)?.disposition == .suppressed(.belowMinimumAfterMerging))
        #expect(person.group(.otherInternalCustomers) == nil)
        #expect(person.group(.subordinate)?.disposition == .shown)
        #expect(person.group(.subordinate)?.overall.withholdingReason == .complementarySuppression)
        #expect(person.group(.subordinate)?.items[0].withholdingReason == .complementarySuppression)
        #expect(person.group(.superior)?.overall.isPublished == true)
        #expect(close(person.group(.allOthers)?.overall.statistics?.mean, 3))  // (5 + 2 + 3 + 4 + 1)/5
    }

    /// With 2 uncovered raters, withholding the superior (1) would close the
    /// gap by count, but the superior knows their own ratings: subtracting
    /// them from "all others" minus the subordinates would still leave the 2
    /// functional raters. The subordinates' cell is withheld instead.
    @Test func complementarySuppressionNeverCountsTheSuperior() throws {
        var fixture = Fixture(people: 7, itemDimensions: [0])
        fixture.add(1, rates: 0, as: .superior, [5])
        fixture.add(.subordinate, rating: 0, from: 2, [[2], [3], [4]])
        fixture.add(.functional, rating: 0, from: 5, [[1], [2]])
        let person = try #require(fixture.score().person(0))
        #expect(person.group(.superior)?.overall.isPublished == true)
        #expect(person.group(.subordinate)?.overall.withholdingReason == .complementarySuppression)
        #expect(close(person.group(.allOthers)?.overall.statistics?.mean, 17.0 / 6))
    }

    /// "All others" of the superior and 2 subordinates has n = 3, but the
    /// superior subtracts their own ratings and learns the mean of the two:
    /// withheld, whether or not the superior's column is shown.
    @Test func allOthersNeedsThreeRatersBesidesTheSuperior() throws {
        var fixture = Fixture(people: 4, itemDimensions: [0])
        fixture.add(1, rates: 0, as: .superior, [5])
        fixture.add(.subordinate, rating: 0, from: 2, [[2], [3]])
        let person = try #require(fixture.score().person(0))
        #expect(person.group(.allOthers)?.overall.withholdingReason == .tooFewUnidentifiableRaters)
        #expect(person.group(.superior)?.overall.isPublished == true)
    }

    /// No responses at all: listed, withheld with its reason.
    @Test func groupWithoutResponses() throws {
        var fixture = Fixture(people: 5, itemDimensions: [0])
        fixture.add(.subordinate, rating: 0, from: 1, [[4], [4], [4]])
        fixture.add(4, rates: 0, as: .superior, nil)
        let person = try #require(fixture.score().person(0))
        #expect(person.group(.superior)?.disposition == .suppressed(.noResponses))
        #expect(
            person.participation.first { $0.group == .superior }
                == Participation(group: .superior, invited: 1, responded: 0))
        #expect(person.participation.first { $0.group == .subordinate }?.responded == 3)
    }

    /// Balanced index: superior 5 and subordinates 3, 4, 5 (mean 4, S² = 1):
    /// mean (5 + 4)/2 = 4.5; pooled s² = 2·1/2 = 1; SE = 1·√(1/1 + 1/3)/2 = √(4/3)/2;
    /// df = 2, n = 4.
    @Test func balancedIndex() throws {
        var fixture = Fixture(people: 5, itemDimensions: [0])
        fixture.policy.othersWeighting = .balanced
        fixture.add(1, rates: 0, as: .superior, [5])
        fixture.add(.subordinate, rating: 0, from: 2, [[3], [4], [5]])
        let others = try #require(fixture.score().person(0)?.group(.allOthers)).overall.published
        #expect(close(others.mean, 4.5))
        #expect(others.count == 4)
        #expect(close(others.standardError, (4.0 / 3).squareRoot() / 2))
        #expect(others.confidenceInterval?.degreesOfFreedom == 2)
        #expect(others.agreement == nil)
    }
}
