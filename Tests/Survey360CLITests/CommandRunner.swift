import ArgumentParser
import Foundation
import Survey360CLI
import Testing

/// What a command printed and how it ended, as a user would see it.
struct CommandResult {
    var exitCode: Int32
    var output: String
    var errors: String
}

/// Runs `survey360` commands in-process, with the console captured.
enum CommandRunner {
    static func run(_ arguments: [String]) async -> CommandResult {
        let console = Console.capturing()
        let exitCode: Int32 = await Console.$current.withValue(console) {
            do {
                var command = try Survey360Command.parseAsRoot(arguments)
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
                return 0
            } catch {
                let code = Survey360Command.exitCode(for: error).rawValue
                if code != 0, !(error is ExitCode) {
                    console.printError(Survey360Command.fullMessage(for: error))
                }
                return code
            }
        }
        return CommandResult(exitCode: exitCode, output: console.output, errors: console.errors)
    }

    /// The repository's root, for the samples and templates.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh folder for a test's database and output files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("survey360-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A test's own folder and database, with the commands run against it.
struct CLIWorkspace {
    let directory: URL
    let database: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        database = directory.appendingPathComponent("survey360.sqlite").path
    }

    /// Runs a command against the workspace's database, expecting success.
    @discardableResult
    func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async -> CommandResult {
        let result = await CommandRunner.run(arguments + ["--database", database])
        #expect(result.exitCode == 0, "\(arguments): \(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    /// Writes a file into the workspace and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
