import Testing

@testable import Survey360Core

@Suite struct OrganisationValidatorTests {
    let sources: SourceMap = {
        var map = SourceMap()
        for (index, id) in ["P1", "P2", "P3", "P4"].enumerated() {
            map[.person(PersonID(id))] = SourceLocation(file: "people.csv", line: index + 2)
        }
        map[.department("D1")] = SourceLocation(file: "departments.csv", line: 2)
        map[.department("D2")] = SourceLocation(file: "departments.csv", line: 3)
        map[.service(0)] = SourceLocation(file: "services.csv", line: 2)
        map[.processStage("PR", step: 1)] = SourceLocation(file: "processes.csv", line: 2)
        map[.processStage("PR", step: 3)] = SourceLocation(file: "processes.csv", line: 3)
        return map
    }()

    @Test func aValidOrganisationHasNoIssues() {
        let organisation = Organisation(
            departments: [Department(id: "D1", name: "院長室"), Department(id: "D2", name: "護理部", parentID: "D1")],
            people: [
                Person(id: "P1", name: "王院長", email: "p1@example.org", departmentID: "D1"),
                Person(id: "P2", name: "李護理長", email: "p2@example.org", departmentID: "D2", managerID: "P1"),
            ],
            services: [ServiceRelation(provider: "D1", customer: "D2")],
            processes: [
                ProcessChain(
                    id: "PR", name: "報修",
                    stages: [ProcessStage(step: 1, departmentID: "D2"), ProcessStage(step: 2, departmentID: "D1")])
            ])
        #expect(OrganisationValidator.validate(organisation).isEmpty)
        #expect(organisation.hierarchyDepth == 2)
    }

    @Test func everyProblemIsReportedWithItsLine() {
        let organisation = Organisation(
            departments: [
                Department(id: "D1", name: "A", parentID: "D2"), Department(id: "D2", name: "B", parentID: "D1"),
            ],
            people: [
                Person(id: "P1", name: "a", email: "a@x.org", departmentID: "D1", managerID: "P3"),
                Person(id: "P2", name: "b", email: "b@x.org", departmentID: "D9", managerID: "P0042"),
                Person(id: "P3", name: "c", email: "c@x.org", departmentID: "D1", managerID: "P1"),
                Person(id: "P4", name: "d", email: "d@x.org", departmentID: "D1", managerID: "P4"),
            ],
            services: [ServiceRelation(provider: "D1", customer: "D1")],
            processes: [
                ProcessChain(
                    id: "PR", name: "x",
                    stages: [
                        ProcessStage(step: 1, departmentID: "D1", personIDs: ["P2"]),
                        ProcessStage(step: 3, departmentID: "D2"),
                    ])
            ])
        let messages = OrganisationValidator.validate(organisation, sources: sources).map(\.description)
        #expect(
            messages == [
                "departments.csv:2: department cycle D1 → D2 → D1",
                "people.csv:2: reporting cycle P1 → P3 → P1",
                "people.csv:3: unknown department 'D9'",
                "people.csv:3: unknown manager 'P0042'",
                "people.csv:5: reporting cycle P4 → P4",
                "processes.csv:2: person 'P2' is not in department 'D1' of this step",
                "processes.csv:2: process 'PR' has no step 2; steps run 1, 2, 3… without gaps",
                "services.csv:2: department 'D1' is its own customer",
            ])
    }
}
