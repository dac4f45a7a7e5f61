import ArgumentParser

/// `survey360 campaign`: a quarterly survey from draft to archive.
struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Create, assign, launch and close quarterly campaigns.",
        discussion: """
            A campaign moves draft → open → closed → archived. Rules and assignments can \
            change only while it is a draft; every change of state is written to its audit log.
            """,
        subcommands: [
            CampaignCreateCommand.self, CampaignListCommand.self, CampaignShowCommand.self,
            CampaignAssignCommand.self, CampaignLaunchCommand.self, CampaignCloseCommand.self,
            CampaignPurgeCommand.self,
        ]
    )
}
