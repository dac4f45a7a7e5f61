import Survey360Core
import Testing

@testable import Survey360Scoring

/// Confidentiality rules checked on a few hundred random organisations and
/// response patterns, against counts taken from the input, not from the
/// scorer.
@Suite struct ConfidentialityPropertyTests {
    static let cases = Array(UInt64(1)...300)

    @Test(arguments: cases)
    func rulesHold(seed: UInt64) throws {
        var generator = RandomCampaign(seed: seed)
        let fixture = generator.fixture
        var input = fixture.input
        let previous = generator.previousQuarter()
        input.previous = previous.input
        let scores = CampaignScorer().score(input)
        let previousScores = CampaignScorer().score(previous.input)
        let policy = fixture.policy
        let itemCount = fixture.itemDimensions.count

        for person in scores.people {
            let ratee = Int(person.personID.rawValue.dropFirst())!
            let lines = fixture.lines.filter { $0.ratee == ratee && $0.ratings != nil }
            func validRaters(_ groups: [RaterGroup], item: Int) -> Int {
                lines.filter { groups.contains($0.group) && $0.ratings![item] != nil }.count
            }

            #expect(person.group(.allOthers)?.members.contains(.selfRating) != true, "case \(seed)")
            for column in person.groups {
                let minimum: Int =
                    column.group.raterGroup.map { policy.minimum(for: $0) } ?? 3
                for item in 0..<itemCount {
                    let cell = column.cell(at: .item(item))
                    guard let statistics = cell.statistics else { continue }
                    #expect(column.disposition.isShown, "case \(seed): a published cell in a hidden column")
                    #expect(statistics.count >= minimum, "case \(seed): \(column.group) item \(item)")
                    if policy.othersWeighting == .respondentWeighted || column.group != .allOthers {
                        #expect(statistics.count == validRaters(column.members, item: item), "case \(seed)")
                    }
                }
                for position in [CellPosition.overall] + (0..<itemCount).map(CellPosition.item) {
                    if let count = column.cell(at: position).statistics?.count {
                        #expect(count >= minimum, "case \(seed)")
                    }
                }
            }

            // A merged group is never also shown on its own.
            for group in RaterGroup.allCases {
                let showing = person.groups.filter {
                    $0.group != .allOthers && $0.disposition.isShown && $0.members.contains(group)
                }
                #expect(showing.count <= 1, "case \(seed): \(group) shown twice")
                if case .mergedInto(let target)? = person.group(ReportGroup(group))?.disposition {
                    #expect(person.group(target)?.disposition == .shown, "case \(seed)")
                    #expect(person.group(target)?.members.contains(group) == true, "case \(seed)")
                }
            }

            // Differencing: raters not covered by shown groups are 0 or >= 3.
            if policy.othersWeighting == .respondentWeighted, let total = person.group(.allOthers) {
                let positions =
                    [CellPosition.overall] + (0..<itemCount).map(CellPosition.item)
                    + (0...(fixture.itemDimensions.max() ?? 0)).map(CellPosition.dimension)
                for position in positions {
                    guard let totalCount = total.cell(at: position).statistics?.count else { continue }
                    let covered = person.groups.filter {
                        $0.group != .allOthers && $0.group != .selfRating && $0.disposition.isShown
                    }.compactMap { $0.cell(at: position).statistics?.count }.reduce(0, +)
                    let uncovered = totalCount - covered
                    #expect(
                        uncovered == 0 || uncovered >= 3,
                        "case \(seed): \(uncovered) uncovered at \(position)")
                }
                if let count = total.cell(at: .item(0)).statistics?.count {
                    #expect(count == validRaters(RaterGroup.others, item: 0), "case \(seed)")
                }
            }

            // Comment labels name only groups of at least 3 raters (superior and self excepted).
            for comment in person.comments {
                guard let label = comment.group, label != .superior, label != .selfRating else { continue }
                #expect((person.group(label)?.respondents ?? 0) >= policy.commentLabelMinimum, "case \(seed)")
            }

            // Trends: no change figure when the raters behind it differ by 1 or 2 people.
            for trend in person.trends {
                guard case .change = trend.outcome, let column = person.group(trend.group),
                    let old = previousScores.people.first(where: { $0.personID == person.personID })?
                        .group(trend.group)
                else { continue }
                func raters(_ fixture: Fixture, _ members: [RaterGroup]) -> Set<Int> {
                    Set(
                        fixture.lines.filter {
                            $0.ratee == ratee && members.contains($0.group)
                                && fixture.counts($0.ratings, dimension: trend.dimension)
                        }.map(\.rater))
                }
                let change = raters(fixture, column.members).symmetricDifference(
                    raters(previous, old.members)
                ).count
                #expect(change == 0 || change >= 3, "case \(seed): trend with \(change) rater changes")
            }
        }
    }
}
