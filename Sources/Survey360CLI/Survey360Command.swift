import ArgumentParser

/// `survey360`: the command line HR and auditors use.
///
/// The commands live in this library rather than in the executable so that
/// tests run them in-process, exactly as a user would type them.
public struct Survey360Command: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "survey360",
        abstract: "Run 360-degree internal customer satisfaction surveys.",
        discussion: """
            Import the organisation HR exports, run a quarterly campaign in which \
            everyone is rated by their internal customers, and publish scores \
            under strict confidentiality rules as XML for auditors and HTML for \
            managers.
            """,
        version: "0.1.0",
        subcommands: [
            OrgCommand.self, CampaignCommand.self, AssignmentsCommand.self, InvitationsCommand.self,
            ResponsesCommand.self, SimulateCommand.self, ScoresCommand.self, ReportCommand.self,
            ArchiveCommand.self, KeysCommand.self, VerifyCommand.self, ServeCommand.self, HashPasswordCommand.self,
            StoreCommand.self, CredentialCommand.self,
        ]
    )

    public init() {}
}
