import Survey360Core
import Testing

@testable import Survey360Scoring

/// Hand-computed figures of a person rated by three subordinates on three
/// items (I1, I2 in dimension D1; I3 in D2):
///
///     rater  I1 I2 I3   D1    D2   overall
///     P1      4  4  2   4     2    3
///     P2      5  3  3   4     3    3.5
///     P3      3  2  4   2.5   4    3.25
@Suite struct CellStatisticsTests {
    let t2 = 4.302652729749464  // t(0.975, 2) = 0.95/√0.04875
    let scores: CampaignScores

    init() {
        var fixture = Fixture(people: 4, itemDimensions: [0, 0, 1])
        fixture.add(.subordinate, rating: 0, from: 1, [[4, 4, 2], [5, 3, 3], [3, 2, 4]])
        fixture.add(0, rates: 0, as: .selfRating, [5, 5, 5])
        scores = fixture.score()
    }

    /// I1 = 4, 5, 3: mean 4, SD 1, SE 1/√3, CI 4 ± t·SE, rwg = 1 − 1/2 = 0.5.
    @Test func itemCell() throws {
        let column = try #require(scores.person(0)?.group(.subordinate))
        let cell = column.items[0].published
        #expect(cell.count == 3)
        #expect(close(cell.mean, 4))
        #expect(close(cell.standardDeviation, 1))
        #expect(close(cell.standardError, 1 / 3.0.squareRoot()))
        #expect(close(cell.confidenceInterval?.lower, 4 - t2 / 3.0.squareRoot()))
        #expect(close(cell.confidenceInterval?.upper, 4 + t2 / 3.0.squareRoot()))
        #expect(cell.confidenceInterval?.degreesOfFreedom == 2)
        #expect(cell.agreement?.kind == .rwg)
        #expect(close(cell.agreement?.value, 0.5))
        #expect(cell.agreement?.isLow == false)
        #expect(cell.isIdentifiable == false)
    }

    /// D1 = 4, 4, 2.5: mean 3.5, S² = (0.25 + 0.25 + 1)/2 = 0.75, SE = √0.75/√3 = 0.5.
    /// rwg(j): item variances of I1 and I2 are 1 and 1, s̄² = 1, J = 2:
    /// 2·(1 − 0.5)/(2·0.5 + 0.5) = 2/3.
    @Test func dimensionCell() throws {
        let column = try #require(scores.person(0)?.group(.subordinate))
        let cell = column.dimensions[0].published
        #expect(close(cell.mean, 3.5))
        #expect(close(cell.standardDeviation, 0.75.squareRoot()))
        #expect(close(cell.standardError, 0.5))
        #expect(close(cell.confidenceInterval?.upper, 3.5 + t2 * 0.5))
        #expect(cell.agreement?.kind == .rwgJ)
        #expect(cell.agreement?.itemCount == 2)
        #expect(close(cell.agreement?.value, 2.0 / 3))
        // D2 has one item (variance 1): rwg(j) with J = 1 is rwg = 0.5, flagged low? 0.5 is not < 0.5.
        #expect(close(column.dimensions[1].published.agreement?.value, 0.5))
        #expect(column.dimensions[1].published.agreement?.isLow == false)
    }

    /// Overall = 3, 3.5, 3.25: mean 3.25, S² = (0.0625 + 0.0625)/2, SD 0.25.
    /// rwg(j) over all three items (each variance 1), J = 3: 0.75.
    @Test func overallCell() throws {
        let column = try #require(scores.person(0)?.group(.subordinate))
        let cell = column.overall.published
        #expect(close(cell.mean, 3.25))
        #expect(close(cell.standardDeviation, 0.25))
        #expect(close(cell.agreement?.value, 0.75))
        #expect(cell.agreement?.itemCount == 3)
    }

    /// "All others" here are the same three raters; self is never among them.
    @Test func allOthersExcludesSelf() throws {
        let person = try #require(scores.person(0))
        let others = try #require(person.group(.allOthers))
        #expect(others.members == [.subordinate])
        #expect(close(others.overall.published.mean, 3.25))
        let selfColumn = try #require(person.group(.selfRating))
        #expect(selfColumn.overall.published.count == 1)
        #expect(selfColumn.overall.published.standardDeviation == nil)
        #expect(selfColumn.overall.published.confidenceInterval == nil)
        #expect(selfColumn.overall.published.agreement == nil)
        #expect(selfColumn.isIdentifiable)
    }

    /// Self 5 against D2's 3 ± 4.3027·0.5774 (upper 5.484): gap 2 but self is
    /// inside the interval, so no blind spot.
    @Test func gapWithinInterval() throws {
        let person = try #require(scores.person(0))
        let gap = try #require(person.gaps.first { $0.dimension == 1 })
        #expect(close(gap.gap, 2))
        #expect(gap.finding == .none)
        #expect(person.gaps.last?.dimension == nil)
        #expect(close(person.gaps.last?.gap, 5 - 3.25))
    }

    /// Top items by "all others" mean: I1 (4) then I2 and I3 (3, questionnaire
    /// order on a tie); with three items and N = 3 the bottom list is empty.
    @Test func topAndBottomItems() throws {
        let person = try #require(scores.person(0))
        #expect(person.topItems.map(\.item) == [0, 1, 2])
        #expect(person.bottomItems.isEmpty)
    }
}
