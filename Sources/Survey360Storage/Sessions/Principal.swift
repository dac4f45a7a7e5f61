import Survey360Core

/// Who a signed-in browser acts for.
public enum Principal: Hashable, Sendable {
    /// HR's administrator, configured when the server starts.
    case administrator
    /// A manager, signed in with the credential HR issued to them.
    case manager(PersonID)
}

extension Principal {
    /// How a session table stores the principal: `administrator`, or
    /// `manager:` and the person's id.
    package var storedText: String {
        switch self {
        case .administrator: "administrator"
        case .manager(let id): "manager:\(id.rawValue)"
        }
    }

    /// The principal of ``storedText``; `nil` for anything else, which then
    /// opens nothing.
    package init?(storedText text: String) {
        if text == "administrator" {
            self = .administrator
        } else if text.hasPrefix("manager:") {
            self = .manager(PersonID(String(text.dropFirst("manager:".count))))
        } else {
            return nil
        }
    }
}
