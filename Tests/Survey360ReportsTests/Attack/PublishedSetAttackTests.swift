import Foundation
import Survey360Core
import Survey360Reports
import Testing

/// The attacker of issue 9: over many random campaigns of two quarters,
/// every figure of every XML document (personal reports, department
/// scorecards, the organisation summary with the service matrix, trends,
/// gaps, top and bottom items) is read back and attacked with the answers
/// of self and superior known. No combination of published figures may
/// isolate one or two raters' answers, and none may re-derive a figure a
/// personal report withholds.
@Suite struct PublishedSetAttackTests {
    static let cases: [UInt64] = Array(1...48)

    @Test func noCombinationOfPublishedFiguresIsolatesFewRaters() throws {
        var findings: [String] = []
        var mismatches: [String] = []
        for seed in Self.cases {
            let campaign = AttackCampaign(seed: seed)
            let (current, previous) = campaign.contexts()
            var figures = PublishedFigures(campaign: campaign, matrixPairs: Self.matrixPairs(campaign))
            try figures.read(current, quarter: 0)
            try figures.read(previous, quarter: 1)
            try figures.readTrends(current)
            mismatches += figures.mismatches.map { "case \(seed): \($0)" }
            findings += DifferencingAttacker(figures: figures).findings().map { "case \(seed): \($0)" }
        }
        let isolations = findings.count { $0.contains("isolated") }
        print(
            "attacker: \(Self.cases.count) campaigns, \(isolations) isolations, \(findings.count - isolations) re-derivations"
        )
        #expect(mismatches.isEmpty, "\(mismatches.count) figures differ from the answers: \(mismatches.prefix(10))")
        #expect(findings.isEmpty, "\(findings.count) leaks: \(findings.prefix(20))")
    }

    /// The service matrix as docs/scoring.md defines it: each person's
    /// group columns whose overall figure the person's report publishes, in a
    /// cell only when every rater of the column is in the cell's customer
    /// department, and every such column in its serving department's total.
    static func matrixPairs(_ campaign: AttackCampaign) -> PublishedFigures.MatrixPairs {
        { figures, quarter, customer, server in
            let pairs = figures.pairs(quarter)
            var chosen: [Int] = []
            for (ratee, columns) in figures.publishedColumns[quarter] ?? [:]
            where server.map({ campaign.departments[ratee] == $0 }) ?? true {
                for members in columns {
                    let column = pairs.indices.filter {
                        pairs[$0].ratee == ratee && members.contains(pairs[$0].group)
                            && campaign.value(pairs[$0], at: .overall) != nil
                    }
                    let departments = Set(column.map { campaign.departments[pairs[$0].rater] })
                    if let customer, departments != [customer] { continue }
                    chosen += column
                }
            }
            return chosen
        }
    }
}
