import ArgumentParser
import Foundation
import Survey360Core

/// `survey360 campaign create 2026-Q4`: a draft campaign with sensible
/// defaults, each of which an option or a campaign file overrides.
struct CampaignCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a draft campaign for a quarter.",
        discussion: """
            'survey360 campaign create 2026-Q4' alone is enough: the survey runs through the \
            quarter's last month with the default questionnaire and rules. Options and a JSON \
            campaign file (--file) override any default; options win over the file.
            """
    )

    @Argument(help: ArgumentHelp("The quarter, such as 2026-Q4.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("A JSON file of settings that differ from the defaults.", valueName: "path"))
    var file: String?

    @Option(help: "The title raters and managers see.")
    var title: String?

    @Option(help: ArgumentHelp("The first day answers are accepted (YYYY-MM-DD).", valueName: "date"))
    var opens: String?

    @Option(help: ArgumentHelp("The last day answers are accepted (YYYY-MM-DD).", valueName: "date"))
    var closes: String?

    @Option(help: ArgumentHelp("The questionnaire template in templates/questionnaires/.", valueName: "name"))
    var template: String?

    @Option(
        help: ArgumentHelp(
            "The language of reports: zh-Hans, zh-Hant or en; the organisation's most common if absent.",
            valueName: "tag"))
    var language: String?

    @Flag(name: .customLong("no-self"), help: "Do not ask people to rate themselves.")
    var noSelf = false

    @Option(help: "The seed of every random choice, for a repeatable assignment.")
    var seed: UInt64?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        var campaign: Campaign
        do {
            campaign = try CampaignDefaults.campaign(for: id)
        } catch let error as CampaignError {
            throw ValidationError(error.description)
        }
        let context = try CommandContext(store)
        // Reports are read in the organisation's own language unless told
        // otherwise: the language most of its people have.
        if let organisation = try await context.store.organisation() {
            let languages = organisation.people.compactMap(\.language)
            let counts = Dictionary(grouping: languages, by: { $0 }).mapValues(\.count)
            if let common = counts.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })?.key {
                campaign.language = common
            }
        }
        if let language {
            guard let parsed = SurveyLanguage(tag: language) else {
                throw ValidationError("Unknown language '\(language)'; expected zh-Hans, zh-Hant or en")
            }
            campaign.language = parsed
        }
        if let quarter = try? CampaignDefaults.Quarter(parsing: id) {
            campaign.title = CampaignDefaults.title(for: quarter, in: campaign.language)
        }
        if let file { campaign = try CampaignFile.apply(URL(fileURLWithPath: file), to: campaign) }
        if let title { campaign.title = title }
        if let opens { campaign.opens = try Self.date(opens, option: "opens") }
        if let closes { campaign.closes = try Self.date(closes, option: "closes") }
        if let template { campaign.templateID = template }
        if noSelf { campaign.rules.groups.remove(.selfRating) }
        if let seed { campaign.rules.seed = seed }
        guard campaign.opens <= campaign.closes else {
            throw ValidationError("The campaign closes on \(campaign.closes), before it opens on \(campaign.opens)")
        }
        try await context.store.createCampaign(
            campaign, event: context.event(campaign.id, "created", "draft, template '\(campaign.templateID)'"))
        Console.current.print(
            "Created campaign '\(campaign.id)' (\(campaign.title)), open \(campaign.opens) to \(campaign.closes)")
        Console.current.print("Next: survey360 campaign assign \(campaign.id)")
    }

    static func date(_ text: String, option: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError("Invalid date '\(text)' for --\(option); dates are written YYYY-MM-DD")
        }
        return date
    }
}
