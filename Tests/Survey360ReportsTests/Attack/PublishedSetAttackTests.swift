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

    /// The service matrix as docs/scoring.md defines it: every submitted
    /// non-self questionnaire with an overall score, by the rater's and the
    /// person rated's departments.
    static func matrixPairs(_ campaign: AttackCampaign) -> PublishedFigures.MatrixPairs {
        { _, quarter, customer, server in
            let pairs = quarter == 0 ? campaign.current : campaign.previous
            return pairs.indices.filter { index in
                let pair = pairs[index]
                return pair.group != .selfRating && campaign.value(pair, at: .overall) != nil
                    && customer.map { campaign.departments[pair.rater] == $0 } ?? true
                    && server.map { campaign.departments[pair.ratee] == $0 } ?? true
            }
        }
    }
}
