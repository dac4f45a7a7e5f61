import Survey360Core
import Testing

@testable import Survey360Scoring

/// What reports and auditors rely on: stable reason codes and texts, and a
/// result that does not depend on the order the input arrived in.
@Suite struct ReportContractTests {
    @Test func reasonCodesAndTextsArePinned() {
        #expect(WithholdingReason.tooFewRaters.code == "too-few-raters")
        #expect(
            WithholdingReason.tooFewRaters.text
                == "Fewer raters than the group's minimum gave a valid answer here ('cannot judge' lowers the count)"
        )
        #expect(WithholdingReason.complementarySuppression.code == "complementary-suppression")
        #expect(
            WithholdingReason.complementarySuppression.text
                == "Withheld so that a smaller group cannot be derived from the total and the groups shown")
        #expect(WithholdingReason.raterSetChangedByFew.code == "rater-set-changed-by-few")
        #expect(
            WithholdingReason.mergedIntoProcess.text
                == "Fewer raters than the group's minimum: shown together with the other process stage as 'process customers'"
        )
        // Codes are unique, and no text ends with a period.
        #expect(Set(WithholdingReason.allCases.map(\.code)).count == WithholdingReason.allCases.count)
        #expect(WithholdingReason.allCases.allSatisfy { !$0.text.hasSuffix(".") })
    }

    /// Submission order must not show anywhere: shuffling the assignments and
    /// responses gives identical scores, comments included.
    @Test(arguments: [UInt64(3), 17, 29])
    func scoresDoNotDependOnInputOrder(seed: UInt64) {
        let generator = RandomCampaign(seed: seed)
        let input = generator.fixture.input
        var shuffled = input
        var random = SplitMix64(seed: seed &+ 1)
        shuffled.assignments.shuffle(using: &random)
        shuffled.responses.shuffle(using: &random)
        let first = CampaignScorer().score(input)
        #expect(first == CampaignScorer().score(shuffled))
        #expect(first == CampaignScorer().score(input))
    }

    /// Twenty million cells in a 100,000-person campaign: the cell's size is
    /// what keeps the benchmark under 1 GiB.
    @Test func cellsStayCompact() {
        #expect(MemoryLayout<ScoreCell>.stride == 40)
    }

    /// Every rule a report must state is listed with its parameters.
    @Test func appliedRulesEchoThePolicy() {
        var fixture = Fixture(people: 5, itemDimensions: [0])
        fixture.policy.lowAgreementThreshold = 0.6
        fixture.add(.subordinate, rating: 0, from: 1, [[4], [4], [4]])
        let scores = fixture.score()
        #expect(scores.policy.lowAgreementThreshold == 0.6)
        let agreement = scores.appliedRules.first { $0.code == "agreement" }
        #expect(agreement?.text.contains("(A² − 1)/12 = 2.00") == true)
        #expect(agreement?.text.contains("below 0.60") == true)
        #expect(
            scores.appliedRules.map(\.code) == [
                "not-applicable", "answered-share", "statistics", "agreement", "minimum-raters", "merging",
                "group-suppression", "others-weighting", "complementary-suppression", "blind-spots",
                "top-bottom-items", "percentile-norm", "comments", "departments", "service-matrix",
                "rater-centred",
            ])
    }
}
