import ArgumentParser
import Foundation
import Survey360Core
import Survey360Storage

/// `survey360 campaign show ID`: a campaign's settings, progress and log.
struct CampaignShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a campaign: dates, rules, progress by group and its audit log.",
        discussion: "Progress is shown as counts only; no command shows who answered what."
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        let console = Console.current
        let rules = campaign.rules
        console.print("\(campaign.id): \(campaign.title)")
        console.print("State:     \(campaign.state.rawValue)")
        console.print("Dates:     \(campaign.opens) to \(campaign.closes)")
        console.print("Template:  \(campaign.templateID), reports in \(campaign.language.rawValue)")
        console.print(
            "Directory: \(campaign.organisationVersion.map { "organisation version \($0)" } ?? "not assigned yet")")
        let groups = RaterGroup.allCases.filter(rules.groups.contains).map(\.rawValue)
        console.print("Groups:    \(groups.joined(separator: ", "))")
        console.print(
            "Caps:      at most \(rules.maximumQuestionnairesPerRater) questionnaires per rater; seed \(rules.seed)")
        let excluded = rules.excludedStatuses.map(\.rawValue).sorted()
        console.print(
            "Excluded:  status \(excluded.joined(separator: ", "))"
                + (rules.hiredAfter.map { "; hired after \($0)" } ?? ""))
        console.print("Scoring:   all others \(campaign.policy.othersWeighting.rawValue)")

        let assignments = try await context.store.assignments(in: campaign.id)
        let statuses = try await context.store.responseStatuses(in: campaign.id)
        if !assignments.isEmpty {
            console.print("")
            console.print("Progress by group (submitted / drafts / assigned):")
            let byGroup = Dictionary(grouping: assignments, by: \.group)
            for group in RaterGroup.allCases {
                guard let members = byGroup[group] else { continue }
                let states = members.map { statuses[$0.pair] ?? .notStarted }
                let submitted = states.filter { $0 == .submitted }.count
                let drafts = states.filter { $0 == .draft }.count
                console.print("  \(group.rawValue.padded(12)) \(submitted) / \(drafts) / \(members.count)")
            }
        }
        console.print("")
        console.print("Audit log:")
        let formatter = ISO8601DateFormatter()
        for event in try await context.store.auditLog(of: campaign.id) {
            let detail = event.detail.isEmpty ? "" : ": \(event.detail)"
            console.print("  \(formatter.string(from: event.date))  \(event.actor)  \(event.action)\(detail)")
        }
    }
}
