import Foundation
import Hummingbird
import Survey360Core
import Survey360Storage

/// Signing in and out, for HR's administrator and for managers.
///
/// The sign-in form carries a CSRF token of an anonymous session opened when
/// the form is shown (against login CSRF); a successful sign-in opens a new
/// session and drops the old one (against session fixation). Failed attempts
/// are counted per client address, and an unknown user costs the same
/// password hashing as a known one, so timing does not reveal who exists.
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
        var session = await services.session(of: request)
        if session == nil { session = await services.sessions.open(for: nil) }
        let strings = UIStrings(request.preferredLanguage)
        let error: HTML = message.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        let body: HTML = """
            <h1>\(strings.signInTitle)</h1>
            \(error)
            <form method="post" action="/signin" class="signin">
            <input type="hidden" name="csrf" value="\(session!.csrfToken)">
            <label for="user">\(strings.userLabel)</label>
            <input id="user" name="user" autocomplete="username" required>
            <label for="password">\(strings.passwordLabel)</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <div class="actions"><button type="submit" class="primary">\(strings.signInButton)</button></div>
            </form>
            """
        var response = Page(title: strings.signInTitle, language: strings.language, body: body).response(status: status)
        response.setCookie(services.sessionCookie.cookie(for: session!))
        return response
    }

    @Sendable func signIn(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let strings = UIStrings(request.preferredLanguage)
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        guard let session = await services.session(of: request),
            (try? services.verifyCSRF(form, session: session)) != nil
        else {
            return try await self.form(request, message: strings.expiredForm, status: .forbidden)
        }
        let client = context.rateLimitKey
        guard await services.signInFailures.isAllowed(client) else { throw WebError.tooManyRequests }
        let user = (form["user"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        guard let principal = try await authenticate(user: user, password: password) else {
            await services.signInFailures.recordFailure(client)
            context.logger.notice("Sign-in failed")
            return try await self.form(request, message: strings.signInFailed, status: .unauthorized)
        }
        await services.sessions.close(session.id)
        let signedIn = await services.sessions.open(for: principal)
        var response = Response(
            status: .seeOther, headers: [.location: principal == .administrator ? "/hr" : "/m"])
        response.setCookie(services.sessionCookie.cookie(for: signedIn))
        return response
    }

    /// The principal `user` and `password` sign in as, or `nil`.
    func authenticate(user: String, password: String) async throws -> Principal? {
        let configuration = services.configuration
        if let hash = configuration.administratorPasswordHash,
            ConstantTime.equals(user, configuration.administratorName)
        {
            return await Offload.run { hash.verify(password) } ? .administrator : nil
        }
        let organisation = try await services.store.organisation()
        let person =
            organisation?.person(PersonID(user))
            ?? organisation?.people.first { !$0.email.isEmpty && $0.email.lowercased() == user.lowercased() }
        guard let person, let credential = try await services.store.credential(for: person.id),
            let hash = PasswordHash(encoded: credential.passwordHash)
        else {
            let decoy = decoy
            _ = await Offload.run { decoy.verify(password) }
            return nil
        }
        return await Offload.run { hash.verify(password) } ? .manager(person.id) : nil
    }

    @Sendable func signOut(_ request: Request) async throws -> Response {
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        guard let session = await services.session(of: request) else { throw WebError.signInRequired }
        try services.verifyCSRF(form, session: session)
        await services.sessions.close(session.id)
        var response = Response(status: .seeOther, headers: [.location: "/signin"])
        response.setCookie(services.sessionCookie.expired)
        return response
    }
}
