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

        // (customer, server) → raters with a countable overall score in a
        // column the person's report publishes, whose raters all belong to
        // the customer department (docs/scoring.md, "The whole published set").
        var raters: [[Int]: Set<Int>] = [:]
        for person in scores.people {
            let ratee = Int(person.personID.rawValue.dropFirst())!
            for column in person.groups
            where column.disposition.isShown && column.overall.isPublished && column.group != .allOthers
                && column.group != .selfRating
            {
                let lines = fixture.lines.filter {
                    $0.ratee == ratee && column.members.contains($0.group)
                        && fixture.counts($0.ratings, dimension: nil)
                }
                let customers = Set(lines.map { departments[$0.rater] })
                guard customers.count == 1, let customer = customers.first else { continue }
                raters[[customer, departments[ratee]], default: []].formUnion(lines.map(\.rater))
            }
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
        for total in scores.serviceMatrix.rowTotals {
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
