import Foundation
import Survey360Core

/// Who a signed-in browser acts for.
public enum Principal: Hashable, Sendable {
    /// HR's administrator, configured when the server starts.
    case administrator
    /// A manager, signed in with the credential HR issued to them.
    case manager(PersonID)
}

/// A browser's session: the principal once signed in, and the synchroniser
/// token every form of the session must send back (CSRF protection).
///
/// Sessions live in server memory only (``SessionStore``); the cookie holds a
/// 256-bit random id, so there is nothing in it to forge or to decode.
struct Session: Sendable {
    let id: String
    let principal: Principal?
    let csrfToken: String
    let created: Date
    var lastSeen: Date
}
