import Survey360Core

/// Builds the department × department service matrix with its totals.
///
/// Every figure of the matrix is a sum of figures the personal reports
/// already publish, so that no subtraction across documents can reveal
/// more than those reports do: a person's column (a rater group, or a merged
/// group) enters the matrix only when its overall cell is published in the
/// person's report, and enters a cell only when every rater of the column
/// belongs to the cell's customer department. A column whose raters come
/// from several customer departments counts only in the serving
/// department's total; "all others" and self never enter (the first
/// overlaps the group columns, the second is not a customer's view).
///
/// A cell or total then needs `departmentMinimum` (5) distinct respondents.
/// In every row and column whose total is published, the respondents of
/// the withheld cells together must be none or at least that minimum, else
/// the smallest published cell of the line is withheld too, until every
/// line holds.
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

    /// - Parameters:
    ///   - people: the personal reports, after every suppression rule.
    ///   - rated: the campaign index of each of `people`.
    func build(people: [PersonScores], rated: [Int]) -> ServiceMatrix {
        let width = campaign.departmentCount
        var entries: [Entry] = []
        entries.reserveCapacity(campaign.questionnaireCount)
        var serverEntries = [[Entry]](repeating: [], count: width)
        for (index, person) in people.enumerated() {
            let column = Int(campaign.personDepartments[rated[index]])
            guard column >= 0 else { continue }
            for group in person.groups
            where group.disposition.isShown && group.overall.isPublished && group.group != .allOthers
                && group.group != .selfRating
            {
                let pairs = campaign.questionnaires(about: rated[index]).filter {
                    campaign.submitted[$0] && group.members.contains(campaign.groups[$0])
                        && !pairScores.overall[$0].isNaN
                }
                // The one customer department of every rater of the column, if there is one.
                let departments = pairs.map { Int(campaign.personDepartments[Int(campaign.raters[$0])]) }
                let row = departments.allSatisfy { $0 == departments.first } ? departments.first ?? -1 : -1
                for q in pairs {
                    let entry = Entry(key: column, rater: campaign.raters[q], score: pairScores.overall[q])
                    serverEntries[column].append(entry)
                    if row >= 0 {
                        entries.append(Entry(key: row * width + column, rater: entry.rater, score: entry.score))
                    }
                }
            }
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
        let columnRespondents = serverEntries.map { line in
            stamp += 1
            var count = 0
            for entry in line where seen[Int(entry.rater)] != stamp {
                seen[Int(entry.rater)] = stamp
                count += 1
            }
            return count
        }

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

        func total(_ line: [Entry], respondents: Int, customer: Int?, server: Int?) -> ServiceMatrix.Cell {
            guard respondents >= policy.departmentMinimum else {
                return .init(customer: customer, server: server, outcome: .withheld(.belowDepartmentMinimum))
            }
            let sum = line.reduce(0.0) { $0 + $1.score }
            let pairs = line.count
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
            rowTotals: rows.indices.filter { !rows[$0].isEmpty }.map { row in
                total(
                    rows[row].flatMap { entries[blocks[$0].entries] }, respondents: rowRespondents[row],
                    customer: row, server: nil)
            },
            columnTotals: serverEntries.indices.filter { !serverEntries[$0].isEmpty }.map {
                total(serverEntries[$0], respondents: columnRespondents[$0], customer: nil, server: $0)
            })
    }
}
