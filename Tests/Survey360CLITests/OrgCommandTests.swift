import Foundation
import Testing

@Suite struct OrgCommandTests {
    private func writeDirectory(people: String) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        try "id,name,parent_id\nD1,院長室,\nD2,護理部,D1\n".write(
            to: directory.appendingPathComponent("departments.csv"), atomically: true, encoding: .utf8)
        try people.write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func aFailedImportLeavesTheDatabaseAsItWas() async throws {
        let good = try writeDirectory(
            people: "id,name,email,department_id,manager_id,title\nP1,王院長,p1@x.org,D1,,院長\nP2,李護理長,p2@x.org,D2,P1,護理長\n"
        )
        let bad = try writeDirectory(
            people: "id,name,email,department_id,manager_id,title\nP1,王院長,p1@x.org,D1,,院長\nP3,陳,p3,D2,P9,護理師\n")
        let database = good.appendingPathComponent("test.sqlite").path

        let imported = await CommandRunner.run(["org", "import", good.path, "--database", database])
        #expect(imported.exitCode == 0)
        let shownBefore = await CommandRunner.run(["org", "show", "--database", database])

        let refused = await CommandRunner.run(["org", "import", bad.path, "--database", database])
        #expect(refused.exitCode == 1)
        #expect(
            refused.errors == """
                error: people.csv:3: malformed email 'p3'
                error: people.csv:3: unknown manager 'P9'
                Import failed: 2 problems; nothing was stored

                """)
        let shownAfter = await CommandRunner.run(["org", "show", "--database", database])
        #expect(shownAfter.output == shownBefore.output)
        #expect(shownAfter.output.hasPrefix("2 people (2 active, 0 on leave, 0 left) in 2 departments\n"))
    }

    @Test func checkReportsCounts() async throws {
        let good = try writeDirectory(
            people: "id,name,email,department_id,manager_id,title\nP1,王院長,p1@x.org,D1,,院長\n")
        let checked = await CommandRunner.run(["org", "check", good.path])
        #expect(checked.exitCode == 0)
        #expect(checked.output == "\(good.path): OK, 1 person in 2 departments\n")
    }

    @Test func showWithoutAnImportSaysWhatToDo() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let shown = await CommandRunner.run([
            "org", "show", "--database", directory.appendingPathComponent("x.sqlite").path,
        ])
        #expect(shown.exitCode != 0)
        #expect(shown.errors.contains("No organisation in"))
        #expect(shown.errors.contains("run 'survey360 org import DIR' first"))
    }

    /// Both shapes of `simulate org` write files that `org check` accepts;
    /// `--shape small-teams` still writes the organisation of earlier
    /// versions (407 departments for this size and seed), the realistic
    /// default far fewer, larger departments.
    @Test func simulatedOrganisationsComeInBothShapes() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        var departments: [String: Int] = [:]
        for shape in ["realistic", "small-teams"] {
            let folder = directory.appendingPathComponent(shape).path
            let simulated = await CommandRunner.run([
                "simulate", "org", "--people", "2000", "--seed", "8", "--shape", shape, "--out", folder,
            ])
            #expect(simulated.exitCode == 0)
            departments[shape] = Int(simulated.output.split(separator: " ")[4])
            let checked = await CommandRunner.run(["org", "check", folder])
            #expect(checked.output == "\(folder): OK, 2000 people in \(departments[shape] ?? 0) departments\n")
        }
        #expect(departments["small-teams"] == 407)
        #expect((40...100).contains(departments["realistic"] ?? 0), "\(departments)")
    }
}
