import Foundation
import Survey360TestSupport
import Testing

/// A templates copy whose `questionnaire.xsd` includes a schema outside the
/// copy that sends a local file to a listener (issue #10, item 1):
/// `campaign launch` refuses the template, and nothing is read or sent.
@Suite struct TemplateIncludeAttackTests {
    @Test func launchRefusesATemplateSchemaThatIncludesAnOutsideFile() async throws {
        let attack = try SchemaIncludeAttack()
        let workspace = try CLIWorkspace()
        let templates = workspace.directory.appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: CommandRunner.repositoryRoot.appendingPathComponent("templates"), to: templates)
        let schema = templates.appendingPathComponent("schemas/questionnaire.xsd")
        let original = try String(contentsOf: schema, encoding: .utf8)
        try Data(SchemaIncludeAttack.inserting(attack.localInclude, into: original).utf8).write(to: schema)

        await workspace.run([
            "org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path,
        ])
        await workspace.run(["campaign", "create", "2026-Q4"])
        await workspace.run(["campaign", "assign", "2026-Q4"])
        let launch = await CommandRunner.run([
            "campaign", "launch", "2026-Q4", "--out", workspace.directory.appendingPathComponent("invitations").path,
            "--templates", templates.path, "--database", workspace.database,
        ])
        #expect(launch.exitCode != 0)
        #expect(
            launch.errors.contains("refused to read 'file://\(attack.folder.path)/included.xsd': outside the folder"))
        #expect(!launch.errors.contains(SchemaIncludeAttack.secret))
        #expect(attack.requests == [])
        #expect(
            !FileManager.default.fileExists(atPath: workspace.directory.appendingPathComponent("invitations").path))
    }
}
