import Survey360Core

/// Why a store refused or failed an operation.
///
/// A struct over a private code, so that cases can be added without breaking
/// callers. Its description never carries answers, tokens or rater ids.
public struct StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case notFound, conflict, alreadySubmitted, notAssigned, invalidState, unavailable, corrupt, invalid
    }

    private let code: Code
    /// A sentence for people, in the house style.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// Something named does not exist.
    public static func notFound(_ message: String) -> Self { Self(.notFound, message) }
    /// Something with the same identity exists already.
    public static func conflict(_ message: String) -> Self { Self(.conflict, message) }
    /// A questionnaire's answers are final and cannot change.
    public static let alreadySubmitted = Self(.alreadySubmitted, "This questionnaire has already been submitted")
    /// A response was given for a pair the campaign does not assign.
    public static let notAssigned = Self(.notAssigned, "This questionnaire is not assigned in the campaign")
    /// A value the store cannot keep, such as a rating no scale has.
    public static func invalid(_ message: String) -> Self { Self(.invalid, message) }
    /// Purging needs an archived campaign, whose reports are kept.
    public static func notArchived(_ campaign: CampaignID, _ state: CampaignState) -> Self {
        Self(.invalidState, "Campaign '\(campaign)' is \(state.rawValue); only an archived campaign can be purged")
    }
    /// The campaign's state does not allow the write or the transition: a
    /// closed campaign takes no more answers, a launched one no new
    /// assignments. Checked inside the write's transaction.
    public static func invalidState(_ message: String) -> Self { Self(.invalidState, message) }
    /// The database could not be reached or opened.
    public static func unavailable(_ message: String) -> Self { Self(.unavailable, message) }
    /// A stored row cannot be read back: the database was changed by hand.
    public static func corrupt(_ message: String) -> Self { Self(.corrupt, "The database is damaged: \(message)") }

    /// Whether the database could not be reached: worth trying again later,
    /// unlike every other refusal.
    public var isUnavailable: Bool { code == .unavailable }

    /// Whether the campaign's state refused the operation (see ``invalidState(_:)``).
    public var isInvalidState: Bool { code == .invalidState }

    public static func ~= (pattern: Self, error: any Error) -> Bool {
        (error as? Self)?.code == pattern.code
    }
}
