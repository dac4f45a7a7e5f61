import Foundation
import HummingbirdTesting
import Survey360Core
import Survey360Storage
import Testing

@testable import Survey360Web

/// Text in answers and names that would break the pages or the reports
/// (issue #10, item 2).
@Suite struct HostileTextTests {
    @Test func aCommentWithControlCharactersIsStoredWithReplacements() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let uri = fixture.link("P03") + "/1"
            let response = try await client.post(
                uri,
                [
                    ("item.I1", "4"), ("item.I2", "na"), ("item.I3", "5"), ("comment.Q1", "fine\u{1}\u{0}\u{FFFF}end"),
                    ("action", "submit"),
                ])
            #expect(response.status == .seeOther)
            let stored = try await store.response(for: RaterPair(rater: "P03", ratee: "P02"), in: Fixture.campaignID)
            #expect(stored?.isSubmitted == true)
            #expect(stored?.comments == ["Q1": "fine\u{FFFD}\u{FFFD}\u{FFFD}end"])
        }
    }

    @Test func namesAndCommentsAreIsolatedInThePages() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let list = try await client.get(fixture.link("P03"))
            #expect(list.text.contains("<span class=\"person\"><bdi>"))
            let form = try await client.get(fixture.link("P03") + "/1")
            #expect(form.text.contains("dir=\"auto\""))
            #expect(form.text.contains("：\u{2068}"))
        }
    }
}
