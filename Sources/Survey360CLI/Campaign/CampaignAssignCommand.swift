import ArgumentParser
import Survey360Core

/// `survey360 campaign assign ID`: who rates whom, from the organisation.
struct CampaignAssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign raters to everyone rated, replacing any earlier assignment.",
        discussion: """
            Raters are chosen by the groups of the internal customer model (self, superior, \
            subordinate, downstream, upstream, functional) under the campaign's caps, with \
            seeded sampling that spreads the load evenly. People whose group cannot reach its \
            minimum are listed as warnings: that group's results will be suppressed. Review \
            the result with 'survey360 assignments export' and edit it with \
            'survey360 assignments add|remove' before launch. The campaign is bound to the \
            current organisation version: later imports do not change it; assigning again \
            before launch binds it to the version current then.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: "How many warnings to print; 0 prints them all.")
    var warnings = 20

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.assign) }
        let (version, organisation) = try await context.currentOrganisation()
        let plan = RaterAssigner.plan(for: organisation, rules: campaign.rules)
        try await context.store.replaceAssignments(plan.assignments, in: campaign.id, organisationVersion: version)
        let raters = Set(plan.assignments.map(\.raterID)).count
        let ratees = Set(plan.assignments.map(\.rateeID)).count
        try await context.store.updateCampaign(
            campaign,
            event: context.event(
                campaign.id, "assigned",
                "\(plan.assignments.count) questionnaires, \(ratees) people rated, \(raters) raters, "
                    + "organisation version \(version)"))
        AssignmentReport(plan: plan, warningLimit: warnings).print()
    }
}

/// The summary HR reads after an assignment or an edit.
struct AssignmentReport {
    let plan: AssignmentPlan
    let warningLimit: Int
    var warningsTitle = "these groups will be suppressed in reports"

    func print() {
        let console = Console.current
        let assignments = plan.assignments
        let raters = Set(assignments.map(\.raterID))
        let ratees = Set(assignments.map(\.rateeID))
        console.print(
            "\(counted(assignments.count, "questionnaire")): \(counted(ratees.count, "person", "people")) rated by "
                + counted(raters.count, "rater"))
        let byGroup = Dictionary(grouping: assignments, by: \.group)
        for group in RaterGroup.allCases {
            console.print("  \(group.rawValue.padded(12)) \(byGroup[group]?.count ?? 0)")
        }
        let loads = plan.load.values
        if let lowest = loads.min(), let highest = loads.max() {
            console.print("Questionnaires per rater: \(lowest) to \(highest)")
        }
        let warnings = plan.warnings
        guard !warnings.isEmpty else { return }
        console.print("\(counted(warnings.count, "warning")): \(warningsTitle)")
        let shown = warningLimit > 0 ? Array(warnings.prefix(warningLimit)) : warnings
        for warning in shown { console.print("warning: \(warning)") }
        if shown.count < warnings.count {
            console.print("… and \(warnings.count - shown.count) more (--warnings 0 prints them all)")
        }
    }
}
