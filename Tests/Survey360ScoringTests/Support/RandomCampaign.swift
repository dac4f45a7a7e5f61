import Survey360Core
import Survey360Scoring

/// Random organisations and response patterns for property tests, from a
/// seed: every failure can be replayed from the case number.
struct RandomCampaign {
    var random: SplitMix64
    let fixture: Fixture

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let people = 8 + Int(random.next() % 33)
        let itemCount = 2 + Int(random.next() % 5)
        let dimensionCount = 1 + Int(random.next() % UInt64(min(3, itemCount)))
        var fixture = Fixture(people: people, itemDimensions: (0..<itemCount).map { $0 % dimensionCount })
        fixture.departmentCount = 1 + Int(random.next() % 4)
        let departmentCount = UInt64(fixture.departmentCount)
        fixture.departments = (0..<people).map { _ in Int(random.next() % departmentCount) }
        fixture.seed = random.next()
        if random.next() % 4 == 0 { fixture.policy.othersWeighting = .balanced }
        let submitRate = 60 + random.next() % 41
        let notApplicableRate = random.next() % 30
        let sizes: [RaterGroup: UInt64] = [
            .selfRating: 2, .superior: 2, .subordinate: 6, .downstream: 5, .upstream: 5, .functional: 6,
        ]
        for ratee in 0..<min(people, 12) {
            var free = Array((0..<people).filter { $0 != ratee })
            for group in RaterGroup.allCases {
                let count = Int(random.next() % sizes[group]!)
                for _ in 0..<count {
                    let rater: Int
                    if group == .selfRating {
                        rater = ratee
                    } else {
                        guard !free.isEmpty else { break }
                        rater = free.remove(at: Int(random.next() % UInt64(free.count)))
                    }
                    if group == .selfRating,
                        fixture.lines.contains(where: { $0.ratee == ratee && $0.rater == ratee })
                    {
                        continue
                    }
                    let submitted = random.next() % 100 < submitRate
                    let ratings: [Int?]? =
                        submitted
                        ? (0..<itemCount).map { _ in
                            random.next() % 100 < notApplicableRate ? nil : 1 + Int(random.next() % 5)
                        } : nil
                    fixture.add(
                        rater, rates: ratee, as: group, ratings, comment: random.next() % 3 == 0 ? "c" : nil)
                }
            }
        }
        self.fixture = fixture
        self.random = random
    }

    /// The same campaign a quarter earlier: each questionnaire kept, dropped,
    /// or replaced by another rater, with fresh ratings.
    mutating func previousQuarter() -> Fixture {
        var previous = fixture
        previous.lines = []
        for line in fixture.lines {
            let roll = random.next() % 10
            if roll == 0 { continue }
            var copy = line
            if roll == 1, line.group != .selfRating {
                let candidate = Int(random.next() % UInt64(fixture.people))
                if candidate != line.ratee,
                    !fixture.lines.contains(where: { $0.rater == candidate && $0.ratee == line.ratee })
                {
                    copy.rater = candidate
                }
            }
            if copy.ratings != nil {
                copy.ratings = copy.ratings!.map { $0 == nil ? nil : 1 + Int(random.next() % 5) }
            }
            if !previous.lines.contains(where: { $0.rater == copy.rater && $0.ratee == copy.ratee }) {
                previous.lines.append(copy)
            }
        }
        return previous
    }
}
