import Foundation
import Testing

@testable import Survey360Core

@Suite struct RaterAssignerScaleTests {
    /// With caps out of reach, every group gets exactly min(maximum,
    /// candidates) raters, each in the group a slow reference computes.
    @Test func everyCandidateGroupIsFilledAndClassifiedAsTheReferenceSays() {
        let organisation = SyntheticOrganisation.make(people: 3_000)
        let rules = CampaignRules(
            maximumQuestionnairesPerRater: 10_000, hiredAfter: CalendarDate(iso: "2026-06-30"))
        let plan = RaterAssigner.plan(for: organisation, rules: rules)
        let reference = ReferenceRelations(organisation)
        var mismatches = 0
        for assignment in plan.assignments
        where reference.group(rater: assignment.raterID, ratee: assignment.rateeID) != assignment.group {
            mismatches += 1
        }
        #expect(mismatches == 0)
        let byRatee = Dictionary(grouping: plan.assignments, by: \.rateeID)
        var wrongCounts: [String] = []
        for person in organisation.people where rules.includes(person) {
            let assigned = Dictionary(grouping: byRatee[person.id] ?? [], by: \.group).mapValues(\.count)
            for (group, available) in reference.candidates(of: person.id, rules: rules) {
                let expected = min(available, rules.maximum(for: group))
                if assigned[group, default: 0] != expected { wrongCounts.append("\(person.id) \(group)") }
            }
        }
        #expect(wrongCounts.isEmpty)
    }

    /// 10,000 people with the default caps: nothing breaks a rule, and the
    /// run stays well inside the time limit even in a debug build.
    @Test(.timeLimit(.minutes(1)))
    func aLargeOrganisationKeepsEveryRule() {
        let organisation = SyntheticOrganisation.make(people: 10_000)
        let rules = CampaignRules(hiredAfter: CalendarDate(iso: "2026-06-30"), seed: 42)
        let clock = ContinuousClock()
        var plan: AssignmentPlan?
        let elapsed = clock.measure { plan = RaterAssigner.plan(for: organisation, rules: rules) }
        guard let plan else { return }
        print("assigned \(plan.assignments.count) questionnaires for 10,000 people in \(elapsed)")

        let excluded = Set(organisation.people.filter { !rules.includes($0) }.map(\.id))
        #expect(excluded.count > 500)
        #expect(
            plan.assignments.allSatisfy { !excluded.contains($0.raterID) && !excluded.contains($0.rateeID) })
        #expect(plan.load.values.allSatisfy { $0 <= rules.maximumQuestionnairesPerRater })
        #expect(Set(plan.assignments.map(\.pair)).count == plan.assignments.count)
        let groupCounts = Dictionary(grouping: plan.assignments) { "\($0.rateeID) \($0.group)" }
        #expect(
            groupCounts.allSatisfy { key, value in
                value.count <= rules.maximum(for: value[0].group)
            })
        let reference = ReferenceRelations(organisation)
        #expect(
            plan.assignments.allSatisfy { reference.group(rater: $0.raterID, ratee: $0.rateeID) == $0.group })
        let selfRated = plan.assignments.count { $0.group == .selfRating }
        #expect(selfRated == organisation.people.count - excluded.count)
    }
}
