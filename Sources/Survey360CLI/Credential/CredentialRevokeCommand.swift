import ArgumentParser
import Survey360Core
import Survey360Storage
import Survey360Web

/// `survey360 credential revoke PERSON`: a manager's password stops working
/// and their sessions end, on every server sharing the database.
struct CredentialRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a manager's password and end their sessions."
    )

    @Argument(help: "The manager's employee ID.")
    var person: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try store.open()
        let id = PersonID(person)
        let had = try await database.credential(for: id) != nil
        try await CredentialIssuer(store: database, sessions: store.sessions(in: database, limits: SessionLimits()))
            .revoke(for: id)
        Console.current.print(
            had
                ? "Revoked the credential of \(id); their sessions have ended"
                : "\(id) had no credential; any sessions of theirs have ended")
    }
}
