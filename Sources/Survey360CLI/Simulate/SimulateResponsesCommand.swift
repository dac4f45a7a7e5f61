import ArgumentParser
import Survey360Core

/// `survey360 simulate responses ID --seed S --rate 0.85`: answers for a
/// launched campaign, stored through the same path as a bulk import.
struct SimulateResponsesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Answer an open campaign with realistic simulated responses.",
        discussion: """
            Each person rated gets a true level, each rater a leniency, each answer noise; \
            some items are 'cannot judge' and some questionnaires carry comments. The answers \
            pass the same checks as 'survey360 responses import'.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: "The seed; the same seed gives the same answers.")
    var seed: UInt64 = 1

    @Option(help: "The share of questionnaires submitted, from 0 to 1.")
    var rate: Double = 0.85

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...1).contains(rate) else { throw ValidationError("--rate must be between 0 and 1, not \(rate)") }
    }

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.answer) }
        guard let questionnaire = try await context.store.questionnaire(for: campaign.id) else {
            throw ValidationError("Campaign '\(campaign.id)' was never launched, so it has no questionnaire")
        }
        let assignments = try await context.store.assignments(in: campaign.id)
        let stored = try await context.store.responses(in: campaign.id, includeDrafts: false)
        let alreadySubmitted = Set(stored.map(\.pair))
        let simulator = ResponseSimulator(
            questionnaire: questionnaire, organisation: try await context.organisation(for: campaign), seed: seed,
            responseRate: rate, language: campaign.language)
        let simulated = simulator.responses(for: assignments).filter { !alreadySubmitted.contains($0.pair) }
        // The answers take the bulk import's path, through the same checks,
        // so that a demo exercises what a real import would.
        var ratings: [RatingRow] = []
        var comments: [CommentRow] = []
        for response in simulated {
            let location = SourceLocation(file: "simulated", line: ratings.count + comments.count + 1)
            for (item, value) in response.ratings {
                ratings.append(
                    RatingRow(
                        rater: response.raterID, ratee: response.rateeID, item: item,
                        value: value.map(String.init) ?? "NA", at: location))
            }
            for (question, text) in response.comments {
                comments.append(
                    CommentRow(
                        rater: response.raterID, ratee: response.rateeID, question: question, text: text, at: location))
            }
        }
        let result = try CampaignCommandError.check {
            try ResponseImportValidator.validate(
                ratings: ratings, comments: comments, questionnaire: questionnaire,
                assigned: Set(assignments.map(\.pair)), campaign: campaign, stored: stored)
        }
        try await context.store.submitAll(result.responses, in: campaign.id)
        Console.current.print(
            "Simulated \(counted(result.responses.count, "questionnaire")) of \(assignments.count) in '\(campaign.id)'")
    }
}
