import Foundation
import Hummingbird
import Survey360Core
import Survey360Storage

/// Signing in and out, for HR's administrator and for managers.
///
/// The sign-in form carries a signed token bound to a nonce cookie
/// (``SignInFormToken``, against login CSRF) instead of an anonymous
/// session, so that visitors who never sign in take no room in the
/// ``SessionStore``. A successful sign-in opens a new session and drops any
/// old one (against session fixation).
///
/// Each attempt is reserved in the ``AttemptStore`` under its address and
/// account (``AttemptLimits``) *before* the password is hashed, so that
/// simultaneous guesses cannot all be evaluated before the first failure is
/// counted. An unknown user costs the same password hashing as a known one,
/// so timing does not reveal who exists.
struct AuthController: Sendable {
    let services: WebServices
    /// Verified when the user is unknown, to spend the same time.
    private let decoy: PasswordHash

    init(services: WebServices) {
        self.services = services
        decoy = PasswordHash.make(password: SecureRandom.token(), iterations: services.configuration.passwordIterations)
    }

    func register(on router: Router<WebRequestContext>) {
        router.get("/signin") { request, _ in try await form(request) }
        router.post("/signin") { request, context in try await signIn(request, context) }
        router.post("/signout") { request, _ in try await signOut(request) }
    }

    @Sendable func form(_ request: Request, message: String? = nil, status: HTTPResponse.Status = .ok) async throws
        -> Response
    {
        let cookies = services.sessionCookie
        // The nonce a browser already has is kept, so that forms open in
        // several tabs all stay valid.
        let nonce =
            cookies.signInNonce(in: request).flatMap { SignInFormToken.isNonce($0) ? $0 : nil }
            ?? SignInFormToken.nonce()
        let token = services.signInForm.token(for: nonce, at: Date())
        let strings = UIStrings(request.preferredLanguage)
        let error: HTML = message.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        let body: HTML = """
            <h1>\(strings.signInTitle)</h1>
            \(error)
            <form method="post" action="/signin" class="signin">
            <input type="hidden" name="csrf" value="\(token)">
            <label for="user">\(strings.userLabel)</label>
            <input id="user" name="user" autocomplete="username" required>
            <label for="password">\(strings.passwordLabel)</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <div class="actions"><button type="submit" class="primary">\(strings.signInButton)</button></div>
            </form>
            """
        var response = Page(title: strings.signInTitle, language: strings.language, body: body).response(status: status)
        response.setCookie(cookies.signInCookie(nonce: nonce, lifetime: Int(services.signInForm.lifetime)))
        return response
    }

    @Sendable func signIn(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let strings = UIStrings(request.preferredLanguage)
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        guard let nonce = services.sessionCookie.signInNonce(in: request), let token = form["csrf"],
            services.signInForm.isValid(token, for: nonce, at: Date())
        else {
            return try await self.form(request, message: strings.expiredForm, status: .forbidden)
        }
        let user = (form["user"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let limits = services.limits.signIn(as: user, from: context.rateLimitKey)
        guard let attempt = try await services.signInAttempts.reserve(limits) else { throw WebError.tooManyRequests }
        let match: Match?
        do {
            match = try await authenticate(user: user, password: password)
        } catch {
            try? await services.signInAttempts.settle(attempt, failed: false)
            throw error
        }
        try await services.signInAttempts.settle(attempt, failed: match == nil)
        guard let match, let signedIn = try await openSession(for: match, replacing: request) else {
            context.logger.notice("Sign-in failed")
            return try await self.form(request, message: strings.signInFailed, status: .unauthorized)
        }
        var response = Response(
            status: .seeOther, headers: [.location: match.principal == .administrator ? "/hr" : "/m"])
        response.setCookie(services.sessionCookie.cookie(for: signedIn))
        response.setCookie(services.sessionCookie.expiredSignIn)
        return response
    }

    /// Opens the session of a sign-in, closing the browser's earlier one;
    /// `nil` if the manager's credential was re-issued while the password was
    /// being checked.
    ///
    /// The credential is read again *after* the session is open: either the
    /// re-issue came first and this read sees it, or it comes later and its
    /// `closeAll` ends this session. Either way the old password opens
    /// nothing that outlives it.
    private func openSession(for match: Match, replacing request: Request) async throws -> Session? {
        if let old = services.sessionCookie.sessionID(in: request) { try await services.sessions.close(old) }
        let session = try await services.sessions.open(for: match.principal)
        if let credential = match.credential,
            try await services.store.credential(for: credential.personID) != credential
        {
            try await services.sessions.close(session.id)
            return nil
        }
        return session
    }

    /// Who a user name and password sign in as.
    struct Match {
        let principal: Principal
        /// The manager's credential the password matched; `nil` for HR.
        let credential: ManagerCredential?
    }

    /// Who `user` and `password` sign in as; `nil` if they match nobody.
    func authenticate(user: String, password: String) async throws -> Match? {
        let configuration = services.configuration
        if let hash = configuration.administratorPasswordHash,
            ConstantTime.equals(user, configuration.administratorName)
        {
            return await Offload.run { hash.verify(password) } ? Match(principal: .administrator, credential: nil) : nil
        }
        let organisation = try await services.organisation.organisation()
        let person =
            organisation.person(PersonID(user))
            ?? organisation.people.first { !$0.email.isEmpty && $0.email.lowercased() == user.lowercased() }
        guard let person, let credential = try await services.store.credential(for: person.id),
            let hash = PasswordHash(encoded: credential.passwordHash)
        else {
            let decoy = decoy
            _ = await Offload.run { decoy.verify(password) }
            return nil
        }
        return await Offload.run { hash.verify(password) }
            ? Match(principal: .manager(person.id), credential: credential) : nil
    }

    @Sendable func signOut(_ request: Request) async throws -> Response {
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        guard let session = try await services.session(of: request) else { throw WebError.signInRequired }
        try services.verifyCSRF(form, session: session)
        try await services.sessions.close(session.id)
        var response = Response(status: .seeOther, headers: [.location: "/signin"])
        response.setCookie(services.sessionCookie.expired)
        return response
    }
}
