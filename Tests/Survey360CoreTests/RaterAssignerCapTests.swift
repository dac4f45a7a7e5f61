import Testing

@testable import Survey360Core

@Suite struct RaterAssignerCapTests {
    typealias F = AssignmentFixtures

    static func rules(
        functional maximum: Int = 6, perRater cap: Int = 12, seed: UInt64 = 360
    ) -> CampaignRules {
        var rules = CampaignRules(maximumQuestionnairesPerRater: cap, seed: seed)
        rules.maximumRaters[.functional] = maximum
        return rules
    }

    func functionalLoad(_ plan: AssignmentPlan) -> [PersonID: Int] {
        plan.assignments.filter { $0.group == .functional }.reduce(into: [:]) {
            $0[$1.raterID, default: 0] += 1
        }
    }

    /// 5 providers × 6 functional raters = 30 questionnaires for 30
    /// customers: the lowest-load rule gives each customer exactly one.
    @Test func loadIsSpreadEvenlyOverRaters() {
        let plan = RaterAssigner.plan(for: F.service(providers: 5, customers: 30), rules: Self.rules())
        let load = functionalLoad(plan)
        #expect(load.count == 30)
        #expect(load.values.allSatisfy { $0 == 1 })
        for provider in 1...5 {
            #expect(plan.assignments(of: PersonID("S\(provider)")).count { $0.group == .functional } == 6)
        }
        #expect(plan.warnings.isEmpty)
    }

    /// Pools above 64 people are sampled; 20 × 6 = 120 questionnaires over
    /// 600 customers still reach 120 different raters, and 200 × 6 = 1200
    /// spread within a questionnaire or two of the even 2 each (sampling
    /// looks for the lowest load among a sample, not the whole pool).
    @Test func sampledPoolsSpreadLoadToo() {
        let small = RaterAssigner.plan(for: F.service(providers: 20, customers: 600), rules: Self.rules())
        #expect(functionalLoad(small).count == 120)
        #expect(functionalLoad(small).values.max() == 1)

        let large = RaterAssigner.plan(for: F.service(providers: 200, customers: 600), rules: Self.rules())
        let load = functionalLoad(large)
        #expect(load.values.reduce(0, +) == 1200)
        #expect(load.count == 600)
        let spread = (load.values.max() ?? 0) - (load.values.min() ?? 0)
        #expect(spread <= 2)
        #expect((load.values.min() ?? 0) >= 1)
    }

    @Test func theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        let organisation = F.service(providers: 5, customers: 30)
        let first = RaterAssigner.plan(for: organisation, rules: Self.rules(seed: 1))
        let again = RaterAssigner.plan(for: organisation, rules: Self.rules(seed: 1))
        let other = RaterAssigner.plan(for: organisation, rules: Self.rules(seed: 2))
        #expect(first == again)
        #expect(first.assignments != other.assignments)
        #expect(first.assignments.count == other.assignments.count)
    }

    /// HR's next export may list rows in another order: the plan depends on
    /// the organisation and the seed only.
    @Test func theOrderOfTheDirectoryDoesNotMatter() {
        let organisation = SyntheticOrganisation.make(people: 1_500)
        let reordered = Organisation(
            departments: organisation.departments.reversed(), people: organisation.people.reversed(),
            services: organisation.services.reversed(),
            processes: organisation.processes.reversed().map { process in
                ProcessChain(id: process.id, name: process.name, stages: process.stages.reversed())
            })
        let rules = Self.rules(perRater: 8)
        #expect(
            RaterAssigner.plan(for: organisation, rules: rules)
                == RaterAssigner.plan(for: reordered, rules: rules))
    }

    /// Each customer can take 1 functional questionnaire besides its own
    /// self-rating: 6 questionnaires for 10 providers who want 6 each. The
    /// minimum comes first: two providers reach 3 raters, rather than one
    /// reaching 6; the other 8 are warned about with 0 raters.
    @Test func minimumsAreFilledBeforeMaximums() {
        let plan = RaterAssigner.plan(
            for: F.service(providers: 10, customers: 6), rules: Self.rules(perRater: 2))
        #expect(plan.load.values.allSatisfy { $0 <= 2 })
        let functional = plan.assignments.filter { $0.group == .functional }
        #expect(functional.count == 6)
        let perProvider = Dictionary(grouping: functional, by: \.rateeID).mapValues(\.count)
        #expect(perProvider.values.sorted() == [3, 3])
        #expect(plan.warnings.count == 8)
        #expect(
            plan.warnings.allSatisfy {
                $0.group == .functional && $0.available == 0 && $0.minimum == 3 && $0.candidates == 6
            })
        #expect(
            plan.warnings.allSatisfy {
                $0.description.hasPrefix(
                    "person '\($0.rateeID)' has 0 functional raters of 6 possible, fewer")
            })
        #expect(Set(plan.warnings.map(\.rateeID)).isDisjoint(with: perProvider.keys))
    }

    /// A manager with five reports and a cap of 3 rates themself and two
    /// reports as superior, and nothing functional although the serving
    /// department X has the manager's department as customer.
    @Test func selfAndSuperiorComeBeforeOtherGroups() {
        let organisation = Organisation(
            departments: F.departments("OPS", "X"),
            people: [F.person("M", "OPS")] + (1...5).map { F.person("R\($0)", "OPS", manager: "M") }
                + (1...3).map { F.person("X\($0)", "X") },
            services: [ServiceRelation(provider: "X", customer: "OPS")])
        let plan = RaterAssigner.plan(for: organisation, rules: Self.rules(perRater: 3))
        let byManager = plan.assignments.filter { $0.raterID == "M" }
        #expect(byManager.count == 3)
        #expect(byManager.count { $0.group == .selfRating } == 1)
        #expect(byManager.count { $0.group == .superior } == 2)
        let unrated = (1...5).map { PersonID("R\($0)") }.filter { report in
            !byManager.contains { $0.rateeID == report }
        }
        #expect(
            plan.warnings.filter { $0.group == .superior }
                == unrated.map {
                    AssignmentWarning(ratee: $0, group: .superior, available: 0, minimum: 1, candidates: 1)
                })
        #expect(plan.load.values.allSatisfy { $0 <= 3 })
    }

    @Test func aCapOfOneLeavesOnlySelfRatings() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: Self.rules(perRater: 1))
        #expect(plan.assignments.allSatisfy { $0.group == .selfRating })
        #expect(plan.assignments.count == 10)  // N5 is on leave; N6 counts: no cut-off here
    }

    @Test func groupMaximumsHold() {
        var rules = F.hospitalRules
        rules.maximumRaters[.upstream] = 2
        rules.maximumRaters[.downstream] = 1
        let plan = RaterAssigner.plan(for: F.hospital, rules: rules)
        let counts = Dictionary(grouping: plan.assignments) { "\($0.rateeID) \($0.group.rawValue)" }
            .mapValues(\.count)
        #expect(counts["E1 upstream"] == 2)
        #expect(counts["N1 downstream"] == 1)
        #expect(counts["N1 subordinate"] == 3)
    }
}
