import ArgumentParser
import Foundation
import Survey360Core
import Survey360Import

/// `survey360 responses import`: answers collected on paper or elsewhere.
struct ResponsesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Import answers collected outside the browser.",
        subcommands: [ResponsesImportCommand.self]
    )
}

struct ResponsesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import final answers from CSV: ratings and, optionally, comments.",
        discussion: """
            RATINGS has the columns rater_id,ratee_id,item_id,value (value 1 to 5, or NA for \
            'cannot judge'); --comments has rater_id,ratee_id,question_id,text. Each pair in \
            the files is one final submission. The import is all-or-nothing: any problem is \
            listed with its line and nothing is stored. Importing the same files again \
            changes nothing.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("The ratings CSV.", valueName: "ratings"))
    var ratings: String

    @Option(help: ArgumentHelp("The comments CSV.", valueName: "csv"))
    var comments: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        guard let questionnaire = try await context.store.questionnaire(for: campaign.id) else {
            throw CommandFailure("Campaign '\(campaign.id)' was never launched, so it has no questionnaire")
        }
        // The files' rows go straight into the collector as they are read:
        // a quarter's ratings file has millions of them.
        var collector = ResponseImportCollector(questionnaire: questionnaire)
        do {
            try ResponseFileReader.readRatings(from: URL(fileURLWithPath: ratings)) { collector.add($0) }
            if let comments {
                try ResponseFileReader.readComments(from: URL(fileURLWithPath: comments)) { collector.add($0) }
            }
        } catch {
            throw CommandFailure.report(error, what: "Import")
        }
        let assigned = Set(try await context.store.assignments(in: campaign.id).map(\.pair))
        let stored = try await context.store.responses(in: campaign.id, includeDrafts: false)
        let result = try CampaignCommandError.check {
            try collector.finish(assigned: assigned, campaign: campaign, stored: stored)
        }
        try await context.store.submitAll(result.responses, in: campaign.id)
        Console.current.print(
            "Imported \(counted(result.responses.count, "questionnaire")) into '\(campaign.id)'"
                + (result.unchanged.isEmpty ? "" : "; \(result.unchanged.count) already stored unchanged"))
    }
}
