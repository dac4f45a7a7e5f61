import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Survey360Core
import Survey360Storage
import Survey360Web
import Testing

/// The attacks of issue #10 items 4 to 7, each as a visitor would make it,
/// over HTTP, against the application `survey360 serve` runs.
@Suite struct HostileVisitorTests {
    /// A configuration for a live server on a free port.
    static func live(maximumFailedAttempts: Int = 10) -> WebConfiguration {
        var configuration = WebTestSupport.configuration(maximumFailedAttempts: maximumFailedAttempts)
        configuration.port = 0
        return configuration
    }

    /// Sends `request` on a connection of its own, so that requests sent
    /// together are handled together rather than one after another.
    static func send(_ request: TestClient.Request, port: Int) async throws -> HTTPResponse.Status {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120))) {
            client in
            try await client.execute(request).head.status
        }
    }

    static func signInRequest(form: TestResponse, user: String, password: String) -> TestClient.Request {
        let body = "csrf=\(form.csrfToken ?? "")&user=\(user)&password=\(password)"
        return TestClient.Request(
            "/signin", method: .post, authority: "localhost",
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: form.cookieHeader],
            body: ByteBuffer(string: body))
    }

    // MARK: - Item 4: the sign-in limit under concurrency

    /// Sixty wrong passwords sent at once: before the fix all sixty were
    /// hashed and answered 401, since a failure was counted only after its
    /// hash. Now only as many as the limit are evaluated.
    @Test func simultaneousWrongPasswordsAreNotAllEvaluated() async throws {
        let store = MemoryStore()
        // A slow hash, as in production, so that all sixty are in flight
        // before the first is answered.
        var configuration = Self.live()
        configuration.administratorPasswordHash = PasswordHash.make(password: "right", iterations: 50_000)
        let app = try WebTestSupport.app(store, configuration: configuration)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let form = try await client.get("/signin")
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<60 {
                    let request = Self.signInRequest(form: form, user: "admin", password: "wrong\(attempt)")
                    group.addTask { try await Self.send(request, port: port) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count { $0 == .unauthorized } == 10)
            #expect(statuses.count { $0 == .tooManyRequests } == 50)
        }
    }

    // MARK: - Item 5: one address must not lock everyone out

    /// Ten unknown links from an address (a NAT, the reverse proxy): before
    /// the fix a rater's valid link from it was refused with 429.
    @Test func unknownLinksDoNotLockOutAValidLink() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            for guess in 0..<10 {
                let unknown = RaterToken.generate().linkText
                #expect(try await client.get("/r/\(unknown)").status == .notFound, "guess \(guess)")
            }
            #expect(try await client.get("/r/\(RaterToken.generate().linkText)").status == .tooManyRequests)
            #expect(try await client.get("/r/short").status == .tooManyRequests)
            let valid = try await client.get(fixture.link("P03"))
            #expect(valid.status == .ok)
            #expect(try await client.get(fixture.link("P04") + "/1").status == .ok)
        }
    }

    /// Ten wrong passwords for one account: before the fix the right
    /// password of another account from the same address was refused.
    @Test func wrongPasswordsForOneAccountDoNotLockOutAnother() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            for attempt in 0..<10 {
                #expect(try await client.signIn(user: "P02", password: "guess\(attempt)") == nil)
            }
            let form = try await client.get("/signin")
            let refused = try await client.postSignIn(user: "P02", password: "guess", form: form)
            #expect(refused.status == .tooManyRequests)
            #expect(try await client.signIn(user: "admin", password: WebTestSupport.adminPassword) != nil)
        }
    }

    // MARK: - Item 6: tokens never reach the log

    /// Spellings of a rater's link the router serves or that people mistype:
    /// before the fix each was logged with the token in clear.
    @Test func noSpellingOfALinkLogsTheToken() async throws {
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        let log = CapturedLog()
        let token = fixture.tokens["P03"]!.linkText
        let encoded = token.utf8.map { String(format: "%%%02X", $0) }.joined()
        let spellings = [
            "//r/\(token)", "/r//\(token)", "//r/\(token)/1", "/R/\(token)", "/r/\(token)/", "/r/\(token).",
            "/r/\(token)x", "/r/\(encoded)", "/x/\(token)", "/r/\(token)/1/", "/r/%20\(token)",
        ]
        try await WebTestSupport.app(store, logger: log.logger).test(.router) { client in
            for spelling in spellings { _ = try await client.get(spelling) }
            _ = try await client.post("//r/\(token)/1", [("item.I1", "3"), ("action", "save")])
        }
        #expect(log.text.contains("(redacted)"))
        #expect(!log.text.contains(token))
        #expect(!log.text.contains(String(token.prefix(11))))
        #expect(!log.text.contains(String(token.suffix(11))))
        #expect(!log.text.contains(String(encoded.prefix(30))))
    }

    // MARK: - Item 7: sessions against revocation and floods

    /// A manager signs in, HR re-issues the credential: before the fix the
    /// session opened with the old one went on working for hours.
    @Test func reissuingACredentialEndsTheManagersSessions() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await Fixture.setState(.closed, in: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let admin = try #require(try await client.signIn(user: "admin", password: WebTestSupport.adminPassword))
            let csrf = try #require(try await client.get("/hr", cookie: admin).csrfToken)
            func issue() async throws -> String {
                let page = try await client.post("/hr/credentials", [("csrf", csrf), ("person", "P02")], cookie: admin)
                let text = page.text
                let start = try #require(text.range(of: "<code>"))
                return String(text[start.upperBound...].prefix { $0 != "<" })
            }
            let first = try await issue()
            let manager = try #require(try await client.signIn(user: "P02", password: first))
            #expect(try await client.get("/m", cookie: manager).status == .ok)
            let second = try await issue()
            #expect(try await client.get("/m", cookie: manager).status == .seeOther)
            #expect(try await client.signIn(user: "P02", password: first) == nil)
            #expect(try await client.signIn(user: "P02", password: second) != nil)
            // HR's own session is untouched.
            #expect(try await client.get("/hr", cookie: admin).status == .ok)
        }
    }

    /// Anonymous visits to the sign-in page, twelve times the session
    /// table's bound: before the fix 12,000 of them (bound 10,000) pushed
    /// HR's session out. Now they open no session at all.
    @Test func anonymousVisitsDoNotEvictSignedInSessions() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let sessions = MemorySessionStore(limits: SessionLimits(capacity: 100))
        let app = try buildApplication(
            configuration: WebTestSupport.configuration(), store: store, sessions: sessions)
        try await app.test(.router) { client in
            let admin = try #require(try await client.signIn(user: "admin", password: WebTestSupport.adminPassword))
            for _ in 0..<1_200 { _ = try await client.get("/signin") }
            #expect(await sessions.count == 1)
            #expect(try await client.get("/hr", cookie: admin).status == .ok)
        }
    }

    /// An administrator's hash with 1,000 iterations (cracked in no time
    /// if the configuration leaks): before the fix the server started.
    @Test func aWeakAdministratorHashIsRefusedAtStartUp() throws {
        var configuration = WebConfiguration()
        configuration.assetsDirectory = WebTestSupport.packageRoot.appendingPathComponent("templates/web").path
        configuration.administratorPasswordHash = PasswordHash.make(password: "x", iterations: 1_000)
        #expect(throws: WebConfigurationError.self) {
            _ = try buildApplication(configuration: configuration, store: MemoryStore())
        }
        configuration.administratorPasswordHash = try #require(
            PasswordHash(encoded: "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0$" + String(repeating: "A", count: 43)))
        _ = try buildApplication(configuration: configuration, store: MemoryStore())
    }
}
