import Foundation
import Testing

/// Organisation versions from the command line, on the hospital sample: a
/// second directory in which one nurse moved to the laboratory, another
/// left, a pharmacy opened with one pharmacist, the information office
/// stopped serving finance and the repair chain lost its finance stage.
@Suite struct OrganisationHistoryTests {
    let workspace: CLIWorkspace
    let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital")
    let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path

    init() throws {
        workspace = try CLIWorkspace()
    }

    @discardableResult
    private func run(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async -> CommandResult {
        await workspace.run(arguments, sourceLocation: sourceLocation)
    }

    /// The hospital directory after the changes this suite describes.
    private func reorganisedHospital() throws -> URL {
        let folder = workspace.directory.appendingPathComponent("reorganised")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func edit(_ name: String, _ change: ([String]) -> [String]) throws {
            let text = try String(contentsOf: hospital.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            try change(lines).joined(separator: "\n").write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try edit("people.csv") { lines in
            var lines = lines.filter { !$0.hasPrefix("P011,") }.map { line in
                line.hasPrefix("P010,") ? line.replacingOccurrences(of: ",D02,P006,", with: ",D03,P026,") : line
            }
            lines.insert(
                "P056,方子婷,fang.ziting@anhe-hospital.example.org,D10,P002,藥師,2026-10-01,active,zh-Hant,",
                at: lines.count - 1)
            return lines
        }
        try edit("departments.csv") { lines in
            var lines = lines
            lines.insert("D10,藥劑科,D01,3700", at: lines.count - 1)
            return lines
        }
        try edit("services.csv") { lines in
            var lines = lines.filter { $0 != "D08,D06" }
            lines.insert("D10,D02", at: lines.count - 1)
            return lines
        }
        try edit("processes.csv") { lines in lines.filter { !$0.hasPrefix("PR01,儀器報修與採購,4,") } }
        return folder
    }

    /// SHA-256 by the system's `sha256sum`, a reference independent of ours.
    private func sha256(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: output, as: UTF8.self).prefix(64))
    }

    private func withoutTimes(_ text: String) -> String {
        text.replacing(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/, with: "TIME")
    }

    @Test func historyListsEveryVersionAndAnIdenticalImportAddsNothing() async throws {
        let first = await run("org", "import", hospital.path)
        #expect(first.output.hasSuffix(" as organisation version 1\n"))
        let again = await run("org", "import", hospital.path)
        #expect(again.output == "\(hospital.path) is identical to organisation version 1; nothing was added\n")
        await run("campaign", "create", "2026-Q3")
        await run("campaign", "assign", "2026-Q3")
        let reorganised = try reorganisedHospital()
        let second = await run("org", "import", reorganised.path)
        #expect(second.output.hasSuffix(" as organisation version 2\n"))

        let history = await run("org", "history")
        var expected = """
            Version 1  TIME  55 people, 9 departments, 54 reporting lines, 23 service relations, \
            3 process chains (9 stages); campaigns 2026-Q3

            """
        for name in ["departments.csv", "people.csv", "services.csv", "processes.csv"] {
            expected +=
                "  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) sha256 \(try sha256(hospital.appendingPathComponent(name)))\n"
        }
        expected += """
            Version 2  TIME  55 people, 10 departments, 54 reporting lines, 23 service relations, \
            3 process chains (8 stages) (current)

            """
        for name in ["departments.csv", "people.csv", "services.csv", "processes.csv"] {
            expected +=
                "  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) sha256 \(try sha256(reorganised.appendingPathComponent(name)))\n"
        }
        #expect(withoutTimes(history.output) == expected)
    }

    @Test func diffListsTheChangesHRReadsBeforeLaunching() async throws {
        await run("org", "import", hospital.path)
        await run("org", "import", try reorganisedHospital().path)
        let diff = await run("org", "diff", "1", "2")
        #expect(
            diff.output == """
                Organisation version 1 → 2
                Joined (1):
                  方子婷 [P056] in 藥劑科 [D10]
                Left (1):
                  謝婉如 [P011] from 護理部 [D02]
                Moved department (1):
                  鄭欣怡 [P010]: 護理部 [D02] → 檢驗科 [D03]
                Changed manager (1):
                  鄭欣怡 [P010]: 王怡君 [P006] → 蔡宗翰 [P026]
                Departments added (1):
                  藥劑科 [D10]
                Departments removed: none
                Service relations added (1):
                  護理部 [D02] → 藥劑科 [D10]
                Service relations removed (1):
                  財務科 [D06] → 資訊室 [D08]
                Process stages added: none
                Process stages removed (1):
                  儀器報修與採購 [PR01] step 4: 財務科 [D06]

                """)
        let same = await run("org", "diff", "2", "2")
        #expect(same.output.contains("Joined: none\nLeft: none\nMoved department: none\n"))
        let unknown = await CommandRunner.run(["org", "diff", "1", "3", "--database", workspace.database])
        #expect(unknown.exitCode == 1)
        #expect(unknown.errors == "Error: No organisation version 3; 'survey360 org history' lists them\n")
    }

    /// The issue's scenario: a quarter run to the end and reported, then a
    /// new directory; the closed quarter's reports do not change by a byte,
    /// and the next quarter is assigned, scored and trended on the new one.
    @Test func aClosedQuarterKeepsItsDirectoryAndTheNextUsesTheNewOne() async throws {
        await run("org", "import", hospital.path)
        try await runQuarter("2026-Q3")
        let before = workspace.directory.appendingPathComponent("q3-before")
        await run("report", "2026-Q3", "--out", before.path, "--templates", templates)

        await run("org", "import", try reorganisedHospital().path)
        let after = workspace.directory.appendingPathComponent("q3-after")
        await run("report", "2026-Q3", "--out", after.path, "--templates", templates)
        let files = try FileManager.default.subpathsOfDirectory(atPath: before.path).filter { $0.hasSuffix(".xml") }
            .sorted()
        #expect(files.count > 60)
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: after.path).filter { $0.hasSuffix(".xml") }.sorted()
                == files)
        for file in files {
            let old = try Data(contentsOf: before.appendingPathComponent(file))
            let new = try Data(contentsOf: after.appendingPathComponent(file))
            #expect(old == new, "\(file) changed after the import")
        }
        #expect(files.contains("people/P011.xml"))

        try await runQuarter("2026-Q4")
        let q4 = workspace.directory.appendingPathComponent("q4")
        await run("report", "2026-Q4", "--out", q4.path, "--templates", templates)
        let q4Files = try FileManager.default.subpathsOfDirectory(atPath: q4.path)
        #expect(!q4Files.contains("people/P011.xml"), "the nurse who left is not rated in Q4")
        #expect(q4Files.contains("departments/D10.xml"), "Q4 knows the new pharmacy")
        let moved = try String(contentsOf: q4.appendingPathComponent("people/P010.xml"), encoding: .utf8)
        let movedBefore = try String(contentsOf: before.appendingPathComponent("people/P010.xml"), encoding: .utf8)
        #expect(movedBefore.contains(#"department="D02""#))
        #expect(moved.contains(#"department="D03""#))
        // The moved nurse is matched by id: her Q4 report compares with Q3.
        #expect(moved.contains("<trend "), "no trend row for the nurse who moved")
    }

    private func runQuarter(_ id: String) async throws {
        await run("campaign", "create", id)
        await run("campaign", "assign", id)
        await run(
            "campaign", "launch", id, "--out", workspace.directory.appendingPathComponent("invitations-\(id)").path,
            "--templates", templates)
        await run("simulate", "responses", id, "--rate", "0.95")
        await run("campaign", "close", id)
    }
}
