import Foundation
import Testing

/// `survey360 scores` on a closed hospital quarter, for everyone rated and
/// every department: suppressed and merged groups included.
@Suite struct ScoresCommandTests {
    @Test func everyPersonAndDepartmentCanBeShown() async throws {
        let workspace = try CLIWorkspace()
        let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        await workspace.run(["org", "import", hospital])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        await workspace.run([
            "campaign", "launch", "2026-Q4", "--out", workspace.directory.appendingPathComponent("inv").path,
            "--templates", templates,
        ])
        await workspace.run(["simulate", "responses", "2026-Q4", "--seed", "7", "--rate", "0.85"])
        let closed = await workspace.run(["campaign", "close", "2026-Q4"])
        let overview = await workspace.run(["scores", "2026-Q4"])
        #expect(overview.output.contains("52 people rated"))
        // The store hands the scorer its answers in bulk, not as responses:
        // the overview must count those, as closing the campaign did.
        let tally = try #require(closed.output.firstMatch(of: /(\d+) of (\d+) questionnaires submitted/))
        #expect(Int(tally.1)! > 0)
        #expect(overview.output.contains("\(tally.1) of \(tally.2) questionnaires submitted"))

        let pairs = workspace.directory.appendingPathComponent("pairs.csv").path
        await workspace.run(["assignments", "export", "2026-Q4", "--out", pairs])
        let rows = try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n").dropFirst()
        let rated = Set(rows.map { String($0.split(separator: ",")[1]) })
        var withheldSeen = false
        for person in rated.sorted() {
            let shown = await workspace.run(["scores", "2026-Q4", "--person", person])
            #expect(shown.output.hasPrefix(person))
            withheldSeen = withheldSeen || shown.output.contains("—")
        }
        #expect(withheldSeen, "the hospital has groups below their minimum; some figure must be withheld")
        for department in ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09"] {
            let shown = await workspace.run(["scores", "2026-Q4", "--department", department])
            #expect(shown.output.hasPrefix(department))
        }
    }
}
