import Foundation
import Testing

/// HR's edits before launch, reminders after it, and simulated data, run
/// the way the README shows them.
@Suite struct AssignmentEditAndReminderTests {
    let workspace: CLIWorkspace
    var directory: URL { workspace.directory }
    var database: String { workspace.database }

    init() throws {
        workspace = try CLIWorkspace()
    }

    @discardableResult
    private func run(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async -> CommandResult {
        await workspace.run(arguments, sourceLocation: sourceLocation)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        try workspace.write(name, text)
    }

    private func pairs() async throws -> [[String]] {
        let file = directory.appendingPathComponent("pairs-\(UUID().uuidString).csv").path
        await run("assignments", "export", "2026-Q4", "--out", file)
        return try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func editsAreCheckedAsAWholeAndApplied() async throws {
        let organisation = directory.appendingPathComponent("org").path
        let simulated = await CommandRunner.run([
            "simulate", "org", "--people", "60", "--seed", "3", "--out", organisation,
        ])
        #expect(simulated.exitCode == 0)
        #expect(
            simulated.output
                == "Wrote 60 people in \(simulated.output.split(separator: " ")[4]) departments to \(organisation)\n")
        await run("org", "import", organisation)
        await run("campaign", "create", "2026-Q4")
        await run("campaign", "assign", "2026-Q4")
        let before = try await pairs()
        let removed = before[0]
        let remove = try write("remove.csv", "rater_id,ratee_id\n\(removed[0]),\(removed[1])\n")
        let bad = try write(
            "bad.csv", "rater_id,ratee_id,group\nNOBODY,\(removed[1]),functional\n\(removed[1]),\(removed[1]),peer\n")
        let refused = await CommandRunner.run(["assignments", "edit", "2026-Q4", "--add", bad, "--database", database])
        #expect(refused.exitCode != 0)
        #expect(
            refused.errors.contains(
                "bad.csv:3: unknown group 'peer'; expected self, superior, subordinate, downstream, upstream, functional"
            ))
        #expect(try await pairs().count == before.count)

        let edited = await run("assignments", "edit", "2026-Q4", "--remove", remove)
        #expect(edited.output.hasPrefix("Edited the assignments of '2026-Q4': 1 pair removed\n"))
        let after = try await pairs()
        #expect(after.count == before.count - 1)
        #expect(!after.contains { $0[0] == removed[0] && $0[1] == removed[1] })
    }

    @Test func remindersGoOnlyToRatersWhoHaveNotFinished() async throws {
        let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        await run("org", "import", hospital)
        await run("campaign", "create", "2026-Q4")
        await run("campaign", "assign", "2026-Q4")
        let invitations = directory.appendingPathComponent("invitations").path
        await run("campaign", "launch", "2026-Q4", "--out", invitations, "--templates", templates)
        let invited =
            try String(contentsOfFile: invitations + "/invitations.csv", encoding: .utf8)
            .split(separator: "\n").count - 1
        await run("simulate", "responses", "2026-Q4", "--seed", "5", "--rate", "1")
        let reminders = directory.appendingPathComponent("reminders").path
        let none = await run("invitations", "export", "2026-Q4", "--out", reminders)
        #expect(none.output.hasPrefix("Wrote 0 reminders to"))
        let again = directory.appendingPathComponent("again").path
        let all = await run("invitations", "export", "2026-Q4", "--out", again, "--all")
        #expect(all.output.hasPrefix("Wrote \(invited) invitations to"))
        // The re-issued links replace the launch's: the first link is retired.
        let eml = try String(contentsOfFile: again + "/eml/P001.eml", encoding: .utf8)
        #expect(eml.contains("Content-Type: text/plain; charset=UTF-8\r\n"))
        #expect(eml.contains("Subject: =?UTF-8?B?"))
    }
}
