import Foundation
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360SQLite
import Survey360Storage
import Survey360Web
import Testing

/// Runs `tests/browser/rater_flow.py` in headless Chromium against the real
/// server on a loopback port, with a SQLite database.
///
/// Never skipped: without Chromium or the virtual environment the test fails
/// and says how to install them.
@Suite struct BrowserFlowTests {
    static let python = WebTestSupport.packageRoot.appendingPathComponent(".venv/bin/python").path

    @Test func aRaterAnswersInABrowserComesBackToTheDraftSubmitsAndHRSeesNoCountsOfFourRaters() async throws {
        let missing = ["/usr/bin/chromium", "/usr/bin/chromedriver", Self.python].filter {
            !FileManager.default.isExecutableFile(atPath: $0)
        }
        guard missing.isEmpty else {
            Issue.record(
                "Missing '\(missing.joined(separator: "', '"))': run scripts/install-dependencies to install Chromium and the Python virtual environment with selenium"
            )
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey360-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("survey360.sqlite").path)
        let fixture = try await Fixture.load(into: store)
        let artifacts = WebTestSupport.packageRoot.appendingPathComponent(".build/test-artifacts/browser").path

        let app = try WebTestSupport.app(store)
        let status = try await app.test(.live) { client in
            let port = try #require(client.port)
            // P03 has three questionnaires; the first rates P02 (subordinate).
            return try await Self.run(
                Self.python,
                [
                    WebTestSupport.packageRoot.appendingPathComponent("tests/browser/rater_flow.py").path,
                    "--base-url", "http://localhost:\(port)", "--link", fixture.link("P03"),
                    "--admin-password", WebTestSupport.adminPassword, "--artifacts", artifacts,
                    "--questionnaires", "3",
                    // The fixture has four raters: HR sees no counts, and P03,
                    // with two questionnaires left, among those still to finish.
                    "--no-counts", "--pending", "张护士",
                ])
        }
        #expect(status == 0, "The browser flow failed; screenshots are in \(artifacts)")
        let stored = try await store.response(for: RaterPair(rater: "P03", ratee: "P02"), in: Fixture.campaignID)
        #expect(stored?.isSubmitted == true)
        let expected: [ItemID: Answer] = ["I1": .score(4), "I2": .cannotJudge, "I3": .score(5)]
        #expect(stored?.ratings == expected)
        #expect(stored?.comments == ["Q1": "交接清楚，提前通知"])
    }

    /// Runs a program to its end without blocking a thread of the
    /// cooperative pool, which the server's handlers need meanwhile.
    static func run(_ executable: String, _ arguments: [String]) async throws -> Int32 {
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
