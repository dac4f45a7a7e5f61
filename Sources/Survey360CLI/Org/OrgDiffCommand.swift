import ArgumentParser
import Survey360Core
import Survey360Storage

/// `survey360 org diff A B`: what changed from organisation version A to B.
struct OrgDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List what changed between two organisation versions.",
        discussion: """
            Lists who joined, left, moved department or changed manager, and the departments, \\
            service relations and process stages added or removed. People are matched by id. \\
            'survey360 org history' lists the versions.
            """
    )

    @Argument(help: ArgumentHelp("The older version.", valueName: "from"))
    var from: Int

    @Argument(help: ArgumentHelp("The newer version.", valueName: "to"))
    var to: Int

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let old = try await Self.version(from, in: context.store)
        let new = try await Self.version(to, in: context.store)
        let diff = OrganisationDiff(from: old, to: new)
        let text = OrganisationDiffText(diff: diff, old: old, new: new)
        Console.current.print("Organisation version \(from) → \(to)")
        for line in text.lines { Console.current.print(line) }
    }

    private static func version(_ number: Int, in store: any SurveyStore) async throws -> Organisation {
        guard let organisation = try await store.organisation(version: number) else {
            throw StorageError.noOrganisationVersion(number)
        }
        return organisation
    }
}
