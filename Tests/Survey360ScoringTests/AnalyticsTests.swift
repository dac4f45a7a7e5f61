import Foundation
import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct AnalyticsTests {
    /// Raters P5, P6, P7 each rate P0…P4 with 1…5 (one item): each rater's
    /// mean is 3 and SD √2.5, so P4's z-score is (5 − 3)/√2.5 from all three.
    /// P8 rated only four people and is not eligible.
    @Test func raterCentredScores() throws {
        var fixture = Fixture(people: 9, itemDimensions: [0])
        for rater in 5...7 {
            for person in 0...4 { fixture.add(rater, rates: person, as: .functional, [person + 1]) }
        }
        for person in 0...3 { fixture.add(8, rates: person, as: .functional, [3]) }
        let analytics = fixture.score().analytics
        #expect(analytics.eligibleRaters == 3)
        let top = try #require(analytics.raterCentred.first { $0.personID == "P4" })
        #expect(top.outcome == .published(meanZ: 2 / 2.5.squareRoot(), raters: 3))
        let bottom = try #require(analytics.raterCentred.first { $0.personID == "P0" })
        guard case .published(let z, _) = bottom.outcome else {
            Issue.record("expected a published score")
            return
        }
        #expect(close(z, -2 / 2.5.squareRoot()))
    }

    /// Alpha through the scorer: the four complete non-self cases of
    /// StatisticsTests.cronbachAlpha (51/53), plus a self-rating and an
    /// incomplete case that must both be left out.
    @Test func alphaUsesCompleteNonSelfCases() throws {
        var fixture = Fixture(people: 7, itemDimensions: [0, 0, 0])
        fixture.add(
            .functional, rating: 0, from: 1, [[1, 2, 1], [2, 2, 3], [3, 3, 3], [4, 5, 5], [5, nil, 1]])
        fixture.add(0, rates: 0, as: .selfRating, [5, 1, 5])
        let alpha = try #require(fixture.score().analytics.alphas.first)
        #expect(alpha.completeCases == 4)
        #expect(close(alpha.alpha, 51.0 / 53))
    }

    /// ICC through the scorer: functional raters give P0 1, 2, 3 and P1 3, 4, 5
    /// (one item, so pair scores are the ratings): ICC(1) 0.625, ICC(2) 5/6.
    @Test func intraclassCorrelationPerGroup() throws {
        var fixture = Fixture(people: 8, itemDimensions: [0])
        fixture.add(.functional, rating: 0, from: 2, [[1], [2], [3]])
        fixture.add(.functional, rating: 1, from: 5, [[3], [4], [5]])
        let icc = try #require(
            fixture.score().analytics.intraclassCorrelations.first {
                $0.group == .functional && $0.dimension == nil
            })
        #expect(icc.observations == 6)
        #expect(icc.peopleRated == 2)
        #expect(close(icc.meanGroupSize, 3))
        #expect(close(icc.icc1, 0.625))
        #expect(close(icc.icc2, 5.0 / 6))
    }

    /// The result is a value that survives a JSON round trip unchanged, and
    /// carries its rules.
    @Test func scoresRoundTripAndListTheirRules() throws {
        var fixture = Fixture(people: 8, itemDimensions: [0, 1])
        fixture.add(1, rates: 0, as: .superior, [4, 5], comment: "Clear handovers")
        fixture.add(.subordinate, rating: 0, from: 2, [[3, 4], [4, nil], [5, 5]])
        fixture.add(.functional, rating: 0, from: 5, [[2, 2]])
        let scores = fixture.score()
        let decoded = try JSONDecoder().decode(CampaignScores.self, from: JSONEncoder().encode(scores))
        #expect(decoded == scores)
        let codes = scores.appliedRules.map(\.code)
        #expect(codes.contains("complementary-suppression"))
        #expect(codes.contains("merging"))
        #expect(scores.appliedRules.first { $0.code == "group-suppression" }?.applications == 1)
    }
}
