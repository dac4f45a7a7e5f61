import Foundation
import Survey360Core
import Survey360SQLite
import Testing

/// `survey360 report` end to end on the hospital sample: import, create,
/// assign, launch, answer, close, report.
@Suite struct ReportCommandTests {
    /// A closed hospital campaign in a fresh database; every rater answers 4
    /// to every item except the last, which they cannot judge.
    func closedCampaign() async throws -> (database: String, folder: URL) {
        let folder = try CommandRunner.temporaryDirectory()
        let database = folder.appending(path: "survey.sqlite").path
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        let hospital = CommandRunner.repositoryRoot.appending(path: "samples/hospital").path
        for arguments in [
            ["org", "import", hospital], ["campaign", "create", "2026-Q4", "--language", "zh-Hant"],
            ["campaign", "assign", "2026-Q4"],
            [
                "campaign", "launch", "2026-Q4", "--out", folder.appending(path: "invitations").path,
                "--templates", templates,
            ],
        ] {
            let result = await CommandRunner.run(arguments + ["--database", database])
            #expect(result.exitCode == 0, "\(arguments): \(result.errors)")
        }
        let store = try SQLiteStore(path: database)
        let questionnaire = try #require(try await store.questionnaire(for: "2026-Q4"))
        let responses = try await store.assignments(in: "2026-Q4").map { assignment in
            var ratings: [ItemID: Answer] = Dictionary(
                uniqueKeysWithValues: questionnaire.items.map { ($0.id, .score(4)) })
            ratings[questionnaire.items.last!.id] = .cannotJudge
            return Response(
                rater: assignment.raterID, ratee: assignment.rateeID, ratings: ratings, isSubmitted: true)
        }
        try await store.submitAll(responses, in: "2026-Q4")
        let closed = await CommandRunner.run(["campaign", "close", "2026-Q4", "--database", database])
        #expect(closed.exitCode == 0, "\(closed.errors)")
        return (database, folder)
    }

    @Test func writesTheWholeSetAsHTML() async throws {
        let (database, folder) = try await closedCampaign()
        let out = folder.appending(path: "reports")
        let result = await CommandRunner.run([
            "report", "2026-Q4", "--format", "html", "--out", out.path, "--database", database,
            "--templates", CommandRunner.repositoryRoot.appending(path: "templates").path,
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Wrote "))
        #expect(FileManager.default.fileExists(atPath: out.appending(path: "index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appending(path: "people/P004.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appending(path: "departments/D02.html").path))
        let page = try String(contentsOf: out.appending(path: "people/P004.html"), encoding: .utf8)
        #expect(page.contains("4.00"))
    }

    /// The secret links issued at launch never reach a report.
    @Test func noReportHoldsARaterToken() async throws {
        let (database, folder) = try await closedCampaign()
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        for format in ["xml", "html"] {
            let result = await CommandRunner.run([
                "report", "2026-Q4", "--format", format, "--out", folder.appending(path: "reports").path,
                "--database", database, "--templates", templates,
            ])
            #expect(result.exitCode == 0, "\(result.errors)")
        }
        let invitations = try String(
            contentsOf: folder.appending(path: "invitations/invitations.csv"), encoding: .utf8)
        let tokens = invitations.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: "/r/").last.map {
                String($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        #expect(tokens.count > 50)
        #expect(tokens.allSatisfy { $0.count >= 16 })
        let reports = folder.appending(path: "reports")
        let files = try FileManager.default.subpathsOfDirectory(atPath: reports.path).filter {
            $0.hasSuffix(".xml") || $0.hasSuffix(".html")
        }
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOf: reports.appending(path: file), encoding: .utf8)
            let leaked = tokens.filter { text.contains($0) }.count
            #expect(leaked == 0, "\(file) holds \(leaked) rater tokens")
        }
    }

    @Test func writesOnePersonAsXML() async throws {
        let (database, folder) = try await closedCampaign()
        let out = folder.appending(path: "one")
        let result = await CommandRunner.run([
            "report", "2026-Q4", "--out", out.path, "--person", "P004", "--database", database,
            "--templates", CommandRunner.repositoryRoot.appending(path: "templates").path,
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter {
            $0.hasSuffix(".xml")
        }
        #expect(files == ["people/P004.xml"])
    }

    /// The first report of a campaign writes each batch as the store takes
    /// it; a second reads the documents back from the store. Both give the
    /// same files, byte for byte, and both are the stored bytes.
    @Test func theFirstXMLReportWritesWhatTheStoreHolds() async throws {
        let (database, folder) = try await closedCampaign()
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        var sets: [[String: Data]] = []
        for name in ["first", "again"] {
            let out = folder.appending(path: name)
            let result = await CommandRunner.run([
                "report", "2026-Q4", "--format", "xml", "--out", out.path, "--database", database,
                "--templates", templates,
            ])
            #expect(result.exitCode == 0, "\(result.errors)")
            let files = try #require(FileManager.default.subpaths(atPath: out.path)).filter { $0.hasSuffix(".xml") }
            sets.append(
                Dictionary(uniqueKeysWithValues: try files.map { ($0, try Data(contentsOf: out.appending(path: $0))) }))
        }
        let stored = try await SQLiteStore(path: database).storedReports(in: "2026-Q4", after: nil, limit: 10_000)
        #expect(sets[0].count == stored.count)
        #expect(sets[0] == sets[1])
        for report in stored { #expect(sets[0][report.key.file + ".xml"] == report.bytes) }
    }

    @Test func refusesAnOpenCampaignAndAnUnknownPerson() async throws {
        let (database, folder) = try await closedCampaign()
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        let unknown = await CommandRunner.run([
            "report", "2026-Q4", "--out", folder.path, "--person", "P999", "--database", database,
            "--templates", templates,
        ])
        #expect(unknown.exitCode != 0)
        #expect(unknown.errors.contains("Error: No personal report for 'P999' in campaign '2026-Q4'"))
        _ = await CommandRunner.run(["campaign", "create", "2027-Q1", "--database", database])
        let refused = folder.appending(path: "refused")
        let draft = await CommandRunner.run([
            "report", "2027-Q1", "--out", refused.path, "--database", database,
        ])
        #expect(draft.exitCode != 0)
        // No folder is made for a report that cannot be written.
        #expect(!FileManager.default.fileExists(atPath: refused.path))
        #expect(
            draft.errors.contains(
                "Error: Campaign '2027-Q1' is draft; only a closed campaign can be reported on"))
    }
}
