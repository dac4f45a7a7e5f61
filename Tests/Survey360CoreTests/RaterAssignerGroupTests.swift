import Testing

@testable import Survey360Core

@Suite struct RaterAssignerGroupTests {
    typealias F = AssignmentFixtures

    /// Every pair of the hospital, worked out by hand from scoring.md:
    /// - P1 is P2's manager and also the stage after P2 in SUPPLY: superior
    ///   wins over downstream (and subordinate over upstream the other way);
    /// - F1 is after P2 in REPAIR and before P2 in RETURN: downstream wins;
    /// - nurses are equipment's upstream stage and functional customers:
    ///   upstream wins; P1 (not in the narrowed stage) is F1's functional
    ///   customer, while P2 is F1's downstream stage;
    /// - N5 (on leave) and N6 (hired after the cut-off) appear nowhere, N4
    ///   (hired on the cut-off day) does.
    @Test func everyGroupFollowsPrecedence() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
        var expected: Set<String> = []
        for id in ["N1", "N2", "N3", "N4", "E1", "E2", "P1", "P2", "F1"] {
            expected.insert("\(id)>\(id):self")
        }
        for nurse in ["N2", "N3", "N4"] {
            expected.insert("N1>\(nurse):superior")
            expected.insert("\(nurse)>N1:subordinate")
        }
        for nurse in ["N1", "N2", "N3", "N4"] {
            for technician in ["E1", "E2"] {
                expected.insert("\(technician)>\(nurse):downstream")
                expected.insert("\(nurse)>\(technician):upstream")
            }
        }
        expected.formUnion([
            "E1>E2:superior", "E2>E1:subordinate",
            "P2>E1:downstream", "P2>E2:downstream",
            "P1>P2:superior", "P2>P1:subordinate",
            "F1>P2:downstream", "E1>P2:upstream", "E2>P2:upstream",
            "P2>F1:downstream", "P1>F1:functional",
        ])
        #expect(F.triples(plan) == expected)
        #expect(plan.assignments.count == expected.count)
    }

    @Test func assignmentsAreSortedByRateeGroupAndRater() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
        let keys = plan.assignments.map { "\($0.rateeID) \($0.group.precedence) \($0.raterID)" }
        #expect(keys == keys.sorted())
        #expect(plan.assignments.prefix(3).map(\.raterID) == ["E1", "E2", "P2"])
    }

    @Test func assignmentsOfOnePersonAreFoundBySearch() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
        for person in F.hospital.people {
            #expect(
                Array(plan.assignments(of: person.id)) == plan.assignments.filter { $0.rateeID == person.id })
        }
        #expect(plan.assignments(of: "E1").count == 7)
        #expect(plan.assignments(of: "N5").isEmpty)
        #expect(plan.assignments(of: "Z").isEmpty)
    }

    @Test func aGroupLeftOutIsNotReassignedToALaterGroup() {
        var rules = F.hospitalRules
        rules.groups = [.downstream, .upstream]
        let plan = RaterAssigner.plan(for: F.hospital, rules: rules)
        let triples = F.triples(plan)
        // P1 → P2 is superior by relation, although P1 is also P2's next stage.
        #expect(!triples.contains { $0.hasPrefix("P1>P2") })
        #expect(!triples.contains { $0.hasPrefix("P2>P1") })
        #expect(triples.contains("F1>P2:downstream"))
        #expect(plan.assignments.allSatisfy { [.downstream, .upstream].contains($0.group) })
    }

    @Test func withoutSelfRatingsNobodyRatesThemself() {
        var rules = F.hospitalRules
        rules.groups.remove(.selfRating)
        let plan = RaterAssigner.plan(for: F.hospital, rules: rules)
        #expect(plan.assignments.allSatisfy { $0.raterID != $0.rateeID })
        #expect(plan.assignments.count == 42 - 9)
    }

    @Test func excludedPeopleNeitherRateNorAreRated() {
        var rules = F.hospitalRules
        rules.excludedStatuses = [.leave, .left]
        rules.hiredAfter = CalendarDate(iso: "2026-06-29")
        let plan = RaterAssigner.plan(for: F.hospital, rules: rules)
        let involved = Set(plan.assignments.flatMap { [$0.raterID, $0.rateeID] })
        #expect(!involved.contains("N4"))
        #expect(!involved.contains("N5"))
        #expect(!involved.contains("N6"))
        #expect(involved.contains("N3"))
    }

    /// With default minimums (self 1, superior 1, peers 3), counted from the
    /// expected pairs above. E1 has nurses as functional candidates, but all
    /// of them are its upstream stage, so there is no functional group to
    /// warn about; nobody without direct reports is warned about
    /// subordinates.
    @Test func groupsBelowTheirMinimumAreWarnedAbout() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
        let warnings = plan.warnings.map {
            "\($0.rateeID) \($0.group.rawValue) \($0.available)/\($0.minimum)"
        }
        #expect(
            warnings == [
                "E1 subordinate 1/3", "E1 downstream 1/3",
                "E2 downstream 1/3",
                "F1 downstream 1/3", "F1 functional 1/3",
                "N1 downstream 2/3", "N2 downstream 2/3", "N3 downstream 2/3", "N4 downstream 2/3",
                "P1 subordinate 1/3",
                "P2 downstream 1/3", "P2 upstream 2/3",
            ])
    }

    /// With caps out of reach, every group has all its candidates.
    @Test func withoutCapsWarningsCountEveryCandidate() {
        let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
        #expect(plan.warnings.allSatisfy { $0.candidates == $0.available })
    }

    @Test func aWarningNamesThePersonRatedAndNoRater() {
        let warning = AssignmentWarning(ratee: "P0042", group: .downstream, available: 2, minimum: 3)
        #expect(
            warning.description
                == "person 'P0042' has 2 downstream raters, fewer than the minimum of 3; the downstream results will not be shown on their own"
        )
        let one = AssignmentWarning(ratee: "P8", group: .functional, available: 1, minimum: 3)
        #expect(
            one.description
                == "person 'P8' has 1 functional rater, fewer than the minimum of 3; the functional results will not be shown on their own"
        )
        let capped = AssignmentWarning(ratee: "P9", group: .upstream, available: 2, minimum: 3, candidates: 5)
        #expect(
            capped.description
                == "person 'P9' has 2 upstream raters of 5 possible, fewer than the minimum of 3; the upstream results will not be shown on their own"
        )
        let single = AssignmentWarning(ratee: "P7", group: .superior, available: 0, minimum: 1)
        #expect(
            single.description
                == "person 'P7' has 0 superior raters, fewer than the minimum of 1; the superior results will not be shown on their own"
        )
    }
}
