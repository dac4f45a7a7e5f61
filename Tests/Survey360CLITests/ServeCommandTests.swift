import Foundation
import Testing

/// `survey360 serve` as the operator starting it sees it: a line that names
/// the port it really listens on, and a sentence, not a system call, when
/// it cannot listen.
@Suite struct ServeCommandTests {
    @Test func aTakenPortIsNamedAndNothingClaimsToServeThere() async throws {
        let workspace = try CLIWorkspace()
        await workspace.run([
            "org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path,
        ])
        let first = try await ServeProcess(database: workspace.database, folder: workspace.directory)
        defer { first.stop() }
        #expect(try String(contentsOf: first.log, encoding: .utf8).contains("on http://127.0.0.1:\(first.port)\n"))

        let second = await CommandRunner.run([
            "serve", "--port", String(first.port), "--database", workspace.database, "--templates",
            CommandRunner.repositoryRoot.appendingPathComponent("templates").path,
        ])
        #expect(second.exitCode == 1)
        #expect(second.output.isEmpty, "it claimed to serve: \(second.output)")
        #expect(
            second.errors.hasSuffix(
                "Error: Cannot listen on 127.0.0.1:\(first.port): another program already listens there; "
                    + "choose another port with --port\n"),
            "\(second.errors)")
        #expect(first.isRunning)
    }
}
