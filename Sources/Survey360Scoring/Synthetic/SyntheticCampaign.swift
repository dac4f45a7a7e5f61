import Foundation
import Survey360Core

/// A synthetic organisation and campaign of any size, generated from a
/// seed, for benchmarks and demonstrations.
///
/// People sit in departments of 50 in teams of 8 (the first of a team leads
/// it); each person is rated by self, the superior, the team (for leaders),
/// three people of the previous and of the next department (process
/// stages) and three of a customer department (functional). About 12
/// questionnaires per person, 85% submitted, 7 dimensions of 3 items, 3%
/// "cannot judge", and a comment on one questionnaire in ten.
public enum SyntheticCampaign {
    public static func make(people: Int, seed: UInt64 = 360) -> CompactCampaign {
        precondition(people >= 100, "a synthetic campaign needs at least 100 people")
        var random = SplitMix64(seed: seed)
        let departmentSize = 50
        let departmentCount = (people + departmentSize - 1) / departmentSize
        let dimensions = 7
        let itemsPerDimension = 3
        let itemCount = dimensions * itemsPerDimension
        let personEffect = (0..<people).map { _ in gaussian(&random) * 0.5 }
        let leniency = (0..<people).map { _ in gaussian(&random) * 0.4 }

        var raters: [Int32] = []
        var ratees: [Int32] = []
        var groups: [RaterGroup] = []
        raters.reserveCapacity(people * 12)
        ratees.reserveCapacity(people * 12)
        groups.reserveCapacity(people * 12)
        func add(_ rater: Int, _ ratee: Int, _ group: RaterGroup) {
            raters.append(Int32(rater))
            ratees.append(Int32(ratee))
            groups.append(group)
        }
        func department(_ person: Int) -> Int { person / departmentSize }
        func members(_ department: Int) -> Range<Int> {
            let start = department * departmentSize
            return start..<min(people, start + departmentSize)
        }
        func superior(_ person: Int) -> Int? {
            if person % 8 != 0 { return person - person % 8 }
            let leader = (person / 64) * 8
            return leader == person ? nil : leader
        }

        for person in 0..<people {
            add(person, person, .selfRating)
            if let boss = superior(person) { add(boss, person, .superior) }
            if person % 8 == 0 {
                for report in (person + 1)..<min(people, person + 8) { add(report, person, .subordinate) }
            }
            var taken: Set<Int> = [person]
            if let boss = superior(person) { taken.insert(boss) }
            if person % 8 == 0 { taken.formUnion((person + 1)..<min(people, person + 8)) }
            let own = department(person)
            let stages: [(RaterGroup, Int)] = [
                (.downstream, (own + 1) % departmentCount),
                (.upstream, (own + departmentCount - 1) % departmentCount),
                (.functional, (own + 7) % departmentCount),
            ]
            for (group, source) in stages {
                let pool = members(source)
                var chosen = 0
                var attempts = 0
                while chosen < 3, attempts < 20 {
                    attempts += 1
                    let rater = pool.lowerBound + Int(random.next() % UInt64(pool.count))
                    guard taken.insert(rater).inserted else { continue }
                    add(rater, person, group)
                    chosen += 1
                }
            }
        }

        let count = raters.count
        var submitted = [Bool](repeating: false, count: count)
        var ratings = [Int8](repeating: CompactCampaign.noAnswer, count: count * itemCount)
        var comments: [CompactComment] = []
        let phrases = [
            "Keeps us informed before the handover", "Answers requests quickly",
            "Plans with our needs in mind",
            "Could give more lead time", "Follows up until the problem is solved",
            "Please explain changes earlier",
        ]
        for q in 0..<count {
            guard random.next() % 100 < 85 else { continue }
            submitted[q] = true
            let level = 3.4 + personEffect[Int(ratees[q])] + leniency[Int(raters[q])]
            for item in 0..<itemCount {
                if random.next() % 100 < 3 { continue }
                let value = (level + gaussian(&random) * 0.7 + Double(item % 3) * 0.1).rounded()
                ratings[q * itemCount + item] = Int8(min(5, max(1, value)))
            }
            if random.next() % 10 == 0 {
                let text = phrases[Int(random.next() % UInt64(phrases.count))]
                comments.append(CompactComment(questionnaire: Int32(q), question: Int32(q % 2), text: text))
            }
        }

        return CompactCampaign(
            scale: .fivePoint, itemIDs: (0..<itemCount).map { ItemID("I\($0 + 1)") },
            itemDimensions: (0..<itemCount).map { Int32($0 / itemsPerDimension) },
            dimensionIDs: (0..<dimensions).map { DimensionID("D\($0 + 1)") },
            questionIDs: ["keep", "change"],
            personIDs: (0..<people).map { PersonID("P\($0)") },
            personDepartments: (0..<people).map { Int32(department($0)) },
            departmentIDs: (0..<departmentCount).map { DepartmentID("D-\($0)") },
            departmentParents: (0..<departmentCount).map { $0 == 0 ? -1 : Int32(($0 - 1) / 8) },
            raters: raters, ratees: ratees, groups: groups, submitted: submitted, ratings: ratings,
            comments: comments)
    }

    /// A standard normal deviate (Box–Muller), from the seeded generator.
    private static func gaussian(_ random: inout SplitMix64) -> Double {
        let u1 = (Double(random.next() >> 11) + 0.5) / 9_007_199_254_740_992
        let u2 = Double(random.next() >> 11) / 9_007_199_254_740_992
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}
