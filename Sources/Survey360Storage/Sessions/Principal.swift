import Survey360Core

/// Who a signed-in browser acts for.
public enum Principal: Hashable, Sendable {
    /// HR's administrator, configured when the server starts.
    case administrator
    /// A manager, signed in with the credential HR issued to them.
    case manager(PersonID)
}
