import Survey360Core
import Testing

@testable import Survey360Scoring

@Suite struct CommentTests {
    func fixture(functional: Int, seed: UInt64 = 1) -> Fixture {
        var fixture = Fixture(people: 20, itemDimensions: [0])
        fixture.seed = seed
        fixture.add(1, rates: 0, as: .superior, [4], comment: "Boss says keep it up")
        for index in 0..<4 {
            fixture.add(2 + index, rates: 0, as: .subordinate, [4], comment: "Sub \(index)")
        }
        for index in 0..<functional {
            fixture.add(10 + index, rates: 0, as: .functional, [3], comment: "Customer \(index)")
        }
        return fixture
    }

    /// Subordinates (4) are labelled, the superior is labelled although alone.
    @Test func labelsNeedThreeRaters() throws {
        let comments = try #require(fixture(functional: 3).score().person(0)?.comments)
        #expect(comments.count == 8)
        #expect(comments.filter { $0.group == .subordinate }.count == 4)
        #expect(comments.filter { $0.group == .functional }.count == 3)
        #expect(comments.first { $0.text == "Boss says keep it up" }?.group == .superior)
    }

    /// Two functional raters cannot be labelled; an unlabelled pile of only
    /// their comments beside labelled subordinates would point at them, so the
    /// subordinates lose their label too.
    @Test func smallUnlabelledPileRemovesLabels() throws {
        let comments = try #require(fixture(functional: 2).score().person(0)?.comments)
        #expect(comments.filter { $0.group == nil }.count == 6)
        #expect(comments.filter { $0.group == .superior }.count == 1)
    }

    /// The order is the same for the same input, does not follow the input
    /// order, and changes with the seed.
    @Test func orderIsSeededAndIgnoresSubmissionOrder() throws {
        let first = try #require(fixture(functional: 3).score().person(0)?.comments.map(\.text))
        var reversed = fixture(functional: 3)
        reversed.lines.reverse()
        let second = try #require(reversed.score().person(0)?.comments.map(\.text))
        #expect(first == second)
        #expect(Set(first) == Set(fixture(functional: 3).lines.compactMap(\.comment)))
        let seeds = (2...6).compactMap {
            fixture(functional: 3, seed: $0).score().person(0)?.comments.map(\.text)
        }
        #expect(seeds.contains { $0 != first })
    }
}
