import Foundation
import Testing

/// A quarter on the hospital sample from the command line, as HR runs it.
@Suite struct CampaignFlowTests {
    let workspace: CLIWorkspace
    var directory: URL { workspace.directory }
    var database: String { workspace.database }
    let templates: String

    init() throws {
        workspace = try CLIWorkspace()
        templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
    }

    @discardableResult
    private func run(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async -> CommandResult {
        await workspace.run(arguments, sourceLocation: sourceLocation)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        try workspace.write(name, text)
    }

    private func launchedCampaign() async throws -> [[String]] {
        let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
        await run("org", "import", hospital)
        let created = await run("campaign", "create", "2026-Q4")
        #expect(
            created.output.hasPrefix("Created campaign '2026-Q4' (2026-Q4 內部客戶滿意度調查), open 2026-12-01 to 2026-12-31"))
        await run("campaign", "assign", "2026-Q4")
        let pairs = directory.appendingPathComponent("pairs.csv").path
        await run("assignments", "export", "2026-Q4", "--out", pairs)
        await run(
            "campaign", "launch", "2026-Q4", "--out", directory.appendingPathComponent("invitations").path,
            "--templates", templates)
        return try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func linksAreWrittenOnceAndNeverStoredInClear() async throws {
        _ = try await launchedCampaign()
        let invitations = try String(
            contentsOf: directory.appendingPathComponent("invitations/invitations.csv"), encoding: .utf8)
        let links = invitations.split(separator: "\n").dropFirst().map { $0.split(separator: ",").last! }
        #expect(links.count > 40)
        let tokens = links.map { String($0.split(separator: "/").last!) }
        #expect(tokens.allSatisfy { $0.count == 22 })
        // Every byte the store wrote: the database, its WAL and shared memory.
        var stored = Data()
        for suffix in ["", "-wal", "-shm"] {
            stored.append((try? Data(contentsOf: URL(fileURLWithPath: database + suffix))) ?? Data())
        }
        #expect(stored.count > 0)
        for token in tokens {
            #expect(stored.range(of: Data(token.utf8)) == nil)
        }
        let emls = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("invitations/eml").path)
        #expect(emls.count == links.count)
    }

    @Test func responsesImportIsAllOrNothingAndIdempotent() async throws {
        let pairs = try await launchedCampaign()
        let first = pairs[0]
        let second = pairs[1]
        let ratings = try write(
            "ratings.csv",
            """
            rater_id,ratee_id,item_id,value
            \(first[0]),\(first[1]),needs-understood,4
            \(first[0]),\(first[1]),needs-planning,NA
            \(second[0]),\(second[1]),needs-understood,5

            """)
        let comments = try write(
            "comments.csv",
            """
            rater_id,ratee_id,question_id,text
            \(first[0]),\(first[1]),keep-doing,"主動告知進度, 很有幫助"

            """)
        let imported = await run("responses", "import", "2026-Q4", ratings, "--comments", comments)
        #expect(imported.output == "Imported 2 questionnaires into '2026-Q4'\n")
        let again = await run("responses", "import", "2026-Q4", ratings, "--comments", comments)
        #expect(again.output == "Imported 0 questionnaires into '2026-Q4'; 2 already stored unchanged\n")

        let broken = try write(
            "broken.csv",
            """
            rater_id,ratee_id,item_id,value
            \(pairs[2][0]),\(pairs[2][1]),needs-understood,6
            \(pairs[3][0]),\(pairs[3][1]),no-such-item,3

            """)
        let refused = await CommandRunner.run(["responses", "import", "2026-Q4", broken, "--database", database])
        #expect(refused.exitCode == 1)
        #expect(
            refused.errors.contains(
                "error: broken.csv:2: rating '6' of item 'needs-understood' is outside the scale; write 1 to 5, or 'NA' for cannot judge\n"
            ))
        #expect(refused.errors.contains("error: broken.csv:3: "))
        #expect(refused.errors.hasSuffix("2 problems; nothing was stored\n"))
        let shown = await run("campaign", "show", "2026-Q4")
        let submitted = shown.output.split(separator: "\n").filter { $0.contains(" / ") }
            .compactMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        #expect(submitted.reduce(0, +) == 2)
    }

    @Test func aLaunchedCampaignIsFrozen() async throws {
        _ = try await launchedCampaign()
        let refused = await CommandRunner.run(["campaign", "assign", "2026-Q4", "--database", database])
        #expect(refused.exitCode != 0)
        #expect(refused.errors.contains("Campaign '2026-Q4' is open; only a draft campaign can be assigned"))
    }
}
