import Hummingbird

/// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no
/// other site's page sends it), Secure and `__Host-` prefixed over HTTPS.
struct SessionCookie: Sendable {
    let secure: Bool

    var name: String { secure ? "__Host-survey360_session" : "survey360_session" }

    func cookie(for session: Session) -> Cookie {
        Cookie(name: name, value: session.id, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// A cookie that makes the browser forget the session.
    var expired: Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    func sessionID(in request: Request) -> String? {
        request.cookies[name]?.value
    }
}

extension WebServices {
    var sessionCookie: SessionCookie { SessionCookie(secure: configuration.secureCookies) }

    /// The live session of the request's cookie, if any.
    func session(of request: Request) async -> Session? {
        guard let id = sessionCookie.sessionID(in: request) else { return nil }
        return await sessions.session(id)
    }

    /// The session of a signed-in administrator.
    ///
    /// - Throws: ``WebError`` `.signInRequired` without a session,
    ///   `.forbidden` for a manager's session.
    func requireAdministrator(_ request: Request) async throws -> Session {
        guard let session = await session(of: request), let principal = session.principal else {
            throw WebError.signInRequired
        }
        guard principal == .administrator else { throw WebError.forbidden }
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
