import Survey360Core

/// Builds the department × department service matrix with its totals and
/// the suppression that keeps both small cells and their differences hidden.
///
/// A cell needs `departmentMinimum` (5) distinct respondents. In every row
/// and column whose total is published, the respondents of the withheld
/// cells together must be none or at least that minimum, else the smallest
/// published cell of the line is withheld too, until every line holds.
struct ServiceMatrixBuilder {
    let campaign: CompactCampaign
    let pairScores: PairScores
    let policy: ScoringPolicy

    private struct Entry {
        var key: Int
        var rater: Int32
        var score: Double
    }

    private struct Block {
        var row: Int
        var column: Int
        var entries: Range<Int>
        var respondents: Int
        var mean: Double
        var published: Bool
        var reason: WithholdingReason?
    }

    func build() -> ServiceMatrix {
        let width = campaign.departmentCount
        var entries: [Entry] = []
        entries.reserveCapacity(campaign.questionnaireCount)
        for q in 0..<campaign.questionnaireCount
        where campaign.submitted[q] && campaign.groups[q] != .selfRating && !pairScores.overall[q].isNaN {
            let row = Int(campaign.personDepartments[Int(campaign.raters[q])])
            let column = Int(campaign.personDepartments[Int(campaign.ratees[q])])
            guard row >= 0, column >= 0 else { continue }
            entries.append(
                Entry(key: row * width + column, rater: campaign.raters[q], score: pairScores.overall[q]))
        }
        entries.sort { ($0.key, $0.rater) < ($1.key, $1.rater) }

        var blocks: [Block] = []
        var start = 0
        while start < entries.count {
            var end = start
            var sum = 0.0
            var respondents = 0
            while end < entries.count, entries[end].key == entries[start].key {
                sum += entries[end].score
                if end == start || entries[end].rater != entries[end - 1].rater { respondents += 1 }
                end += 1
            }
            let published = respondents >= policy.departmentMinimum
            blocks.append(
                Block(
                    row: entries[start].key / width, column: entries[start].key % width, entries: start..<end,
                    respondents: respondents, mean: sum / Double(end - start), published: published,
                    reason: published ? nil : .belowDepartmentMinimum))
            start = end
        }

        var rows = [[Int]](repeating: [], count: width)
        var columns = [[Int]](repeating: [], count: width)
        for (index, block) in blocks.enumerated() {
            rows[block.row].append(index)
            columns[block.column].append(index)
        }
        var seen = [Int32](repeating: -1, count: campaign.personCount)
        var stamp: Int32 = 0
        func distinctRaters(_ indices: [Int]) -> Int {
            stamp += 1
            var count = 0
            for index in indices {
                for entry in entries[blocks[index].entries] where seen[Int(entry.rater)] != stamp {
                    seen[Int(entry.rater)] = stamp
                    count += 1
                }
            }
            return count
        }
        let rowRespondents = rows.map(distinctRaters)
        let columnRespondents = columns.map(distinctRaters)

        var changed = true
        while changed {
            changed = false
            for (lines, totals) in [(rows, rowRespondents), (columns, columnRespondents)] {
                for (line, cells) in lines.enumerated() where totals[line] >= policy.departmentMinimum {
                    let hidden = distinctRaters(cells.filter { !blocks[$0].published })
                    guard hidden > 0, hidden < policy.departmentMinimum else { continue }
                    let shown = cells.filter { blocks[$0].published }
                    guard
                        let smallest = shown.min(by: {
                            (blocks[$0].respondents, -$0) < (blocks[$1].respondents, -$1)
                        })
                    else { continue }
                    blocks[smallest].published = false
                    blocks[smallest].reason = .complementarySuppression
                    changed = true
                }
            }
        }

        func total(_ cells: [Int], respondents: Int, customer: Int?, server: Int?) -> ServiceMatrix.Cell {
            guard respondents >= policy.departmentMinimum else {
                return .init(customer: customer, server: server, outcome: .withheld(.belowDepartmentMinimum))
            }
            var sum = 0.0
            var pairs = 0
            for index in cells {
                for entry in entries[blocks[index].entries] { sum += entry.score }
                pairs += blocks[index].entries.count
            }
            return .init(
                customer: customer, server: server,
                outcome: .published(mean: sum / Double(pairs), pairs: pairs, respondents: respondents))
        }

        return ServiceMatrix(
            cells: blocks.map { block in
                .init(
                    customer: block.row, server: block.column,
                    outcome: block.published
                        ? .published(
                            mean: block.mean, pairs: block.entries.count, respondents: block.respondents)
                        : .withheld(block.reason ?? .belowDepartmentMinimum))
            },
            rowTotals: rows.indices.filter { !rows[$0].isEmpty }.map {
                total(rows[$0], respondents: rowRespondents[$0], customer: $0, server: nil)
            },
            columnTotals: columns.indices.filter { !columns[$0].isEmpty }.map {
                total(columns[$0], respondents: columnRespondents[$0], customer: nil, server: $0)
            })
    }
}
