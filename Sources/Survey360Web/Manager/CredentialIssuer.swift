import Foundation
import Survey360Core
import Survey360Storage

/// Issues and revokes managers' sign-in credentials: a new random password,
/// stored only as a ``PasswordHash``, replacing (and so revoking) any earlier
/// one; issuing and revoking end every session opened with the earlier one,
/// on every server whose ``SessionStore`` is the database's.
///
/// ```swift
/// let issued = try await CredentialIssuer(store: store, sessions: sessions).issue(for: "P0042")
/// print(issued.password)   // hand over once; it is not stored
/// ```
public struct CredentialIssuer: Sendable {
    /// The person is not in the organisation.
    public struct UnknownPerson: Error, Hashable, Sendable, CustomStringConvertible {
        public let personID: PersonID

        public init(personID: PersonID) {
            self.personID = personID
        }

        public var description: String { "There is no person with ID '\(personID)'" }
    }

    /// A credential just issued; `password` exists nowhere else.
    public struct Issued: Sendable {
        public let personID: PersonID
        public let name: String
        public let password: String
    }

    /// Letters and digits that cannot be mistaken for each other when read
    /// aloud or copied by hand (no 0/O, 1/l/I).
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    let store: any SurveyStore & CredentialStore
    let sessions: any SessionStore
    let iterations: Int

    public init(
        store: any SurveyStore & CredentialStore, sessions: any SessionStore,
        iterations: Int = PasswordHash.defaultIterations
    ) {
        self.store = store
        self.sessions = sessions
        self.iterations = iterations
    }

    /// - Throws: ``UnknownPerson`` if `person` is not in the organisation.
    public func issue(for person: PersonID) async throws -> Issued {
        guard let found = try await store.organisation()?.person(person) else { throw UnknownPerson(personID: person) }
        let password = Self.newPassword()
        let iterations = iterations
        let hash = await Offload.run { PasswordHash.make(password: password, iterations: iterations) }
        try await store.storeCredential(ManagerCredential(personID: person, passwordHash: hash.encoded))
        // After the new hash is stored, so that a sign-in with the old
        // password checked meanwhile cannot open a session after this.
        try await sessions.closeAll(of: .manager(person))
        return Issued(personID: person, name: found.name, password: password)
    }

    /// Revokes `person`'s credential, if any, and ends their sessions: for a
    /// manager who leaves or whose password got out. Nobody need still be in
    /// the organisation for this.
    public func revoke(for person: PersonID) async throws {
        // Removed before the sessions close, as in `issue(for:)`: a sign-in
        // checked meanwhile either sees no credential or has its session
        // ended here.
        try await store.revokeCredential(for: person)
        try await sessions.closeAll(of: .manager(person))
    }

    /// 20 characters from a 32-letter alphabet (100 bits), in groups of five.
    static func newPassword() -> String {
        let characters = SecureRandom.bytes(20).map { alphabet[Int($0) % alphabet.count] }
        return stride(from: 0, to: 20, by: 5).map { String(characters[$0..<$0 + 5]) }.joined(separator: "-")
    }
}
