import ArgumentParser

/// `survey360 credential`: managers' sign-in credentials.
struct CredentialCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credential",
        abstract: "Issue or revoke a manager's password for the web application's scorecards.",
        discussion: """
            HR can also issue credentials on the /hr page of 'survey360 serve'. Both end the \
            manager's sessions on every server sharing the database.
            """,
        subcommands: [CredentialIssueCommand.self, CredentialRevokeCommand.self]
    )
}
