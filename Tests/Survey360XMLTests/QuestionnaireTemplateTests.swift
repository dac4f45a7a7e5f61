import Foundation
import Survey360Core
import Survey360XML
import Testing

@Suite struct QuestionnaireTemplateTests {
    /// The project's own `templates/`, found from this file.
    static let templates = TemplateDirectory(
        url: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "templates"))

    @Test func defaultTemplateHasSevenDimensionsOfThreeItems() throws {
        let template = try Self.templates.loadQuestionnaire()
        let questionnaire = template.questionnaire
        #expect(questionnaire.id == "default")
        #expect(
            questionnaire.dimensions.map(\.id.rawValue) == [
                "needs-oriented", "proactive-service", "relay-baton", "lead-time",
                "consultative-communication",
                "result-orientation", "follow-through",
            ])
        #expect(questionnaire.items.count == 21)
        for dimension in questionnaire.dimensions {
            #expect(questionnaire.items(in: dimension.id).count == 3, "dimension \(dimension.id)")
        }
        #expect(template.languages == [.simplifiedChinese, .traditionalChinese, .english])
        #expect(questionnaire.openQuestions.map(\.id.rawValue) == ["keep-doing", "change"])
        #expect(questionnaire.scale == RatingScale(minimum: 1, maximum: 5))
        #expect(template.scaleLabels.keys.sorted() == [1, 2, 3, 4, 5])
        #expect(template.cannotJudgeLabel.translations[.english] == "Cannot judge")
        #expect(template.cannotJudgeLabel.translations[.traditionalChinese] == "無法評價")
    }

    @Test func everyGroupReadsEveryItemInEveryLanguage() throws {
        let questionnaire = try Self.templates.loadQuestionnaire().questionnaire
        for item in questionnaire.items {
            for group in RaterGroup.allCases {
                let wording = item.wording(for: group)
                #expect(Set(wording.translations.keys) == Set(SurveyLanguage.allCases), "\(item.id) \(group)")
                #expect(wording.translations.values.allSatisfy { !$0.isEmpty })
            }
            // Self-ratings are in the first person, so every item has its own.
            #expect(item.groupWordings[.selfRating] != nil, "\(item.id) has no self wording")
        }
        for dimension in questionnaire.dimensions {
            #expect(Set(dimension.title.translations.keys) == Set(SurveyLanguage.allCases))
        }
        let groupsWithOwnWordings = Set(questionnaire.items.flatMap(\.groupWordings.keys))
        #expect(
            groupsWithOwnWordings.isSuperset(of: [
                .selfRating, .superior, .subordinate, .upstream, .functional,
            ]))
    }

    @Test func wordingFollowsTheRelationship() throws {
        let questionnaire = try Self.templates.loadQuestionnaire().questionnaire
        let item = try #require(questionnaire.items.first { $0.id == "relay-briefing" })
        #expect(
            item.wording(for: .downstream).text(in: .english)
                == "When this colleague hands work over to me, they tell me everything I need to know to carry it on."
        )
        #expect(
            item.wording(for: .upstream).text(in: .english)
                == "When I hand work over to this colleague, they are ready to take it and have told me in advance what they need."
        )
        #expect(item.wording(for: .selfRating).text(in: .simplifiedChinese) == "我交接工作时，会把对方接手所需要知道的情况都交代清楚。")
        #expect(
            item.wording(for: .subordinate).text(in: .traditionalChinese)
                == "我的直屬主管交辦任務時，會把背景、目標和限制說清楚，讓我能接著做下去。")
    }

    @Test func managersAreToldTheirRatingsAreIdentifiable() throws {
        let template = try Self.templates.loadQuestionnaire()
        let notice = try #require(template.introduction(for: .superior))
        #expect(notice.text(in: .english).contains("can be attributed to you"))
        #expect(template.introduction(for: .functional) == template.introduction)
    }

    @Test func wrappedLinesAreJoinedLikeTheLanguageIsWritten() throws {
        let directory = try TemporaryDirectory()
        var text = try String(contentsOf: Self.templates.questionnaire(named: "default"), encoding: .utf8)
        text = text.replacingOccurrences(
            of:
                "<text lang=\"en\">Keep doing: what works well and should continue? Please give a concrete example.</text>",
            with: "<text lang=\"en\">Keep doing: what works well\n      and should continue?</text>")
        text = text.replacingOccurrences(
            of: "<text lang=\"zh-Hans\">值得继续保持：哪些做法效果很好，应当继续？请举一个具体的例子。</text>",
            with: "<text lang=\"zh-Hans\">值得继续保持：\n      哪些做法效果很好？</text>")
        let url = try directory.write(text, to: "wrapped.xml")
        let template = try Self.templates.loadQuestionnaire(url.path)
        let prompt = try #require(template.questionnaire.openQuestions.first).prompt
        #expect(prompt.text(in: .english) == "Keep doing: what works well and should continue?")
        #expect(prompt.text(in: .simplifiedChinese) == "值得继续保持：哪些做法效果很好？")
    }
}
