import Survey360Core
import Testing

@Suite struct OrganisationDiffTests {
    static let before = Organisation(
        departments: [Department(id: "D1", name: "院長室"), Department(id: "D2", name: "護理部", parentID: "D1")],
        people: [
            Person(id: "P1", name: "王", email: "p1@x.org", departmentID: "D1"),
            Person(id: "P2", name: "李", email: "p2@x.org", departmentID: "D2", managerID: "P1"),
        ],
        processes: [
            ProcessChain(
                id: "R", name: "報修",
                stages: [ProcessStage(step: 1, departmentID: "D2"), ProcessStage(step: 2, departmentID: "D1")])
        ])

    @Test func aPersonMarkedAsLeftHasLeftAndAStageHandedOverIsRemovedAndAdded() {
        let after = Organisation(
            departments: Self.before.departments,
            people: [
                Self.before.people[0],
                Person(id: "P2", name: "李", email: "p2@x.org", departmentID: "D2", managerID: "P1", status: .left),
            ],
            processes: [
                ProcessChain(
                    id: "R", name: "報修與採購",
                    stages: [ProcessStage(step: 1, departmentID: "D2"), ProcessStage(step: 2, departmentID: "D2")])
            ])
        let diff = OrganisationDiff(from: Self.before, to: after)
        #expect(diff.left.map(\.id) == ["P2"])
        #expect(diff.joined.isEmpty && diff.moved.isEmpty && diff.managerChanged.isEmpty)
        // Renaming the chain changes no stage; handing step 2 to D2 does.
        #expect(diff.stagesRemoved.map(\.stage) == [ProcessStage(step: 2, departmentID: "D1")])
        #expect(diff.stagesAdded.map(\.stage) == [ProcessStage(step: 2, departmentID: "D2")])
    }

    @Test func aVersionComparedWithItselfHasNoChange() {
        let diff = OrganisationDiff(from: Self.before, to: Self.before)
        #expect(
            diff
                == OrganisationDiff(
                    from: Organisation(departments: [], people: []), to: Organisation(departments: [], people: [])))
        #expect(diff.left.isEmpty && diff.joined.isEmpty && diff.stagesAdded.isEmpty && diff.stagesRemoved.isEmpty)
    }
}
