import Foundation
import Testing

/// Every command that reveals figures leaves an audit event (who, what,
/// when), and `campaign show` lists them.
@Suite struct ExportAuditTests {
    @Test func scoresReportsAndArchivesAreLoggedAndShown() async throws {
        let workspace = try CLIWorkspace()
        let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        let folder = workspace.directory
        await workspace.run(["org", "import", hospital])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        await workspace.run([
            "campaign", "launch", "2026-Q4", "--out", folder.appendingPathComponent("inv").path,
            "--templates", templates,
        ])
        await workspace.run(["simulate", "responses", "2026-Q4", "--seed", "7", "--rate", "0.85"])
        await workspace.run(["campaign", "close", "2026-Q4"])
        let before = await workspace.run(["campaign", "show", "2026-Q4"])
        #expect(!before.output.contains("scores-shown"))

        await workspace.run(["scores", "2026-Q4"])
        await workspace.run(["scores", "2026-Q4", "--person", "P004"])
        await workspace.run(["scores", "2026-Q4", "--department", "D02"])
        let reports = folder.appendingPathComponent("reports").path
        await workspace.run(["report", "2026-Q4", "--person", "P004", "--out", reports, "--templates", templates])
        let keys = folder.appendingPathComponent("keys").path
        _ = await CommandRunner.run(["keys", "generate", "--out", keys])
        let archive = folder.appendingPathComponent("archive").path
        await workspace.run([
            "archive", "2026-Q4", "--out", archive, "--key", keys + "/survey360-signing-key.pem", "--templates",
            templates,
        ])

        let shown = await workspace.run(["campaign", "show", "2026-Q4"]).output
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        for line in [
            "\(user) (command line)  scores-shown: overview",
            "\(user) (command line)  scores-shown: person P004",
            "\(user) (command line)  scores-shown: department D02",
            "\(user) (command line)  reported: person P004 as XML to \(reports)",
            "\(user) (command line)  archive-exported: every report, signed, to \(archive)",
        ] {
            #expect(shown.contains(line), "\(line)")
        }
        // Each with its time, in order.
        let logged = shown.split(separator: "\n").filter { $0.contains("(command line)") }
        #expect(logged.allSatisfy { $0.contains(#/^  \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  /#) })
        let order = ["scores-shown: overview", "reported:", "archive-exported:"].map { action in
            logged.firstIndex { $0.contains(action) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1))
    }
}
