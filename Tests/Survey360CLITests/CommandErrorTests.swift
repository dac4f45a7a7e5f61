import Foundation
import Testing

/// How commands end when they fail: a runtime failure prints one clear line
/// and exits 1; only a mistake in the command line itself prints the usage
/// and exits 64.
@Suite struct CommandErrorTests {
    let workspace: CLIWorkspace

    init() async throws {
        workspace = try CLIWorkspace()
        await workspace.run(["campaign", "create", "2026-Q4"])
    }

    private func failing(_ arguments: [String]) async -> CommandResult {
        await CommandRunner.run(arguments + ["--database", workspace.database])
    }

    @Test func anUnknownCampaignIsNotAUsageError() async {
        let result = await failing(["campaign", "close", "2027-Q1"])
        #expect(result.exitCode == 1)
        #expect(
            result.errors
                == "Error: No campaign '2027-Q1' in '\(workspace.database)'; 'survey360 campaign list' shows them\n")
        #expect(result.output.isEmpty)
    }

    @Test func aRefusedTransitionIsNotAUsageError() async {
        let result = await failing(["campaign", "close", "2026-Q4"])
        #expect(result.exitCode == 1)
        #expect(result.errors == "Error: Campaign '2026-Q4' is draft; only an open campaign can be closed\n")
    }

    @Test func aMissingOrganisationIsNotAUsageError() async {
        let result = await failing(["campaign", "assign", "2026-Q4"])
        #expect(result.exitCode == 1)
        #expect(result.errors == "Error: No organisation has been imported; run 'survey360 org import DIR' first\n")
    }

    @Test func aBrokenCampaignFileIsNotAUsageError() async throws {
        let file = try workspace.write("campaign.json", "{")
        let result = await failing(["campaign", "create", "2027-Q1", "--file", file])
        #expect(result.exitCode == 1)
        #expect(result.errors == "Error: The campaign file 'campaign.json' is not valid JSON\n")
    }

    /// A campaign closed with one pseudonym key and scored with another
    /// cannot be scored: a runtime failure, not a usage mistake.
    @Test func anotherPseudonymKeyIsNotAUsageError() async throws {
        let (database, folder) = try await ReportCommandTests().closedCampaign()
        let result = await CommandRunner.run([
            "scores", "2026-Q4", "--database", database, "--pseudonym-key", folder.appending(path: "other-key").path,
        ])
        #expect(result.exitCode == 1)
        #expect(
            result.errors
                == "Error: Campaign '2026-Q4' was closed with another pseudonym key than this one; give that key with --pseudonym-key\n"
        )
    }

    /// A missing templates folder is said before the campaign is even
    /// looked up, so nobody waits for a 100,000-person campaign to load
    /// and score only to be told.
    @Test func aMissingTemplatesFolderIsSaidFirst() async {
        let missing = workspace.directory.appending(path: "no-templates").path
        let result = await failing(["scores", "2027-Q1", "--templates", missing])
        #expect(result.exitCode == 1)
        #expect(result.errors == "Error: Templates directory '\(missing)' does not exist\n")
    }

    /// Nothing on standard input is a mistake in what was given, not in
    /// the command line: the installed program, as HR runs it.
    @Test func aMissingPasswordIsNotAUsageError() throws {
        let result = try ServeProcess.hashPassword(input: "")
        #expect(result.status == 1)
        #expect(result.errors == "Error: Give the password on standard input\n")
    }

    /// Mistakes in the command line keep the usage text, which says what to type.
    @Test func aContradictoryCommandLineIsAUsageError() async {
        let result = await failing(["scores", "2026-Q4", "--person", "P1", "--department", "D1"])
        #expect(result.exitCode == 64)
        #expect(result.errors.hasPrefix("Error: Give --person or --department, not both\nUsage: survey360 scores "))
    }
}
