import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct DepartmentTests {
    /// D0 holds P0 and P1, each rated by functional customers from D1.
    /// P0: 4, 4, 5 (mean 13/3); P1: 2, 3, 3 (mean 8/3) from three other
    /// raters: 6 distinct respondents. Department mean: each person equally,
    /// (13/3 + 8/3)/2 = 3.5.
    @Test func scorecardWeighsEachPersonEqually() throws {
        var fixture = Fixture(people: 8, itemDimensions: [0])
        fixture.departmentCount = 2
        fixture.departments = [0, 0, 1, 1, 1, 1, 1, 1]
        fixture.add(.functional, rating: 0, from: 2, [[4], [4], [5]])
        fixture.add(.functional, rating: 1, from: 5, [[2], [3], [3]])
        let scores = fixture.score()
        let department = try #require(scores.departments.first)
        #expect(department.peopleRated == 2)
        guard case .published(let mean, _, let people, let respondents) = department.satisfactionIndex.outcome
        else {
            Issue.record("expected a published index")
            return
        }
        #expect(close(mean, 3.5))
        #expect(people == 2)
        #expect(respondents == 6)
        // D1's six members were asked to fill in one questionnaire each.
        #expect(scores.departments[1].responseRate.outcome == .published(invited: 6, submitted: 6))
        // D0's two members were asked nothing: fewer than 5 raters, withheld.
        #expect(department.responseRate.outcome == .withheld(.belowDepartmentMinimum))
        // Six commenters would be needed... none wrote: nothing withheld, nothing shown.
        #expect(department.comments.isEmpty)
    }

    /// Four respondents only: below the department minimum of 5.
    @Test func departmentMinimum() throws {
        var fixture = Fixture(people: 6, itemDimensions: [0])
        fixture.departmentCount = 2
        fixture.departments = [0, 1, 1, 1, 1, 1]
        fixture.add(.functional, rating: 0, from: 1, [[4], [4], [5], [3]])
        let department = try #require(fixture.score().departments.first)
        #expect(department.satisfactionIndex.outcome == .withheld(.belowDepartmentMinimum))
    }

    /// D0 rates D1 with 5 raters and D2 with 3: the D2 cell is withheld, and
    /// D0's row total would reveal it, so the D1 cell is withheld too.
    @Test func serviceMatrixComplementarySuppression() throws {
        var fixture = Fixture(people: 14, itemDimensions: [0])
        fixture.departmentCount = 3
        fixture.departments = [1, 2] + Array(repeating: 0, count: 7) + Array(repeating: 1, count: 5)
        fixture.add(.functional, rating: 0, from: 2, [[4], [4], [4], [4], [4]])
        fixture.add(.functional, rating: 1, from: 6, [[2], [2], [2]])
        let matrix = fixture.score().serviceMatrix
        let toD1 = try #require(matrix.cells.first { $0.customer == 0 && $0.server == 1 })
        let toD2 = try #require(matrix.cells.first { $0.customer == 0 && $0.server == 2 })
        #expect(toD2.outcome == .withheld(.belowDepartmentMinimum))
        #expect(toD1.outcome == .withheld(.complementarySuppression))
        // Row D0: 7 respondents (rater 6 rates both), mean (5·4 + 3·2)/8.
        let row = try #require(matrix.rowTotals.first { $0.customer == 0 })
        #expect(row.outcome == .published(mean: 26.0 / 8, pairs: 8, respondents: 7))
        // Column D2 has only 3 respondents.
        #expect(matrix.columnTotals.first { $0.server == 2 }?.outcome == .withheld(.belowDepartmentMinimum))
    }

    /// The attack of issue 9: D1's P0 is rated by 6 downstream raters of D0
    /// (published) and P1 by 2 (withheld). A cell of all 8 pairs minus P0's
    /// column would give P1's withheld pair; the cell takes only P0's
    /// published column, so it says nothing P0's report does not.
    @Test func serviceMatrixTakesOnlyPublishedColumns() throws {
        var fixture = Fixture(people: 10, itemDimensions: [0])
        fixture.departmentCount = 2
        fixture.departments = [1, 1] + Array(repeating: 0, count: 8)
        fixture.add(.downstream, rating: 0, from: 2, [[4], [4], [5], [3], [4], [4]])
        fixture.add(.downstream, rating: 1, from: 8, [[1], [1]])
        let scores = fixture.score()
        let column = try #require(scores.person(0)?.group(.downstream)?.overall.statistics)
        #expect(scores.person(1)?.group(.downstream)?.overall.isPublished == false)
        let cell = try #require(scores.serviceMatrix.cells.first { $0.customer == 0 && $0.server == 1 })
        #expect(cell.outcome == .published(mean: column.mean, pairs: 6, respondents: 6))
    }

    /// A column whose raters come from two customer departments enters no
    /// cell (a cell of its D0 part, subtracted from the column, would leave
    /// the D2 rater), only the serving department's total.
    @Test func aColumnOfSeveralCustomerDepartmentsCountsOnlyInTheServersTotal() throws {
        var fixture = Fixture(people: 7, itemDimensions: [0])
        fixture.departmentCount = 3
        fixture.departments = [1, 0, 0, 0, 0, 0, 2]
        fixture.add(.functional, rating: 0, from: 1, [[4], [4], [4], [4], [4], [1]])
        let matrix = fixture.score().serviceMatrix
        #expect(matrix.cells.isEmpty)
        #expect(matrix.rowTotals.isEmpty)
        let total = try #require(matrix.columnTotals.first { $0.server == 1 })
        #expect(total.outcome == .published(mean: 21.0 / 6, pairs: 6, respondents: 6))
    }
}
