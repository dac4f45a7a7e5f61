import ArgumentParser
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360XML

/// `survey360 scores ID`: the aggregator's result as readable text.
struct ScoresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Summarise a closed campaign's scores: the overview, one person, or one department.",
        discussion: """
            Shows exactly what reports publish: a figure resting on fewer raters than its \
            group's minimum is shown as withheld, with the reason.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Show one person's scores.", valueName: "person-id"))
    var person: String?

    @Option(help: ArgumentHelp("Show one department's scorecard.", valueName: "department-id"))
    var department: String?

    @OptionGroup var templates: TemplateOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if person != nil && department != nil { throw ValidationError("Give --person or --department, not both") }
    }

    func run() async throws {
        // Before anything is loaded: at 100,000 people a missing templates
        // folder was reported only after 11 s of loading and scoring.
        let strings: ReportStrings
        do {
            strings = try ReportStrings(templates: templates.directory())
        } catch let error as XMLError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
        let context = try CommandContext(store)
        // This text shows no comments, and no figure depends on them:
        // sorting and shuffling every person's and department's comments
        // took a tenth of this command's CPU time at 100,000 people, and
        // reading them from the store another 8% at 10,000.
        let loaded = try await CampaignScoringInput.load(id, context: context, includeComments: false)
        let campaign = loaded.campaign
        let input = loaded.input
        let scores = CampaignScorer().score(input)
        let text = ScoresText(scores: scores, input: input, language: campaign.language, strings: strings)
        let lines: [String]
        let subject = person.map { "person \($0)" } ?? department.map { "department \($0)" } ?? "overview"
        if let person {
            guard let personScores = scores.people.first(where: { $0.personID.rawValue == person }) else {
                throw CommandFailure("Person '\(person)' is not rated in campaign '\(campaign.id)'")
            }
            lines = text.person(personScores)
        } else if let department {
            guard let departmentScores = scores.departments.first(where: { $0.departmentID.rawValue == department })
            else {
                throw CommandFailure("Department '\(department)' has nobody rated in campaign '\(campaign.id)'")
            }
            lines = text.department(departmentScores)
        } else {
            lines = text.overview(campaign: campaign)
        }
        try await context.store.appendAuditEvent(context.event(campaign.id, "scores-shown", subject))
        for line in lines { Console.current.print(line) }
    }
}
