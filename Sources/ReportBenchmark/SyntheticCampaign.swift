import Foundation
import Survey360Core
import Survey360Scoring

/// A generated campaign of any size: the simulator's organisation, the
/// assigner's plan, and answers drawn from a seed, built straight into the
/// aggregator's compact form (a million `Response` dictionaries would need
/// gigabytes).
///
/// Each person rated has a true level, each rater a leniency; 15% of the
/// questionnaires are never returned, 8% of ratings are "cannot judge",
/// and one questionnaire in five carries a comment.
struct SyntheticCampaign {
    let organisation: Organisation
    let compact: CompactCampaign
    let questionnaires: Int

    init(people: Int, questionnaire: Questionnaire, seed: UInt64) {
        organisation = OrganisationSimulator(people: people, seed: seed).make()
        let plan = RaterAssigner.plan(for: organisation, rules: CampaignRules(seed: seed))
        let personIndex = Dictionary(
            organisation.people.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let departmentIndex = Dictionary(
            organisation.departments.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let dimensionIndex = Dictionary(
            questionnaire.dimensions.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let items = questionnaire.items.filter { dimensionIndex[$0.dimensionID] != nil }
        let width = items.count

        var random = SplitMix(seed)
        let levels = (0..<organisation.people.count).map { _ in 2.6 + 2.0 * random.unit() }
        let leniency = (0..<organisation.people.count).map { _ in random.unit() - 0.5 }
        let assignments = plan.assignments
        var raters: [Int32] = []
        var ratees: [Int32] = []
        var groups: [RaterGroup] = []
        var submitted: [Bool] = []
        var ratings = [Int8](repeating: CompactCampaign.noAnswer, count: assignments.count * width)
        var comments: [CompactComment] = []
        raters.reserveCapacity(assignments.count)
        ratees.reserveCapacity(assignments.count)
        for (q, assignment) in assignments.enumerated() {
            let rater = personIndex[assignment.raterID]!
            let ratee = personIndex[assignment.rateeID]!
            raters.append(rater)
            ratees.append(ratee)
            groups.append(assignment.group)
            let answered = random.unit() > 0.15
            submitted.append(answered)
            guard answered else { continue }
            let base = levels[Int(ratee)] + leniency[Int(rater)]
            for item in 0..<width where random.unit() >= 0.08 {
                let value = base + (random.unit() - 0.5) * 1.6
                ratings[q * width + item] = Int8(min(5, max(1, value.rounded())))
            }
            if random.unit() < 0.2, !questionnaire.openQuestions.isEmpty {
                let text = Self.comments[Int(random.next() % UInt64(Self.comments.count))]
                comments.append(CompactComment(questionnaire: Int32(q), question: 0, text: text))
            }
        }
        questionnaires = assignments.count
        compact = CompactCampaign(
            scale: questionnaire.scale, itemIDs: items.map(\.id),
            itemDimensions: items.map { dimensionIndex[$0.dimensionID]! }, dimensionIDs: questionnaire.dimensions.map(\.id),
            questionIDs: questionnaire.openQuestions.map(\.id), personIDs: organisation.people.map(\.id),
            personDepartments: organisation.people.map { departmentIndex[$0.departmentID] ?? -1 },
            departmentIDs: organisation.departments.map(\.id),
            departmentParents: organisation.departments.map { $0.parentID.flatMap { departmentIndex[$0] } ?? -1 },
            raters: raters, ratees: ratees, groups: groups, submitted: submitted, ratings: ratings, comments: comments)
    }

    static let comments = [
        "交接时会主动说明下一步需要的文件。",
        "遇到规定卡住时会想办法，而不是只说不行。",
        "Always tells us early when a delivery will be late & why.",
        "请款流程请提前告知所需签核 <不要临时要求>。",
    ]
}

/// SplitMix64, so that the benchmark's data are the same on every run.
struct SplitMix {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
