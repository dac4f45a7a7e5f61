import Foundation
import Survey360Core

/// A manager's sign-in credential, as stored: a password hash in the PHC-like
/// text form the web module writes (`pbkdf2-sha256$iterations$salt$hash`),
/// never the password.
///
/// The store does not interpret the hash, so that the hashing scheme can be
/// strengthened later without a migration.
public struct ManagerCredential: Hashable, Sendable, Codable {
    public var personID: PersonID
    public var passwordHash: String
    public var issued: Date

    public init(personID: PersonID, passwordHash: String, issued: Date = Date()) {
        self.personID = personID
        self.passwordHash = passwordHash
        self.issued = issued
    }
}

/// Where the per-person sign-in credentials HR issues to managers are kept.
///
/// One credential per person: issuing a new one replaces (and so revokes) the
/// old one. The administrator's credential is not here; it is configured when
/// the server starts.
public protocol CredentialStore: Sendable {
    /// Stores `credential`, replacing any earlier credential of the same person.
    func storeCredential(_ credential: ManagerCredential) async throws
    /// The credential of `person`, or `nil` if HR never issued one.
    func credential(for person: PersonID) async throws -> ManagerCredential?
    /// Removes the credential of `person`; nothing happens if there is none.
    func revokeCredential(for person: PersonID) async throws
}
