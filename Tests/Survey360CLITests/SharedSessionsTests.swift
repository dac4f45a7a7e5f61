import Foundation
import PostgreSQLTestServer
import Testing

/// HR's and managers' sessions on two real `serve` processes sharing one
/// PostgreSQL database, as a browser behind a load balancer meets them: a
/// request may reach either server, so a session opened on one works on the
/// other, and signing out, re-issuing or revoking through either ends it on
/// both (issue #12, item 4). In the serialized suite, so that it does not
/// start its servers beside the others' bursts.
extension SeveralServersTests {
    /// The session cookie a browser sends after signing in.
    struct SessionCookie {
        let header: String
    }

    /// Two servers on a new database holding the hospital's organisation,
    /// with what docs/web.md asks of servers answering the same browsers:
    /// the administrator's hash and the sign-in form's key, shared.
    struct TwoServers {
        static let password = "correct horse battery staple"
        let first: ServeProcess
        let second: ServeProcess
        /// `--database` and `--pseudonym-key` for commands on the same store.
        let options: [String]

        init() async throws {
            let database = try await PostgreSQLTestServer.newDatabase()
            let folder = try CommandRunner.temporaryDirectory()
            options = ["--database", database, "--pseudonym-key", folder.appendingPathComponent("pseudonym-key").path]
            let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
            _ = try await SeveralServersTests.command(["org", "import", hospital] + options)
            let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max) }).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            let environment = [
                "SURVEY360_ADMIN_PASSWORD_HASH": try ServeProcess.passwordHash(of: Self.password),
                "SURVEY360_FORM_KEY": key,
            ]
            first = try await ServeProcess(database: database, folder: folder, environment: environment)
            second = try await ServeProcess(database: database, folder: folder, environment: environment)
        }

        func stop() {
            first.stop()
            second.stop()
        }
    }

    @Test func sessionsOpenedOnOneServerWorkAndEndOnBoth() async throws {
        let servers = try await TwoServers()
        defer { servers.stop() }
        let (first, second, options, password) = (servers.first, servers.second, servers.options, TwoServers.password)

        // HR takes the form from the second server, signs in on the first,
        // and is signed in on both.
        let hr = try await Self.signIn(user: "admin", password: password, form: second, post: first)
        let hrPage = try await WebClient.shared.get("\(second.base)/hr", cookie: hr.header)
        #expect(hrPage.status == 200)
        #expect(try await WebClient.shared.get("\(first.base)/hr", cookie: hr.header).status == 200)
        // Signing out on the second ends the session on the first too.
        let csrf = try #require(Self.csrfToken(in: hrPage.body))
        let signedOut = try await WebClient.shared.post(
            "\(second.base)/signout", form: [("csrf", csrf)], cookie: hr.header)
        #expect(signedOut.status == 303)
        #expect(try await Self.isSignedOut(hr, at: "/hr", on: [first, second]))

        // A manager's credential, issued with the command line.
        let issued = try await Self.command(["credential", "issue", "P002"] + options)
        let manager = try await Self.signIn(user: "P002", password: issued, form: first, post: first)
        for server in [first, second] {
            #expect(try await WebClient.shared.get("\(server.base)/m", cookie: manager.header).status == 200)
        }
        // Re-issuing ends the session on both, and the old password opens none.
        let reissued = try await Self.command(["credential", "issue", "P002"] + options)
        #expect(try await Self.isSignedOut(manager, at: "/m", on: [first, second]))
        #expect(try await Self.signInStatus(user: "P002", password: issued, form: second, post: second) == 401)

        // Revoking ends the new password's session on both, and it opens none.
        let again = try await Self.signIn(user: "P002", password: reissued, form: first, post: first)
        #expect(try await WebClient.shared.get("\(second.base)/m", cookie: again.header).status == 200)
        let revoked = await CommandRunner.run(["credential", "revoke", "P002"] + options)
        #expect(revoked.exitCode == 0, "\(revoked.errors)")
        #expect(try await Self.isSignedOut(again, at: "/m", on: [first, second]))
        #expect(try await Self.signInStatus(user: "P002", password: reissued, form: second, post: second) == 401)
    }

    /// Wrong passwords are counted in the database, so two servers allow a
    /// guesser the limit (10 per address and account) once, not once each:
    /// the eleventh guess and then the right password are refused on both.
    @Test func signInFailuresAreCountedOnceForBothServers() async throws {
        let servers = try await TwoServers()
        defer { servers.stop() }
        var answers: [Int] = []
        for guess in 0..<10 {
            let server = guess % 2 == 0 ? servers.first : servers.second
            answers.append(
                try await Self.signInStatus(user: "admin", password: "guess \(guess)", form: server, post: server))
        }
        #expect(answers == Array(repeating: 401, count: 10))
        for server in [servers.first, servers.second] {
            #expect(try await Self.signInStatus(user: "admin", password: "guess", form: server, post: server) == 429)
            let status = try await Self.signInStatus(
                user: "admin", password: TwoServers.password, form: server, post: server)
            #expect(status == 429)
        }
    }

    /// Runs a command in-process, expecting success; its last line printed.
    static func command(_ arguments: [String]) async throws -> String {
        let result = await CommandRunner.run(arguments)
        try #require(result.exitCode == 0, "\(arguments.prefix(3)): \(result.errors)")
        return String(result.output.split(separator: "\n").last ?? "")
    }

    /// Signs in as a browser does: the form (and its nonce cookie) from
    /// `form`, the post to `post`.
    static func signIn(user: String, password: String, form: ServeProcess, post: ServeProcess) async throws
        -> SessionCookie
    {
        let reply = try await signInReply(user: user, password: password, form: form, post: post)
        try #require(reply.status == 303, "sign-in as \(user) answered \(reply.status)")
        let id = try #require(cookie("survey360_session", in: reply), "no session cookie")
        return SessionCookie(header: "survey360_session=\(id)")
    }

    static func signInStatus(user: String, password: String, form: ServeProcess, post: ServeProcess) async throws
        -> Int
    {
        try await signInReply(user: user, password: password, form: form, post: post).status
    }

    private static func signInReply(user: String, password: String, form: ServeProcess, post: ServeProcess)
        async throws -> WebClient.Reply
    {
        let page = try await WebClient.shared.get("\(form.base)/signin")
        let nonce = try #require(cookie("survey360_signin", in: page), "no sign-in nonce")
        let csrf = try #require(csrfToken(in: page.body), "no form token")
        return try await WebClient.shared.post(
            "\(post.base)/signin", form: [("csrf", csrf), ("user", user), ("password", password)],
            cookie: "survey360_signin=\(nonce)")
    }

    /// Whether every server sends `session` to the sign-in page from `path`.
    static func isSignedOut(_ session: SessionCookie, at path: String, on servers: [ServeProcess]) async throws
        -> Bool
    {
        for server in servers {
            let reply = try await WebClient.shared.get("\(server.base)\(path)", cookie: session.header)
            guard reply.status == 303, reply.headers["location"] == "/signin" else { return false }
        }
        return true
    }

    /// A non-empty cookie the reply sets; several `Set-Cookie` fields may
    /// arrive folded into one.
    static func cookie(_ name: String, in reply: WebClient.Reply) -> String? {
        guard let header = reply.headers["set-cookie"], let start = header.range(of: "\(name)=") else { return nil }
        let value = header[start.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    static func csrfToken(in page: String) -> String? {
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }
}
