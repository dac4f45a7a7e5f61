import Foundation
import Survey360Core
import Survey360SQLite
import Testing

/// `campaign purge` deletes an archived campaign's answers only after its
/// archive verifies; and what the commands write is for their owner only.
@Suite struct CampaignPurgeTests {
    /// The hospital quarter answered, closed, reported and archived.
    private func archivedQuarter() async throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        await workspace.run(["org", "import", CommandRunner.repositoryRoot.appending(path: "samples/hospital").path])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        await workspace.run([
            "campaign", "launch", "2026-Q4", "--out", workspace.directory.appending(path: "invitations").path,
            "--templates", templates,
        ])
        await workspace.run(["simulate", "responses", "2026-Q4"])
        await workspace.run(["campaign", "close", "2026-Q4"])
        await workspace.run([
            "report", "2026-Q4", "--format", "xml", "--out", workspace.directory.appending(path: "reports").path,
        ])
        let keys = workspace.directory.appending(path: "keys").path
        _ = await CommandRunner.run(["keys", "generate", "--out", keys])
        await workspace.run([
            "archive", "2026-Q4", "--out", workspace.directory.appending(path: "archive").path,
            "--key", keys + "/survey360-signing-key.pem", "--templates", templates,
        ])
        return workspace
    }

    private var publicKey: (CLIWorkspace) -> String {
        { $0.directory.appending(path: "keys/survey360-signing-key.pub.pem").path }
    }

    @Test func purgeDeletesTheAnswersOfAVerifiedArchiveAndSaysWhoDidIt() async throws {
        let workspace = try await archivedQuarter()
        let archive = workspace.directory.appending(path: "archive").path
        let purged = await workspace.run([
            "campaign", "purge", "2026-Q4", "--archive", archive, "--trusted-key", publicKey(workspace),
        ])
        #expect(purged.output.contains("Purged campaign '2026-Q4'"))
        let store = try SQLiteStore(path: workspace.database)
        #expect(try await store.responses(in: "2026-Q4", includeDrafts: true).isEmpty)
        #expect(try await store.assignments(in: "2026-Q4").isEmpty)
        let event = try #require(try await store.auditLog(of: "2026-Q4").last)
        #expect(event.action == "purged")
        #expect(event.actor.hasSuffix("(command line)"))
    }

    @Test func aTamperedArchiveOrAnotherKeyPurgesNothing() async throws {
        let workspace = try await archivedQuarter()
        let archive = workspace.directory.appending(path: "archive")
        let otherKeys = workspace.directory.appending(path: "other").path
        _ = await CommandRunner.run(["keys", "generate", "--out", otherKeys])
        let wrongKey = await CommandRunner.run([
            "campaign", "purge", "2026-Q4", "--archive", archive.path,
            "--trusted-key", otherKeys + "/survey360-signing-key.pub.pem", "--database", workspace.database,
        ])
        #expect(wrongKey.exitCode == 1)
        #expect(wrongKey.errors.contains("verification failed, so campaign '2026-Q4' was not purged"))

        let documents = try FileManager.default.contentsOfDirectory(atPath: archive.appending(path: "documents").path)
        let victim = archive.appending(path: "documents/\(try #require(documents.first))")
        try (try String(contentsOf: victim, encoding: .utf8) + " ").write(to: victim, atomically: true, encoding: .utf8)
        let tampered = await CommandRunner.run([
            "campaign", "purge", "2026-Q4", "--archive", archive.path, "--trusted-key", publicKey(workspace),
            "--database", workspace.database,
        ])
        #expect(tampered.exitCode == 1)
        #expect(!tampered.errors.contains("USAGE"))
        let store = try SQLiteStore(path: workspace.database)
        #expect(try await store.responses(in: "2026-Q4", includeDrafts: false).count > 50)
    }

    /// The database, the invitations, the reports and the archive are
    /// readable by their owner only: 0600 files in 0700 folders.
    @Test func whatCommandsWriteIsOwnerOnly() async throws {
        let workspace = try await archivedQuarter()
        let manager = FileManager.default
        var checked = 0
        for folder in ["invitations", "reports", "archive"] {
            let root = workspace.directory.appending(path: folder)
            #expect(try mode(root.path) == 0o700, "\(folder)")
            for path in try manager.subpathsOfDirectory(atPath: root.path) {
                let full = root.appending(path: path).path
                var isFolder: ObjCBool = false
                _ = manager.fileExists(atPath: full, isDirectory: &isFolder)
                #expect(try mode(full) == (isFolder.boolValue ? 0o700 : 0o600), "\(folder)/\(path)")
                checked += 1
            }
        }
        #expect(checked > 100)
        for file in [workspace.database, workspace.database + "-wal", workspace.database + ".pseudonym-key"]
        where manager.fileExists(atPath: file) {
            #expect(try mode(file) == 0o600, "\(file)")
        }
        #expect(try mode(workspace.database) == 0o600)
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }
}
