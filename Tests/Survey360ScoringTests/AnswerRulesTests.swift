import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct AnswerRulesTests {
    /// "Cannot judge" lowers an item cell's count: I1 has 4 valid answers,
    /// I2 only 2 (below the subordinate minimum of 3).
    @Test func cannotJudgeLowersTheCount() throws {
        var fixture = Fixture(people: 5, itemDimensions: [0, 0])
        fixture.add(.subordinate, rating: 0, from: 1, [[4, 4], [4, nil], [2, nil], [2, 5]])
        let column = try #require(fixture.score().person(0)?.group(.subordinate))
        // I1 = 4, 4, 2, 2: mean 3.
        #expect(column.items[0].published.count == 4)
        #expect(close(column.items[0].published.mean, 3))
        #expect(column.items[1].withholdingReason == .tooFewRaters)
        // D1: every rater answered at least one of two items (50%): 4, 4, 2, 3.5.
        #expect(column.dimensions[0].published.count == 4)
        #expect(close(column.dimensions[0].published.mean, 13.5 / 4))
    }

    /// A dimension score counts only if the rater answered at least half its
    /// items: 1 of 3 does not count, 2 of 3 does.
    @Test func halfTheItemsMustBeAnswered() throws {
        var fixture = Fixture(people: 5, itemDimensions: [0, 0, 0])
        fixture.add(.subordinate, rating: 0, from: 1, [[5, nil, nil], [3, 3, nil], [4, 4, 4], [2, 2, 2]])
        let column = try #require(fixture.score().person(0)?.group(.subordinate))
        // Countable D1 scores: 3, 4, 2 (the first rater is out): mean 3.
        #expect(column.dimensions[0].published.count == 3)
        #expect(close(column.dimensions[0].published.mean, 3))
        // The first rater still counts for item I1: 5, 3, 4, 2 → 3.5.
        #expect(close(column.items[0].published.mean, 3.5))
    }

    /// Drafts, responses without an assignment and ratings off the scale are
    /// counted, never scored.
    @Test func unusableInputIsCounted() {
        var fixture = Fixture(people: 5, itemDimensions: [0])
        fixture.add(.subordinate, rating: 0, from: 1, [[4], [7], [3]])
        var input = fixture.input
        input.responses.append(Response(rater: "P4", ratee: "P0", ratings: ["I1": .score(5)], isSubmitted: true))
        input.responses.append(Response(rater: "P1", ratee: "P9", ratings: ["I1": .score(5)], isSubmitted: true))
        input.assignments.append(Assignment(rater: "P4", ratee: "P1", group: .functional))
        input.responses.append(Response(rater: "P4", ratee: "P1", ratings: ["I1": .score(5)], isSubmitted: false))
        let scores = CampaignScorer().score(input)
        #expect(scores.inputNotes.invalidRatings == 1)
        #expect(scores.inputNotes.responsesWithoutAssignment == 2)
        #expect(scores.inputNotes.draftResponses == 1)
        // The off-scale rating is the one missing answer of a submitted questionnaire.
        #expect(scores.appliedRules.first { $0.code == "not-applicable" }?.applications == 1)
        // The off-scale rating leaves its rater with no valid answer: n = 2 < 3.
        #expect(scores.person(0)?.group(.subordinate)?.items[0].withholdingReason == .tooFewRaters)
    }

    /// Ratings 1, 5, 3: S² = 4 exceeds σ²_EU = 2, so rwg is set to 0 and
    /// flagged as low agreement; the mean 3 hides a split.
    @Test func lowAgreementIsFlagged() throws {
        var fixture = Fixture(people: 4, itemDimensions: [0])
        fixture.add(.subordinate, rating: 0, from: 1, [[1], [5], [3]])
        let cell = try #require(fixture.score().person(0)?.group(.subordinate)).items[0].published
        #expect(close(cell.standardDeviation, 2))
        #expect(cell.agreement?.value == 0)
        #expect(cell.agreement?.isLow == true)
    }
}
