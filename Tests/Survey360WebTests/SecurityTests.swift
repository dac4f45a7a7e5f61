import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Survey360Core
import Survey360Storage
import Testing

@testable import Survey360Web

/// Keeps every log line a test's app writes, message and metadata.
final class CapturedLog: @unchecked Sendable {
    // Safe: every access to `lines` holds `lock`.
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    var logger: Logger {
        var logger = Logger(label: "captured") { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            log.append("\(event.level) \(event.message) \(all)")
        }
    }
}

@Suite struct SecurityTests {
    @Test(arguments: ["/signin", "/r/AAAAAAAAAAAAAAAAAAAAAA", "/assets/survey360.css", "/no/such/page"])
    func everyResponseCarriesStrictSecurityHeaders(uri: String) async throws {
        let store = MemoryStore()
        try await WebTestSupport.app(store).test(.router) { client in
            let response = try await client.get(uri)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'"))
            #expect(policy.contains("script-src 'self'"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(response.headers[.referrerPolicy] == "no-referrer")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.xFrameOptions] == "DENY")
        }
    }

    @Test func noPageHasInlineScriptOrStyle() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            for uri in ["/signin", fixture.link("P03"), fixture.link("P03") + "/1"] {
                let text = try await client.get(uri).text
                #expect(!text.contains("<script>"), "\(uri)")
                #expect(!text.contains("<style"), "\(uri)")
                #expect(!text.contains("style="), "\(uri)")
                #expect(!text.contains(" on"), "\(uri)")  // no onclick= handlers
            }
        }
    }

    @Test func theTokenNeverReachesTheLog() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        let log = CapturedLog()
        let token = fixture.tokens["P03"]!.linkText
        try await WebTestSupport.app(store, logger: log.logger).test(.router) { client in
            _ = try await client.get(fixture.link("P03"))
            _ = try await client.get(fixture.link("P03") + "/1?x=1")
            _ = try await client.post(fixture.link("P03") + "/1", [("item.I1", "3"), ("action", "save")])
            _ = try await client.post(fixture.link("P03") + "/1", [("item.I1", "9"), ("action", "save")])
            _ = try await client.get(fixture.link("P03") + "/99")
        }
        #expect(log.text.contains("GET /r/(redacted) 200"))
        #expect(log.text.contains("POST /r/(redacted)/1 303"))
        #expect(log.text.contains("POST /r/(redacted)/1 400"))
        #expect(log.text.contains("GET /r/(redacted)/99 404"))
        #expect(!log.text.contains(token))
        #expect(!log.text.contains(String(token.prefix(8))))
    }

    @Test(arguments: [
        ("/r/AAAAAAAAAAAAAAAAAAAAAA", "/r/(redacted)"), ("/r/AAAAAAAAAAAAAAAAAAAAAA/2", "/r/(redacted)/2"),
        ("//r/AAAAAAAAAAAAAAAAAAAAAA/1", "//r/(redacted)/1"), ("/R/AAAAAAAAAAAAAAAAAAAAAA", "/R/(redacted)"),
        ("/r/%41AAAAAAAAAAAAAAAAAAAAA", "/r/(redacted)"), ("/r/AAAAAAAAAAAAAAAAAAAAA", "/r/AAAAAAAAAAAAAAAAAAAAA"),
        ("/r", "/r"), ("/hr/campaigns/2026-Q4", "/hr/campaigns/2026-Q4"), ("/r/", "/r/"),
        ("/r/%E5%85%AB/%zz", "/r/%E5%85%AB/%zz"), ("/r/短", "/r/短"),
    ])
    func redactedPaths(path: String, expected: String) {
        #expect(RedactingLogMiddleware<WebRequestContext>.redactedPath(path) == expected)
    }

    @Test func hostileTextIsEscapedEverywhere() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store, state: .draft)
        // HR's list of raters to remind names people too: one more rater,
        // assigned before launch.
        try await store.replaceAssignments(
            Fixture.assignments + [Assignment(rater: "P05", ratee: "P04", group: .subordinate)],
            in: Fixture.campaignID)
        try await Fixture.setState(.open, in: store)
        let hostile = Fixture.hostileName
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        try await WebTestSupport.app(store).test(.router) { client in
            // The person rated has a hostile name (P04 rates P05).
            let list = try await client.get(fixture.link("P04"))
            #expect(list.text.contains(escaped))
            #expect(!list.text.contains(hostile))
            let form = try await client.get(fixture.link("P04") + "/1")
            #expect(form.text.contains("<h1>评价：\u{2068}\(escaped)\u{2069}</h1>"))
            // A hostile comment comes back as text in the textarea.
            _ = try await client.post(
                fixture.link("P04") + "/1", [("comment.Q1", "</textarea>\(hostile)"), ("action", "save")])
            let again = try await client.get(fixture.link("P04") + "/1")
            #expect(again.text.contains("&lt;/textarea&gt;\(escaped)</textarea>"))
            #expect(!again.text.contains(hostile))
            let session = try await client.signIn(user: "admin", password: WebTestSupport.adminPassword)
            let progress = try await client.get("/hr/campaigns/2026-Q4", cookie: session)
            #expect(progress.text.contains("<td><bdi>\(escaped)</bdi></td>"))
            #expect(!progress.text.contains(hostile))
        }
    }

    @Test func anOversizedBodyIsRefused() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let long = String(repeating: "长", count: 30_000)  // 90 kB in UTF-8, 270 kB encoded
            let response = try await client.post(
                fixture.link("P03") + "/1", [("comment.Q1", long), ("action", "save")])
            #expect(response.status == .contentTooLarge)
            #expect(await store.response(for: RaterPair(rater: "P03", ratee: "P02"), in: Fixture.campaignID) == nil)
        }
    }

    @Test func htmlInterpolationEscapesText() {
        let name = "<b>\"A&B\"</b>"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(
            html.rendered
                == "<p title=\"&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;\">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</p>")
        let nested: HTML = "<div>\(html)\(3)</div>"
        #expect(nested.rendered == "<div>\(html.rendered)3</div>")
    }
}
