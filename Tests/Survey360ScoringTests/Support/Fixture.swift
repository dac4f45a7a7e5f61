import Survey360Core
import Survey360Scoring

/// A small campaign written out by hand: people P0…, items I1… in
/// dimensions, and one line per questionnaire.
struct Fixture {
    struct Line {
        var rater: Int
        var ratee: Int
        var group: RaterGroup
        /// `nil` entries are "cannot judge"; `nil` as a whole means not submitted.
        var ratings: [Int?]?
        var comment: String?
    }

    var people: Int
    /// The dimension index of each item.
    var itemDimensions: [Int]
    var lines: [Line] = []
    /// The department index of each person (all in D0 by default).
    var departments: [Int]? = nil
    var departmentCount = 1
    var policy = ScoringPolicy()
    var seed: UInt64 = 1

    init(people: Int, itemDimensions: [Int]) {
        self.people = people
        self.itemDimensions = itemDimensions
    }

    mutating func add(
        _ rater: Int, rates ratee: Int, as group: RaterGroup, _ ratings: [Int?]?, comment: String? = nil
    ) {
        lines.append(Line(rater: rater, ratee: ratee, group: group, ratings: ratings, comment: comment))
    }

    /// Adds `ratings.count` raters, numbered from `firstRater`, who give one
    /// item-rating row each.
    mutating func add(_ group: RaterGroup, rating ratee: Int, from firstRater: Int, _ rows: [[Int?]]) {
        for (offset, row) in rows.enumerated() { add(firstRater + offset, rates: ratee, as: group, row) }
    }

    var input: ScoringInput {
        let dimensionCount = (itemDimensions.max() ?? 0) + 1
        let questionnaire = Questionnaire(
            id: "fixture", version: "1", title: LocalizedText([.english: "Fixture"]),
            dimensions: (0..<dimensionCount).map {
                Dimension(id: DimensionID("D\($0 + 1)"), title: LocalizedText([.english: "D\($0 + 1)"]))
            },
            items: itemDimensions.enumerated().map { index, dimension in
                QuestionnaireItem(
                    id: ItemID("I\(index + 1)"), dimensionID: DimensionID("D\(dimension + 1)"),
                    wording: LocalizedText([.english: "Item \(index + 1)"]))
            },
            openQuestions: [OpenQuestion(id: "keep", prompt: LocalizedText([.english: "Keep doing"]))])
        let organisation = Organisation(
            departments: (0..<departmentCount).map {
                Department(id: DepartmentID("D\($0)"), name: "Department \($0)")
            },
            people: (0..<people).map { index in
                Person(
                    id: PersonID("P\(index)"), name: "Person \(index)", email: "p\(index)@example.org",
                    departmentID: DepartmentID("D\(departments?[index] ?? 0)"))
            })
        let assignments = lines.map {
            Assignment(rater: PersonID("P\($0.rater)"), ratee: PersonID("P\($0.ratee)"), group: $0.group)
        }
        let responses = lines.compactMap { line -> Response? in
            guard let ratings = line.ratings else { return nil }
            var values: [ItemID: Answer] = [:]
            for (index, value) in ratings.enumerated() {
                values[ItemID("I\(index + 1)")] = value.map(Answer.score) ?? .cannotJudge
            }
            return Response(
                rater: PersonID("P\(line.rater)"), ratee: PersonID("P\(line.ratee)"), ratings: values,
                comments: line.comment.map { ["keep": $0] } ?? [:], isSubmitted: true)
        }
        return ScoringInput(
            questionnaire: questionnaire, organisation: organisation, assignments: assignments,
            responses: responses, policy: policy, seed: seed)
    }

    func score() -> CampaignScores { CampaignScorer().score(input) }

    /// Whether a rater's answers give a countable score for `dimension` (or
    /// overall): at least half the items, and half the dimensions, answered.
    func counts(_ ratings: [Int?]?, dimension: Int?) -> Bool {
        guard let ratings else { return false }
        func dimensionCounts(_ d: Int) -> Bool {
            let items = itemDimensions.indices.filter { itemDimensions[$0] == d }
            let answered = items.filter { ratings[$0] != nil }.count
            return answered > 0 && 2 * answered >= items.count
        }
        if let dimension { return dimensionCounts(dimension) }
        let dimensions = (itemDimensions.max() ?? 0) + 1
        let countable = (0..<dimensions).filter(dimensionCounts).count
        return countable > 0 && 2 * countable >= dimensions
    }
}

extension CampaignScores {
    func person(_ index: Int) -> PersonScores? {
        people.first { $0.personID == PersonID("P\(index)") }
    }
}

extension ScoreCell {
    /// The published statistics, or a test failure value that makes the
    /// comparison fail loudly.
    var published: CellStatistics {
        statistics
            ?? CellStatistics(
                count: -1, mean: .nan, standardDeviation: nil, standardError: nil, confidenceInterval: nil,
                agreement: nil, isIdentifiable: false)
    }
}

/// |a − b| <= tolerance.
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
