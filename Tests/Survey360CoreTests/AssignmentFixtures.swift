@testable import Survey360Core

/// Small organisations built by hand, with the expected groups worked out
/// on paper in the tests that use them.
enum AssignmentFixtures {
    static func person(
        _ id: String, _ department: String, manager: String? = nil,
        status: EmploymentStatus = .active, hired: String? = nil
    ) -> Person {
        Person(
            id: PersonID(id), name: id, email: "\(id.lowercased())@example.org",
            departmentID: DepartmentID(department), managerID: manager.map { PersonID($0) },
            hireDate: hired.flatMap { CalendarDate(iso: $0) }, status: status)
    }

    static func departments(_ ids: String...) -> [Department] {
        ids.map { Department(id: DepartmentID($0), name: $0) }
    }

    /// The hospital of the essay: nursing → equipment → purchasing (only
    /// the clerk P2) → finance, plus two short chains that run through
    /// purchasing and finance the other way, and two service relations.
    ///
    /// N5 is on leave and N6 was hired after the cut-off of
    /// ``hospitalRules``: neither rates nor is rated.
    static let hospital = Organisation(
        departments: departments("NUR", "EQP", "PUR", "FIN"),
        people: [
            person("N1", "NUR"),
            person("N2", "NUR", manager: "N1"),
            person("N3", "NUR", manager: "N1"),
            person("N4", "NUR", manager: "N1", hired: "2026-06-30"),
            person("N5", "NUR", manager: "N1", status: .leave),
            person("N6", "NUR", manager: "N1", hired: "2026-09-01"),
            person("E1", "EQP"),
            person("E2", "EQP", manager: "E1"),
            person("P1", "PUR"),
            person("P2", "PUR", manager: "P1"),
            person("F1", "FIN"),
        ],
        services: [
            ServiceRelation(provider: "EQP", customer: "NUR"),
            ServiceRelation(provider: "FIN", customer: "PUR"),
        ],
        processes: [
            ProcessChain(
                id: "REPAIR", name: "Instrument repair",
                stages: [
                    ProcessStage(step: 1, departmentID: "NUR"),
                    ProcessStage(step: 2, departmentID: "EQP"),
                    ProcessStage(step: 3, departmentID: "PUR", personIDs: ["P2"]),
                    ProcessStage(step: 4, departmentID: "FIN"),
                ]),
            ProcessChain(
                id: "SUPPLY", name: "Order approval",
                stages: [
                    ProcessStage(step: 1, departmentID: "PUR", personIDs: ["P2"]),
                    ProcessStage(step: 2, departmentID: "PUR", personIDs: ["P1"]),
                ]),
            ProcessChain(
                id: "RETURN", name: "Refund",
                stages: [
                    ProcessStage(step: 2, departmentID: "PUR", personIDs: ["P2"]),
                    ProcessStage(step: 1, departmentID: "FIN"),
                ]),
        ])

    /// Caps high enough that nothing is sampled away.
    static let hospitalRules = CampaignRules(
        maximumRaters: Dictionary(uniqueKeysWithValues: RaterGroup.allCases.map { ($0, 10) }),
        maximumQuestionnairesPerRater: 100,
        hiredAfter: CalendarDate(iso: "2026-06-30"))

    /// A serving department of `providers` people and a customer
    /// department of `customers` people, and nothing else: only
    /// self-ratings and functional ratings of the providers.
    static func service(providers: Int, customers: Int) -> Organisation {
        Organisation(
            departments: departments("SVC", "CUS"),
            people: (1...providers).map { person("S\($0)", "SVC") }
                + (1...customers).map { person("C\($0)", "CUS") },
            services: [ServiceRelation(provider: "SVC", customer: "CUS")])
    }

    /// `(rater, ratee, group)` triples, for comparing with expectations
    /// written as strings.
    static func triples(_ plan: AssignmentPlan) -> Set<String> {
        Set(plan.assignments.map { "\($0.raterID)>\($0.rateeID):\($0.group.rawValue)" })
    }
}
