import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360SQLite
import Survey360Storage
import Survey360Web
import Testing

@Suite struct RaterFlowTests {
    @Test func listShowsEveryQuestionnaireWithTheRolesInTheRatersLanguage() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let page = try await client.get(fixture.link("P03"))
            #expect(page.status == .ok)
            // P03 reads Traditional Chinese (person.language).
            #expect(page.text.contains("<html lang=\"zh-Hant\">"))
            #expect(page.text.contains("您的問卷"))
            #expect(page.text.contains("請在2026年12月31日前完成。"))
            for name in ["李护士长", "张护士", "赵工程师"] { #expect(page.text.contains(name)) }
            #expect(page.text.contains("下屬（評價上級）"))
            #expect(page.text.contains("自評"))
            #expect(page.text.contains("職能客戶（使用其部門的服務）"))
            // No superior questionnaire here, so no identifiability note.
            #expect(!page.text.contains("可以識別出評價人"))
            #expect(page.headers[.cacheControl] == "no-store")
        }
    }

    @Test func aSuperiorIsToldThatSuperiorRatingsAreIdentifiable() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            // P02 has no language of their own: the campaign's, Simplified Chinese.
            let list = try await client.get(fixture.link("P02"))
            #expect(list.text.contains("<html lang=\"zh-Hans\">"))
            #expect(list.text.contains("作为上级的评价在报告中即使只有一人也会显示"))
            let form = try await client.get(fixture.link("P02") + "/1")
            #expect(form.text.contains("您的身份：上级（评价下属）"))
            #expect(form.text.contains("作为上级的评价在报告中即使只有一人也会显示"))
        }
    }

    @Test func theQuestionnaireUsesTheWordingOfTheRelationship() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            // P03's first questionnaire rates P02 as a subordinate.
            let page = try await client.get(fixture.link("P03") + "/1")
            #expect(page.status == .ok)
            #expect(page.text.contains("<legend>我的上級了解團隊的需要</legend>"))
            #expect(page.text.contains("<legend>不以規定為由拒絕合理請求</legend>"))
            #expect(page.text.contains("name=\"item.I1\" value=\"5\""))
            #expect(page.text.contains("name=\"item.I1\" value=\"NA\""))
            #expect(page.text.contains("<label for=\"comment-1\">應繼續做什麼？</label>"))
            #expect(page.text.contains("<script src=\"/assets/autosave.js\" defer></script>"))
            // The third rates P04 as a functional customer: the default wording.
            let third = try await client.get(fixture.link("P03") + "/3")
            #expect(third.text.contains("<legend>從我的需求出發安排服務</legend>"))
        }
    }

    @Test(arguments: [false, true])
    func draftSubmitAndReadOnly(sqlite: Bool) async throws {
        let store: any SurveyStore & CredentialStore = sqlite ? try SQLiteStore() : MemoryStore()
        let fixture = try await Fixture.load(into: store)
        let pair = RaterPair(rater: "P03", ratee: "P02")
        let uri = fixture.link("P03") + "/1"
        try await WebTestSupport.app(store).test(.router) { client in
            // A draft without JavaScript: the "Save draft" button.
            let saved = try await client.post(uri, [("item.I1", "4"), ("comment.Q1", "交接清楚"), ("action", "save")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == uri + "?saved=1")
            var stored = try await store.response(for: pair, in: Fixture.campaignID)
            #expect(stored?.ratings == ["I1": .score(4)])
            #expect(stored?.comments == ["Q1": "交接清楚"])
            #expect(stored?.isSubmitted == false)

            // Coming back shows the draft.
            let again = try await client.get(uri + "?saved=1")
            #expect(again.text.contains("name=\"item.I1\" value=\"4\" checked"))
            #expect(again.text.contains(">交接清楚</textarea>"))
            #expect(again.text.contains("草稿已儲存。"))

            // Submitting with two items unanswered keeps a draft and says how many.
            let incomplete = try await client.post(uri, [("item.I1", "4"), ("action", "submit")])
            #expect(incomplete.status == .unprocessableContent)
            #expect(incomplete.text.contains("還有 2 項未作答"))
            stored = try await store.response(for: pair, in: Fixture.campaignID)
            #expect(stored?.isSubmitted == false)

            // Complete: a score or "cannot judge" for every item.
            let submitted = try await client.post(
                uri,
                [("item.I1", "4"), ("item.I2", "na"), ("item.I3", "5"), ("comment.Q2", "提前通知"), ("action", "submit")])
            #expect(submitted.status == .seeOther)
            #expect(submitted.headers[.location] == uri)
            stored = try await store.response(for: pair, in: Fixture.campaignID)
            #expect(stored?.isSubmitted == true)
            let expected: [ItemID: Answer] = ["I1": .score(4), "I2": .cannotJudge, "I3": .score(5)]
            #expect(stored?.ratings == expected)
            #expect(stored?.comments == ["Q2": "提前通知"])

            // Read-only afterwards.
            let readOnly = try await client.get(uri)
            #expect(readOnly.text.contains("已提交，謝謝！此問卷現為唯讀。"))
            #expect(readOnly.text.contains("value=\"4\" checked disabled"))
            #expect(!readOnly.text.contains("name=\"action\""))
            #expect(!readOnly.text.contains("autosave.js"))
            let list = try await client.get(fixture.link("P03"))
            #expect(list.text.contains("status-submitted"))

            // Once only.
            let second = try await client.post(
                uri, [("item.I1", "1"), ("item.I2", "1"), ("item.I3", "1"), ("action", "submit")])
            #expect(second.status == .conflict)
            #expect(second.text.contains("此問卷已提交，不能再修改。"))
            let draftAfter = try await client.post(uri, [("item.I1", "1"), ("action", "save")])
            #expect(draftAfter.status == .conflict)
            #expect(try await store.response(for: pair, in: Fixture.campaignID)?.ratings["I1"] == .score(4))
        }
    }

    @Test func autosaveIsAnsweredWithNoContent() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let response = try await client.post(
                fixture.link("P02") + "/1", [("item.I3", "2"), ("action", "submit")],
                headers: [HTTPField.Name("X-Survey360-Autosave")!: "1"])
            #expect(response.status == .noContent)
            // An autosave never submits, whatever the action field says.
            let stored = await store.response(for: RaterPair(rater: "P02", ratee: "P03"), in: Fixture.campaignID)
            #expect(stored?.ratings == ["I3": .score(2)])
            #expect(stored?.isSubmitted == false)
        }
    }

    @Test func aRatingOffTheScaleIsRefused() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let response = try await client.post(fixture.link("P02") + "/1", [("item.I1", "6"), ("action", "save")])
            #expect(response.status == .badRequest)
            #expect(await store.response(for: RaterPair(rater: "P02", ratee: "P03"), in: Fixture.campaignID) == nil)
        }
    }

    @Test(arguments: [
        "/r/AAAAAAAAAAAAAAAAAAAAAA",  // well formed, unknown
        "/r/not-a-token",  // malformed
        "/r/AAAAAAAAAAAAAAAAAAAAAA/1",
        "/r/%3Cscript%3E",
    ])
    func anUnknownLinkGetsAClearNotFoundPage(uri: String) async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let response = try await client.get(uri, headers: [.acceptLanguage: "en-GB,en;q=0.8"])
            #expect(response.status == .notFound)
            #expect(response.text.contains("<h1>This link is not valid</h1>"))
            #expect(!response.text.contains("Error"))
        }
    }

    @Test func aQuestionnaireNumberOutOfRangeIsNotFound() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            for number in ["0", "4", "x", "-1"] {
                let response = try await client.get(fixture.link("P03") + "/" + number)
                #expect(response.status == .notFound, "\(number)")
            }
        }
    }

    @Test func aClosedCampaignsLinkIsGoneAndADraftCampaignsIsNotOpenYet() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store, state: .draft)
        try await WebTestSupport.app(store).test(.router) { client in
            let early = try await client.get(fixture.link("P03"))
            #expect(early.status == .notFound)
            #expect(early.text.contains("调查尚未开始"))
            try await Fixture.setState(.open, in: store)
            try await Fixture.setState(.closed, in: store)
            let late = try await client.get(fixture.link("P03"))
            #expect(late.status == .gone)
            #expect(late.text.contains("调查已结束"))
            let post = try await client.post(fixture.link("P03") + "/1", [("item.I1", "3"), ("action", "save")])
            #expect(post.status == .gone)
        }
    }

    /// The form reads answers with the import's parser: before, `N/A`,
    /// `na` and a score with spaces were refused here but read from a file.
    @Test func theFormReadsAnswersAsAResponseFileDoes() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        let uri = fixture.link("P03") + "/1"
        try await WebTestSupport.app(store).test(.router) { client in
            let saved = try await client.post(
                uri, [("item.I1", " 4 "), ("item.I2", "N/A"), ("item.I3", "na"), ("action", "save")])
            #expect(saved.status == .seeOther)
            let stored = try await store.response(for: RaterPair(rater: "P03", ratee: "P02"), in: Fixture.campaignID)
            #expect(stored?.ratings == ["I1": .score(4), "I2": .cannotJudge, "I3": .cannotJudge])
            for value in ["6", "four", "٣"] {
                let refused = try await client.post(uri, [("item.I1", value), ("action", "save")])
                #expect(refused.status == .badRequest, "\(value)")
            }
        }
    }

    @Test func repeatedUnknownLinksAreSlowedDown() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        let configuration = WebTestSupport.configuration(maximumFailedAttempts: 3)
        try await WebTestSupport.app(store, configuration: configuration).test(.router) { client in
            for guess in ["AAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBB", "short"] {
                #expect(try await client.get("/r/" + guess).status == .notFound)
            }
            let refused = try await client.get("/r/CCCCCCCCCCCCCCCCCCCCCC")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("尝试次数过多"))
            // A link that resolves is served all the same.
            #expect(try await client.get(fixture.link("P03")).status == .ok)
        }
    }
}
