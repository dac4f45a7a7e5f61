import Foundation
import Survey360Core
import Survey360Import
import Testing

/// Rater assignment on the real samples, checked against a reference that
/// derives each group straight from the CSV relations, the slow and obvious
/// way, as scoring.md states them.
@Suite struct SampleAssignmentTests {
    static let samples = ["hospital", "manufacturer"]

    private func organisation(_ sample: String) throws -> Organisation {
        try OrganisationImporter.read(
            directory: CommandRunner.repositoryRoot.appendingPathComponent("samples/\(sample)")
        )
        .organisation
    }

    /// The group of (rater, ratee) by the rules' precedence, or nil.
    private func referenceGroup(rater: Person, ratee: Person, in organisation: Organisation) -> RaterGroup? {
        if rater.id == ratee.id { return .selfRating }
        if ratee.managerID == rater.id { return .superior }
        if rater.managerID == ratee.id { return .subordinate }
        func stages(of person: Person) -> [(ProcessID, Int)] {
            organisation.processes.flatMap { process in
                process.stages.filter { organisation.people(in: $0).contains(person.id) }.map { (process.id, $0.step) }
            }
        }
        let rateeStages = stages(of: ratee)
        let raterStages = stages(of: rater)
        let follows = { (offset: Int) in
            rateeStages.contains { stage in raterStages.contains { $0.0 == stage.0 && $0.1 == stage.1 + offset } }
        }
        if follows(1) { return .downstream }
        if follows(-1) { return .upstream }
        let customers = organisation.services.filter { $0.provider == ratee.departmentID }.map(\.customer)
        if customers.contains(rater.departmentID) { return .functional }
        return nil
    }

    @Test(arguments: samples)
    func everyPairIsInTheGroupTheOrganisationGivesIt(_ sample: String) throws {
        let organisation = try organisation(sample)
        let rules = CampaignRules()
        let plan = RaterAssigner.plan(for: organisation, rules: rules)
        #expect(!plan.assignments.isEmpty)
        for assignment in plan.assignments {
            let rater = try #require(organisation.person(assignment.raterID))
            let ratee = try #require(organisation.person(assignment.rateeID))
            #expect(referenceGroup(rater: rater, ratee: ratee, in: organisation) == assignment.group)
            #expect(rater.status == .active && ratee.status == .active)
        }
        #expect(Set(plan.assignments.map(\.pair)).count == plan.assignments.count)
    }

    @Test(arguments: samples)
    func capsHoldAndTheResultRepeats(_ sample: String) throws {
        let organisation = try organisation(sample)
        let rules = CampaignRules(maximumQuestionnairesPerRater: 10, seed: 42)
        let plan = RaterAssigner.plan(for: organisation, rules: rules)
        #expect(plan.load.values.allSatisfy { $0 <= 10 })
        for (ratee, assignments) in Dictionary(grouping: plan.assignments, by: \.rateeID) {
            for (group, members) in Dictionary(grouping: assignments, by: \.group) {
                #expect(members.count <= rules.maximumRaters[group]!, "\(ratee) \(group)")
            }
        }
        #expect(RaterAssigner.plan(for: organisation, rules: rules) == plan)
    }
}
