import Survey360Core
import Survey360Reports
import Survey360Scoring

/// A random campaign of two quarters for the attacker test: a small
/// organisation (a management tree over a few departments), every person
/// rated by self, the manager, the direct reports and random process and
/// functional customers, random submissions and "cannot judge" patterns.
///
/// Everything comes from the seed, so a leak found in case N can be
/// replayed and looked at.
struct AttackCampaign {
    /// One questionnaire: who rated whom as what, and the answers (`nil`
    /// when never submitted; `nil` entries are "cannot judge").
    struct Pair {
        var rater: Int
        var ratee: Int
        var group: RaterGroup
        var ratings: [Int?]?
    }

    let people: Int
    let departments: [Int]
    let departmentCount: Int
    let managers: [Int?]
    let itemDimensions: [Int]
    let policy: ScoringPolicy
    /// This quarter's and the previous quarter's questionnaires.
    let current: [Pair]
    let previous: [Pair]

    var dimensionCount: Int { (itemDimensions.max() ?? 0) + 1 }

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func roll(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        people = 10 + roll(27)
        departmentCount = 1 + roll(5)
        let departmentCount = departmentCount
        departments = (0..<people).map { _ in roll(departmentCount) }
        managers = (0..<people).map { $0 == 0 || roll(8) == 0 ? nil : roll($0) }
        let itemCount = 2 + roll(5)
        let dimensionCount = 1 + roll(min(3, itemCount))
        itemDimensions = (0..<itemCount).map { $0 % dimensionCount }
        var policy = ScoringPolicy()
        if roll(4) == 0 { policy.othersWeighting = .balanced }
        self.policy = policy

        let submitRate = 55 + roll(46)
        let notApplicableRate = roll(35)
        func answers() -> [Int?]? {
            guard roll(100) < submitRate else { return nil }
            return (0..<itemCount).map { _ in roll(100) < notApplicableRate ? nil : 1 + roll(5) }
        }
        var pairs: [Pair] = []
        let managers = managers
        for ratee in 0..<people {
            var taken: Set<Int> = [ratee]
            if roll(3) != 0 { pairs.append(Pair(rater: ratee, ratee: ratee, group: .selfRating, ratings: answers())) }
            if let manager = managers[ratee], roll(10) != 0 {
                taken.insert(manager)
                pairs.append(Pair(rater: manager, ratee: ratee, group: .superior, ratings: answers()))
            }
            for report in (0..<people).filter({ managers[$0] == ratee }) where roll(5) != 0 {
                taken.insert(report)
                pairs.append(Pair(rater: report, ratee: ratee, group: .subordinate, ratings: answers()))
            }
            for (group, most) in [(RaterGroup.downstream, 5), (.upstream, 4), (.functional, 6)] {
                for _ in 0..<roll(most) {
                    let rater = roll(people)
                    guard !taken.contains(rater) else { continue }
                    taken.insert(rater)
                    pairs.append(Pair(rater: rater, ratee: ratee, group: group, ratings: answers()))
                }
            }
        }
        current = pairs
        // The previous quarter: most questionnaires again with fresh answers,
        // some dropped, some by another rater.
        var earlier: [Pair] = []
        for pair in pairs {
            let change = roll(10)
            if change == 0 { continue }
            var copy = pair
            copy.ratings = answers()
            if change == 1, pair.group != .selfRating, pair.group != .superior {
                let rater = roll(people)
                if rater != pair.ratee, !pairs.contains(where: { $0.rater == rater && $0.ratee == pair.ratee }) {
                    copy.rater = rater
                }
            }
            if !earlier.contains(where: { $0.rater == copy.rater && $0.ratee == copy.ratee }) {
                earlier.append(copy)
            }
        }
        previous = earlier
    }

    var questionnaire: Questionnaire {
        Questionnaire(
            id: "attack", version: "1", title: LocalizedText([.english: "Attack"]),
            dimensions: (0..<dimensionCount).map {
                Dimension(id: DimensionID("D\($0 + 1)"), title: LocalizedText([.english: "D\($0 + 1)"]))
            },
            items: itemDimensions.enumerated().map { index, dimension in
                QuestionnaireItem(
                    id: ItemID("I\(index + 1)"), dimensionID: DimensionID("D\(dimension + 1)"),
                    wording: LocalizedText([.english: "Item \(index + 1)"]))
            },
            openQuestions: [])
    }

    var organisation: Organisation {
        Organisation(
            departments: (0..<departmentCount).map { Department(id: DepartmentID("G\($0)"), name: "Unit \($0)") },
            people: (0..<people).map { index in
                Person(
                    id: PersonID("P\(index)"), name: "Person \(index)", email: "p\(index)@example.org",
                    departmentID: DepartmentID("G\(departments[index])"),
                    managerID: managers[index].map { PersonID("P\($0)") })
            })
    }

    func input(_ pairs: [Pair]) -> ScoringInput {
        ScoringInput(
            questionnaire: questionnaire, organisation: organisation,
            assignments: pairs.map {
                Assignment(rater: PersonID("P\($0.rater)"), ratee: PersonID("P\($0.ratee)"), group: $0.group)
            },
            responses: pairs.compactMap { pair in
                guard let ratings = pair.ratings else { return nil }
                var values: [ItemID: Answer] = [:]
                for (index, value) in ratings.enumerated() {
                    values[ItemID("I\(index + 1)")] = value.map(Answer.score) ?? .cannotJudge
                }
                return Response(
                    rater: PersonID("P\(pair.rater)"), ratee: PersonID("P\(pair.ratee)"), ratings: values,
                    comments: [:], isSubmitted: true)
            },
            policy: policy)
    }

    /// Both quarters' report contexts, scored for real.
    func contexts() -> (current: ReportContext, previous: ReportContext) {
        var now = input(current)
        let before = input(previous)
        now.previous = before
        func context(_ input: ScoringInput, id: CampaignID, previous: CampaignID?) -> ReportContext {
            ReportContext(
                campaign: Campaign(
                    id: id, title: id.rawValue, opens: CalendarDate(year: 2026, month: 10, day: 1)!,
                    closes: CalendarDate(year: 2026, month: 10, day: 20)!, language: .english, state: .closed),
                organisation: organisation, questionnaire: questionnaire,
                scores: CampaignScorer().score(input), previousCampaignID: previous)
        }
        return (context(now, id: "Q2", previous: "Q1"), context(before, id: "Q1", previous: nil))
    }

    /// The value of a pair at a position (an item rating, a dimension or
    /// overall score), or `nil` when it does not count there: the rules of
    /// docs/scoring.md, recomputed from the answers.
    func value(_ pair: Pair, at position: FigurePosition) -> Double? {
        guard let ratings = pair.ratings else { return nil }
        func dimensionScore(_ d: Int) -> Double? {
            let items = itemDimensions.indices.filter { itemDimensions[$0] == d }
            let answered = items.compactMap { ratings[$0] }
            guard !answered.isEmpty, 2 * answered.count >= items.count else { return nil }
            return Double(answered.reduce(0, +)) / Double(answered.count)
        }
        switch position {
        case .item(let item): return ratings[item].map(Double.init)
        case .dimension(let d): return dimensionScore(d)
        case .overall:
            let scores = (0..<dimensionCount).compactMap(dimensionScore)
            guard !scores.isEmpty, 2 * scores.count >= dimensionCount else { return nil }
            return scores.reduce(0, +) / Double(scores.count)
        }
    }
}

/// Where a figure sits: each position is its own system of unknowns (a
/// rater's item rating, dimension score and overall score are different
/// numbers).
enum FigurePosition: Hashable, CustomStringConvertible {
    case item(Int)
    case dimension(Int)
    case overall

    var description: String {
        switch self {
        case .item(let index): "item \(index)"
        case .dimension(let index): "dimension \(index)"
        case .overall: "overall"
        }
    }
}
