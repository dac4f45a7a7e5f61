import Survey360Core
import Testing

@testable import Survey360Scoring

/// Department and service-matrix confidentiality on random organisations,
/// with respondents counted from the input.
@Suite struct DepartmentPropertyTests {
    @Test(arguments: Array(UInt64(1)...200))
    func departmentRulesHold(seed: UInt64) throws {
        let fixture = RandomCampaign(seed: seed).fixture
        let scores = fixture.score()
        let policy = fixture.policy
        let departments = fixture.departments ?? []

        // (customer, server) → raters with a countable overall score.
        var raters: [[Int]: Set<Int>] = [:]
        for line in fixture.lines
        where line.group != .selfRating && fixture.counts(line.ratings, dimension: nil) {
            raters[[departments[line.rater], departments[line.ratee]], default: []].insert(line.rater)
        }

        var withheld: [[Int]] = []
        for cell in scores.serviceMatrix.cells {
            let key = [cell.customer!, cell.server!]
            let expected = raters[key]?.count ?? 0
            switch cell.outcome {
            case .published(_, _, let respondents):
                #expect(respondents == expected, "case \(seed)")
                #expect(respondents >= policy.departmentMinimum, "case \(seed)")
            case .withheld:
                withheld.append(key)
            }
        }
        for total in scores.serviceMatrix.rowTotals + scores.serviceMatrix.columnTotals {
            guard case .published = total.outcome else { continue }
            let hidden = withheld.filter { key in
                if let customer = total.customer { return key[0] == customer }
                return key[1] == total.server!
            }
            let people = hidden.reduce(into: Set<Int>()) { $0.formUnion(raters[$1] ?? []) }
            #expect(
                people.isEmpty || people.count >= policy.departmentMinimum,
                "case \(seed): a total reveals \(people.count) respondents")
        }

        for department in scores.departments {
            for figure in department.dimensions + [department.satisfactionIndex] {
                if case .published(_, _, _, let respondents) = figure.outcome {
                    #expect(respondents >= policy.departmentMinimum, "case \(seed)")
                }
            }
            if !department.comments.isEmpty {
                let index = Int(department.departmentID.rawValue.dropFirst())!
                let commenters = Set(
                    fixture.lines.filter {
                        $0.ratings != nil && $0.group != .selfRating && $0.comment != nil
                            && departments[$0.ratee] == index
                    }.map(\.rater))
                #expect(commenters.count >= policy.departmentCommentMinimum, "case \(seed)")
            }
        }
    }
}
