import Foundation
import Testing

/// `survey360` installed by `scripts/install` and run as a separate process
/// from a directory that has nothing to do with the checkout, the way an
/// administrator runs it: it finds its templates next to itself, and
/// `SURVEY360_TEMPLATES` and `--templates` override that.
///
/// The search path's system folders are pointed at an empty directory
/// (`XDG_DATA_DIRS`), so that a copy installed on this machine under
/// /usr/local cannot make the test pass.
@Suite struct InstalledProgramTests {
    /// The program built beside the test bundle.
    static let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("survey360").path
    static let hospital = CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path
    static let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path

    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `program` in `directory` with the test's environment less any
    /// templates setting, plus `extra`.
    static func run(
        _ program: String, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SURVEY360_TEMPLATES"] = nil
        environment["SURVEY360_ASSETS"] = nil
        environment["XDG_DATA_DIRS"] = directory.appendingPathComponent("no-system-data").path
        environment.merge(extra) { $1 }
        process.environment = environment
        // Files rather than pipes, so that a program writing much to both
        // cannot stall on a full pipe.
        let capture = try CommandRunner.temporaryDirectory()
        let output = capture.appendingPathComponent("output.txt")
        let errors = capture.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8),
            errors: try String(contentsOf: errors, encoding: .utf8))
    }

    /// An empty directory to run in, and a campaign ready to launch there.
    static func campaignReadyToLaunch(_ program: String) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for arguments in [
            ["org", "import", hospital], ["campaign", "create", "2026-Q4"], ["campaign", "assign", "2026-Q4"],
        ] {
            let outcome = try run(program, arguments, in: directory)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        return directory
    }

    @Test func theInstalledProgramFindsItsTemplatesFromAnyDirectory() throws {
        let prefix = try CommandRunner.temporaryDirectory().appendingPathComponent("prefix")
        let install = try Self.run(
            CommandRunner.repositoryRoot.appendingPathComponent("scripts/install").path,
            ["--prefix", prefix.path, "--binary", Self.built], in: CommandRunner.repositoryRoot)
        #expect(install.status == 0, "\(install.errors)")
        let installed = prefix.appendingPathComponent("bin/survey360").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        #expect(
            FileManager.default.fileExists(
                atPath: prefix.appendingPathComponent("share/survey360/templates/reports/person.xsl").path))
        #expect(
            FileManager.default.fileExists(
                atPath: prefix.appendingPathComponent("share/survey360/systemd/survey360.service").path))
        let unit = try String(
            contentsOf: prefix.appendingPathComponent("share/survey360/systemd/survey360.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=\(prefix.path)/bin/survey360 serve "))

        let directory = try Self.campaignReadyToLaunch(installed)
        let launched = try Self.run(
            installed, ["campaign", "launch", "2026-Q4", "--out", "invitations"], in: directory)
        #expect(launched.status == 0, "\(launched.errors)")
        for arguments in [
            ["simulate", "responses", "2026-Q4", "--seed", "7"], ["campaign", "close", "2026-Q4"],
            ["report", "2026-Q4", "--format", "html", "--out", "reports"],
        ] {
            let outcome = try Self.run(installed, arguments, in: directory)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        let index = try String(contentsOf: directory.appendingPathComponent("reports/index.html"), encoding: .utf8)
        #expect(index.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func withoutTemplatesEveryPlaceSearchedIsNamedAndTheOverridesWork() throws {
        let directory = try Self.campaignReadyToLaunch(Self.built)
        let refused = try Self.run(
            Self.built, ["campaign", "launch", "2026-Q4", "--out", "invitations"], in: directory)
        #expect(refused.status == 1)
        let beside = URL(fileURLWithPath: Self.built).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("share/survey360/templates").path
        #expect(
            refused.errors == """
                Error: No templates directory found in '\(beside)', '\(directory.path)/templates', \
                '\(directory.path)/no-system-data/survey360/templates'; give one with --templates or SURVEY360_TEMPLATES

                """)
        #expect(!refused.errors.contains("Usage:"))

        let misnamed = try Self.run(
            Self.built, ["campaign", "launch", "2026-Q4", "--out", "invitations"], in: directory,
            environment: ["SURVEY360_TEMPLATES": "/no/such/templates"])
        #expect(misnamed.errors == "Error: SURVEY360_TEMPLATES directory '/no/such/templates' does not exist\n")

        let byVariable = try Self.run(
            Self.built, ["campaign", "launch", "2026-Q4", "--out", "invitations"], in: directory,
            environment: ["SURVEY360_TEMPLATES": Self.templates])
        #expect(byVariable.status == 0, "\(byVariable.errors)")
        // The option wins over the variable.
        #expect(try Self.run(Self.built, ["campaign", "close", "2026-Q4"], in: directory).status == 0)
        let byOption = try Self.run(
            Self.built, ["report", "2026-Q4", "--format", "xml", "--out", "reports", "--templates", Self.templates],
            in: directory, environment: ["SURVEY360_TEMPLATES": "/no/such/templates"])
        #expect(byOption.status == 0, "\(byOption.errors)")
    }
}
