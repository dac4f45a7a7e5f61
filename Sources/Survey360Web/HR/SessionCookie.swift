import Hummingbird
import Survey360Storage

/// The session cookie and the sign-in form's nonce cookie: HttpOnly (no
/// script reads them), SameSite=Strict (no other site's page sends them),
/// Secure and `__Host-` prefixed over HTTPS (no subdomain can set them).
struct SessionCookie: Sendable {
    let secure: Bool

    var name: String { secure ? "__Host-survey360_session" : "survey360_session" }
    /// The cookie of ``SignInFormToken``'s nonce.
    var signInName: String { secure ? "__Host-survey360_signin" : "survey360_signin" }

    func cookie(for session: Session) -> Cookie {
        cookie(name, session.id)
    }

    func signInCookie(nonce: String, lifetime: Int) -> Cookie {
        Cookie(
            name: signInName, value: nonce, maxAge: lifetime, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    /// A cookie that makes the browser forget the session.
    var expired: Cookie { expired(name) }
    /// A cookie that makes the browser forget the sign-in form's nonce.
    var expiredSignIn: Cookie { expired(signInName) }

    func sessionID(in request: Request) -> String? {
        request.cookies[name]?.value
    }

    func signInNonce(in request: Request) -> String? {
        request.cookies[signInName]?.value
    }

    private func cookie(_ name: String, _ value: String) -> Cookie {
        Cookie(name: name, value: value, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    private func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

extension WebServices {
    var sessionCookie: SessionCookie { SessionCookie(secure: configuration.secureCookies) }

    /// The live session of the request's cookie, if any.
    func session(of request: Request) async throws -> Session? {
        guard let id = sessionCookie.sessionID(in: request) else { return nil }
        return try await sessions.session(id)
    }

    /// The session of a signed-in administrator.
    ///
    /// - Throws: ``WebError`` `.signInRequired` without a session,
    ///   `.forbidden` for a manager's session.
    func requireAdministrator(_ request: Request) async throws -> Session {
        guard let session = try await session(of: request) else { throw WebError.signInRequired }
        guard session.principal == .administrator else { throw WebError.forbidden }
        return session
    }

    /// Checks a form's synchroniser token against its session's.
    ///
    /// - Throws: ``WebError`` `.forbidden` if the token is missing or wrong.
    func verifyCSRF(_ form: FormData, session: Session) throws {
        guard let token = form["csrf"], ConstantTime.equals(token, session.csrfToken) else {
            throw WebError.forbidden
        }
    }
}
