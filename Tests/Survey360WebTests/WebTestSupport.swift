import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Survey360Core
import Survey360Storage
import Survey360Web

/// Helpers shared by the web tests.
enum WebTestSupport {
    /// The package's root, found from this file, for `templates/web`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The administrator's password in tests, hashed with few iterations so
    /// that tests stay fast; the work factor is tested on its own.
    static let adminPassword = "correct horse battery staple"
    static let adminHash = PasswordHash.make(password: adminPassword, iterations: 1_000)

    static func configuration(secure: Bool = false, maximumFailedAttempts: Int = 10) -> WebConfiguration {
        var configuration = WebConfiguration()
        configuration.assetsDirectory = packageRoot.appendingPathComponent("templates/web").path
        configuration.administratorPasswordHash = adminHash
        configuration.passwordIterations = 1_000
        configuration.minimumAdministratorIterations = 1_000
        configuration.secureCookies = secure
        configuration.maximumFailedAttempts = maximumFailedAttempts
        return configuration
    }

    /// An app on `store`, driven in-process.
    static func app(
        _ store: any SurveyStore & CredentialStore, configuration: WebConfiguration = configuration(),
        scorecards: any ScorecardSource = NoScorecards(), logger: Logger = Logger(label: "test")
    ) throws -> some ApplicationProtocol {
        try buildApplication(configuration: configuration, store: store, scorecards: scorecards, logger: logger)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The value of the cookie `name` set by this response.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].compactMap { header -> String? in
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0] == name else { return nil }
            return String(pair[1])
        }.first
    }

    /// Every cookie this response sets, as a request's `Cookie` header.
    var cookieHeader: String {
        headers[values: .setCookie].map { String($0.split(separator: ";")[0]) }.joined(separator: "; ")
    }

    /// The first `name="csrf" value="…"` of the page.
    var csrfToken: String? {
        guard let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension TestClientProtocol {
    /// Posts `fields` as a form.
    func post(
        _ uri: String, _ fields: [(String, String)], cookie: String? = nil, headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let cookie { headers[.cookie] = "survey360_session=\(cookie)" }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func get(_ uri: String, cookie: String? = nil, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        if let cookie { headers[.cookie] = "survey360_session=\(cookie)" }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// Signs in through the form and returns the session cookie.
    func signIn(user: String, password: String) async throws -> String? {
        let response = try await postSignIn(user: user, password: password, form: try await get("/signin"))
        return response.status == .seeOther ? response.cookie("survey360_session") : nil
    }

    /// Posts the sign-in form `form` (a `GET /signin` response) with its
    /// cookies, as a browser does.
    func postSignIn(
        user: String, password: String, form: TestResponse, headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        headers[.cookie] = form.cookieHeader
        return try await post(
            "/signin", [("csrf", form.csrfToken ?? ""), ("user", user), ("password", password)], headers: headers)
    }
}
