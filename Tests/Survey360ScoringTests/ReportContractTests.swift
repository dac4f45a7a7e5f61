import Survey360Core
import Testing

@testable import Survey360Scoring

/// What reports and auditors rely on: stable reason codes and parameters, and a
/// result that does not depend on the order the input arrived in.
@Suite struct ReportContractTests {
    @Test func reasonCodesAndParametersArePinned() {
        #expect(WithholdingReason.tooFewRaters.code == "too-few-raters")
        #expect(WithholdingReason.complementarySuppression.code == "complementary-suppression")
        #expect(WithholdingReason.raterSetChangedByFew.code == "rater-set-changed-by-few")
        #expect(WithholdingReason.tooFewUnidentifiableRaters.code == "too-few-unidentifiable-raters")
        var policy = ScoringPolicy()
        policy.departmentMinimum = 7
        #expect(WithholdingReason.tooFewUnidentifiableRaters.parameters(policy) == [.integer("minimum", 3)])
        #expect(WithholdingReason.belowDepartmentMinimum.parameters(policy) == [.integer("minimum", 7)])
        #expect(WithholdingReason.noResponses.parameters(policy).isEmpty)
        // Codes are unique (the words are the templates').
        #expect(Set(WithholdingReason.allCases.map(\.code)).count == WithholdingReason.allCases.count)
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
        #expect(agreement?.parameters == [.number("expectedVariance", 2), .number("threshold", 0.6)])
        #expect(
            scores.appliedRules.map(\.code) == [
                "not-applicable", "answered-share", "statistics", "agreement", "minimum-raters", "merging",
                "group-suppression", "others-weighting", "complementary-suppression", "blind-spots",
                "top-bottom-items", "percentile-norm", "comments", "departments", "service-matrix",
                "rater-centred",
            ])
    }
}
