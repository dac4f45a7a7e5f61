import Foundation
import Survey360Core
import Survey360SQLite
import Testing

/// `survey360 credential issue` and `revoke` on an SQLite store; the two
/// servers' side of them is in `SharedSessionsTests.swift`.
@Suite struct CredentialCommandTests {
    @Test func issuingPrintsAPasswordOnceAndRevokingRemovesItsHash() async throws {
        let workspace = try CLIWorkspace()
        await workspace.run([
            "org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path,
        ])
        let issued = await workspace.run(["credential", "issue", "P002"])
        let password = String(issued.output.split(separator: "\n").last ?? "")
        #expect(password.count == 23 && password.split(separator: "-").count == 4)
        let store = try SQLiteStore(path: workspace.database)
        let stored = try #require(try await store.credential(for: "P002"))
        #expect(!stored.passwordHash.contains(password), "only the hash is stored")

        let revoked = await workspace.run(["credential", "revoke", "P002"])
        #expect(revoked.output.contains("Revoked the credential of P002"))
        #expect(try await store.credential(for: "P002") == nil)
    }

    @Test func anUnknownPersonIsNamed() async throws {
        let workspace = try CLIWorkspace()
        await workspace.run([
            "org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path,
        ])
        let result = await CommandRunner.run(["credential", "issue", "P999", "--database", workspace.database])
        #expect(result.exitCode == 1)
        #expect(result.errors.contains("There is no person with ID 'P999'"))
        #expect(!result.errors.contains("USAGE"))
    }
}
