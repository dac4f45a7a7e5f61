import ArgumentParser
import Survey360Core
import Survey360Storage
import Survey360Web

/// `survey360 credential issue PERSON`: a manager's new password, printed
/// once and stored only as a hash.
struct CredentialIssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue a manager a new password, replacing any earlier one and ending their sessions.",
        discussion: """
            The password is printed once, on the last line, and stored only as a PBKDF2 hash; \
            hand it over and do not keep it.
            """
    )

    @Argument(help: "The manager's employee ID.")
    var person: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try store.open()
        let issuer = CredentialIssuer(store: database, sessions: store.sessions(in: database, limits: SessionLimits()))
        do {
            let issued = try await issuer.issue(for: PersonID(person))
            Console.current.print("New credential for \(issued.personID) \(issued.name); earlier sessions have ended:")
            Console.current.print(issued.password)
        } catch let unknown as CredentialIssuer.UnknownPerson {
            throw CommandFailure("\(unknown.description) in '\(store.displayName)'")
        }
    }
}
