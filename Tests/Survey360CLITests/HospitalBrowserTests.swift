import Foundation
import Survey360Web
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The quarter as a rater and HR live it: the hospital sample is launched
/// from the command line, `survey360 serve` runs as its own process, and a
/// rater's link from the exported invitations is opened in headless
/// Chromium, answered halfway, closed, reopened, submitted; HR's page must
/// then count exactly one submission.
///
/// Never skipped: without Chromium or the virtual environment it fails and
/// says how to install them.
@Suite struct HospitalBrowserTests {
    static let python = CommandRunner.repositoryRoot.appendingPathComponent(".venv/bin/python").path
    static let script = CommandRunner.repositoryRoot.appendingPathComponent("tests/browser/rater_flow.py").path

    @Test func aHospitalRaterAnswersInTheBrowserAndHRSeesTheCount() async throws {
        let missing = ["/usr/bin/chromium", "/usr/bin/chromedriver", Self.python, ServeProcess.executable].filter {
            !FileManager.default.isExecutableFile(atPath: $0)
        }
        guard missing.isEmpty else {
            Issue.record(
                "Missing '\(missing.joined(separator: "', '"))': run scripts/install-dependencies and swift build")
            return
        }
        let workspace = try CLIWorkspace()
        let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        let invitations = workspace.directory.appendingPathComponent("invitations").path
        await workspace.run(["org", "import", hospital])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        await workspace.run(["campaign", "launch", "2026-Q4", "--out", invitations, "--templates", templates])

        // invitations.csv: rater_id,name,email,language,questionnaires,closes,subject,link
        let rows = try String(contentsOfFile: invitations + "/invitations.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let assigned = rows.reduce(0) { $0 + Int($1[4])! }
        let rater = try #require(rows.first { $0[3] == "zh-Hant" && Int($0[4])! >= 2 })
        let link = try #require(rater.last.flatMap { URL(string: $0) }).path

        let password = "correct horse battery staple"
        // The hash as HR makes it: `survey360 hash-password < password.txt`.
        let hash = try ServeProcess.passwordHash(of: password)
        #expect(PasswordHash(encoded: hash)?.verify(password) == true)
        // A port the kernel hands out, never a guess: a guessed port in the
        // ephemeral range can be the local end of another test's connection.
        let server = try await ServeProcess(
            database: workspace.database, folder: workspace.directory,
            environment: ["SURVEY360_ADMIN_PASSWORD_HASH": hash])
        defer { server.stop() }

        let artifacts = CommandRunner.repositoryRoot.appendingPathComponent(".build/test-artifacts/hospital").path
        let status = try await Self.run(
            Self.python,
            [
                Self.script, "--base-url", server.base, "--link", link,
                "--admin-password", password, "--artifacts", artifacts, "--questionnaires", rater[4],
                "--assigned", String(assigned), "--submitted", "1", "--drafts", "0",
                "--not-started", String(assigned - 1),
            ])
        #expect(
            status == 0,
            "The browser flow failed; screenshots are in \(artifacts), the server's log is \(server.log.path)")
        let shown = await workspace.run(["campaign", "show", "2026-Q4"])
        let submitted = shown.output.split(separator: "\n").filter { $0.contains(" / ") }
            .compactMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        #expect(submitted.reduce(0, +) == 1)
    }

    /// Runs a program to its end without holding a thread of the pool.
    private static func run(_ executable: String, _ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
