import Foundation
import Survey360Core
import Survey360Storage

/// A small hospital in Chinese, one open campaign, a hand-written
/// questionnaire and hand-made assignments: everything the web tests read.
///
/// Who rates whom (rater → person rated, group):
/// - P03 张护士 (ICU, reads Traditional Chinese) → P02 (subordinate), P03 (self), P04 (functional)
/// - P02 李护士长 (nursing) → P03 (superior)
/// - P04 赵工程师 (equipment) → P05 (superior)
/// - P01 王院长 (hospital) → P02 (superior)
struct Fixture {
    static let campaignID: CampaignID = "2026-Q4"
    static let hostileName = "<script>alert('x')</script>"

    static let organisation = Organisation(
        departments: [
            Department(id: "D-HOS", name: "仁和医院"),
            Department(id: "D-NUR", name: "护理部", parentID: "D-HOS"),
            Department(id: "D-ICU", name: "重症监护室", parentID: "D-NUR"),
            Department(id: "D-EQP", name: "设备科", parentID: "D-HOS"),
        ],
        people: [
            Person(id: "P01", name: "王院长", email: "wang@hospital.example", departmentID: "D-HOS"),
            Person(id: "P02", name: "李护士长", email: "li@hospital.example", departmentID: "D-NUR", managerID: "P01"),
            Person(
                id: "P03", name: "张护士", email: "zhang@hospital.example", departmentID: "D-ICU", managerID: "P02",
                language: .traditionalChinese),
            Person(id: "P04", name: "赵工程师", email: "zhao@hospital.example", departmentID: "D-EQP", managerID: "P01"),
            Person(id: "P05", name: hostileName, email: "x@hospital.example", departmentID: "D-EQP", managerID: "P04"),
        ])

    static let questionnaire = Questionnaire(
        id: "default", version: "1",
        title: LocalizedText([.simplifiedChinese: "内部客户满意度", .english: "Internal customer satisfaction"]),
        dimensions: [
            Dimension(
                id: "needs",
                title: LocalizedText([
                    .simplifiedChinese: "以需求为导向", .traditionalChinese: "以需求為導向", .english: "Needs-oriented",
                ])),
            Dimension(
                id: "lead-time",
                title: LocalizedText([.simplifiedChinese: "给提前量", .traditionalChinese: "給提前量", .english: "Lead time"])),
        ],
        items: [
            QuestionnaireItem(
                id: "I1", dimensionID: "needs",
                wording: LocalizedText([
                    .simplifiedChinese: "从我的需求出发安排服务", .traditionalChinese: "從我的需求出發安排服務",
                    .english: "Plans the service from my needs",
                ]),
                groupWordings: [
                    .subordinate: LocalizedText([
                        .simplifiedChinese: "我的上级了解团队的需要", .traditionalChinese: "我的上級了解團隊的需要",
                        .english: "My manager knows what the team needs",
                    ])
                ]),
            QuestionnaireItem(
                id: "I2", dimensionID: "needs",
                wording: LocalizedText([
                    .simplifiedChinese: "不以规定为由拒绝合理请求", .traditionalChinese: "不以規定為由拒絕合理請求",
                    .english: "Does not refuse a reasonable request by citing a rule",
                ])),
            QuestionnaireItem(
                id: "I3", dimensionID: "lead-time",
                wording: LocalizedText([
                    .simplifiedChinese: "给我留出足够的时间", .traditionalChinese: "給我留出足夠的時間", .english: "Gives me enough time",
                ])),
        ],
        openQuestions: [
            OpenQuestion(
                id: "Q1",
                prompt: LocalizedText([
                    .simplifiedChinese: "应继续做什么？", .traditionalChinese: "應繼續做什麼？", .english: "What should continue?",
                ])),
            OpenQuestion(
                id: "Q2",
                prompt: LocalizedText([
                    .simplifiedChinese: "应改变什么？", .traditionalChinese: "應改變什麼？", .english: "What should change?",
                ])),
        ])

    static let assignments = [
        Assignment(rater: "P03", ratee: "P02", group: .subordinate),
        Assignment(rater: "P03", ratee: "P03", group: .selfRating),
        Assignment(rater: "P03", ratee: "P04", group: .functional),
        Assignment(rater: "P02", ratee: "P03", group: .superior),
        Assignment(rater: "P04", ratee: "P05", group: .superior),
        Assignment(rater: "P01", ratee: "P02", group: .superior),
    ]

    /// The link tokens, by rater: the only place a test sees them in clear.
    let tokens: [PersonID: RaterToken]

    /// Fills `store` with the fixture; the campaign is in `state`.
    static func load(into store: any SurveyStore, state: CampaignState = .open) async throws -> Fixture {
        try await store.replaceOrganisation(organisation)
        let campaign = Campaign(
            id: campaignID, title: "2026年第四季度内部客户满意度调查", opens: CalendarDate(year: 2026, month: 10, day: 1)!,
            closes: CalendarDate(year: 2026, month: 12, day: 31)!)
        try await store.createCampaign(
            campaign, event: AuditEvent(campaignID: campaignID, actor: "hr", action: "created"))
        try await store.setQuestionnaire(questionnaire, for: campaignID)
        try await store.replaceAssignments(assignments, in: campaignID)
        var tokens: [PersonID: RaterToken] = [:]
        for rater in Set(assignments.map(\.raterID)) { tokens[rater] = .generate() }
        try await store.storeInvitations(
            tokens.map { Invitation(campaignID: campaignID, raterID: $0.key, tokenHash: $0.value.hash) }, in: campaignID
        )
        try await setState(state, in: store)
        return Fixture(tokens: tokens)
    }

    func link(_ rater: PersonID) -> String { "/r/\(tokens[rater]!.linkText)" }

    /// Moves the campaign forward to `state`, one transition at a time.
    static func setState(_ state: CampaignState, in store: any SurveyStore) async throws {
        var current = try await store.campaign(campaignID)!.state
        while current != state, let next = current.next {
            try await store.transition(
                campaignID, from: current, to: next,
                event: AuditEvent(campaignID: campaignID, actor: "hr", action: next.rawValue))
            current = next
        }
    }
}
