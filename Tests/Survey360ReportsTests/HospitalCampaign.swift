import Foundation
import Survey360Core
import Survey360Import
import Survey360Reports
import Survey360Scoring
import Survey360XML

/// A small fixed campaign on the hospital sample: the organisation from
/// `samples/hospital`, the default questionnaire, the assigner's plan and
/// responses drawn from a fixed seed, plus a previous quarter for trends.
///
/// Everything is deterministic, so the XML it produces can be pinned in
/// golden files.
enum HospitalCampaign {
    static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = TemplateDirectory(url: packageRoot.appending(path: "templates"))

    /// A comment that must come out escaped, never as markup.
    static let hostileComment = "<script>alert('x')</script> & \"quotes\""

    static let organisation = try! OrganisationImporter.read(
        directory: packageRoot.appending(path: "samples/hospital")
    ).organisation
    static let questionnaire = try! templates.loadQuestionnaire("default").questionnaire
    static let plan = RaterAssigner.plan(for: organisation, rules: CampaignRules())
    /// This quarter's responses, drafts included.
    static let currentResponses = responses(plan.assignments, questionnaire: questionnaire, seed: 2026_4)

    /// The context, scored once and shared by the tests.
    static let context: ReportContext = {
        let current = ScoringInput(
            questionnaire: questionnaire, organisation: organisation, assignments: plan.assignments,
            responses: currentResponses,
            policy: ScoringPolicy(),
            previous: ScoringInput(
                questionnaire: questionnaire, organisation: organisation, assignments: plan.assignments,
                responses: responses(plan.assignments, questionnaire: questionnaire, seed: 2026_3)))
        let campaign = Campaign(
            id: "2026-Q4", title: "2026 第四季內部客戶滿意度", opens: CalendarDate(year: 2026, month: 10, day: 5)!,
            closes: CalendarDate(year: 2026, month: 10, day: 23)!, language: .traditionalChinese,
            state: .closed)
        return ReportContext(
            campaign: campaign, organisation: organisation, questionnaire: questionnaire,
            scores: CampaignScorer().score(current), previousCampaignID: "2026-Q3")
    }()

    /// The people who rated `ratee`, self excepted.
    static func raters(of ratee: PersonID) -> [Person] {
        plan.assignments.filter { $0.rateeID == ratee && $0.group != .selfRating }
            .map { organisation.person($0.raterID)! }
    }

    /// Responses for `assignments`: each person rated has a true level,
    /// each rater a leniency; about one in eight questionnaires is never
    /// returned, one in twenty stays a draft, one rating in twelve is
    /// "cannot judge", and a third of the raters comment.
    static func responses(_ assignments: [Assignment], questionnaire: Questionnaire, seed: UInt64)
        -> [Response]
    {
        var random = FixtureRandom(seed: seed)
        var responses: [Response] = []
        for assignment in assignments {
            let roll = random.unit()
            guard roll > 0.12 else { continue }
            var rateeRandom = FixtureRandom(seed: hash(assignment.rateeID.rawValue))
            var raterRandom = FixtureRandom(seed: hash(assignment.raterID.rawValue) ^ seed)
            let level: Double = 2.6 + 2.0 * rateeRandom.unit()
            let leniency: Double = raterRandom.unit() - 0.5
            var ratings: [ItemID: Answer] = [:]
            for item in questionnaire.items {
                if random.unit() < 1.0 / 12.0 {
                    ratings[item.id] = .cannotJudge
                    continue
                }
                let value: Double = level + leniency + (random.unit() - 0.5) * 1.6
                ratings[item.id] = .score(min(5, max(1, Int(value.rounded()))))
            }
            var comments: [QuestionID: String] = [:]
            if random.unit() < 0.34, let question = questionnaire.openQuestions.first {
                comments[question.id] = keepComments[Int(random.unit() * Double(keepComments.count))]
            }
            if random.unit() < 0.2, let question = questionnaire.openQuestions.last {
                comments[question.id] = changeComments[Int(random.unit() * Double(changeComments.count))]
            }
            if assignment.rateeID == "P004" && assignment.group == .subordinate,
                let question = questionnaire.openQuestions.last
            {
                comments[question.id] = hostileComment
            }
            responses.append(
                Response(
                    rater: assignment.raterID, ratee: assignment.rateeID, ratings: ratings,
                    comments: comments,
                    isSubmitted: roll > 0.17))
        }
        return responses
    }

    static let keepComments = [
        "報修後當天就回覆，讓我們能先安排替代儀器。",
        "交接時會主動說明下一步需要的文件。",
        "遇到規定卡住時會想辦法，而不是只說不行。",
        "Always tells us early when a delivery will be late.",
    ]

    static let changeComments = [
        "請款流程請提前告知所需簽核，不要臨時要求兩分鐘內簽字。",
        "希望能追蹤到底，而不是以為已經處理好了。",
        "假期前的排班請提早溝通。",
    ]

    /// FNV-1a, for seeds derived from ids.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }
}

/// SplitMix64: a small, fixed generator, so fixtures never change with the
/// standard library's random numbers.
struct FixtureRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
