import Testing

@testable import Survey360Core

@Suite struct AssignmentPlanEditingTests {
    typealias F = AssignmentFixtures

    let plan = RaterAssigner.plan(for: F.hospital, rules: F.hospitalRules)
    let file = "edits.csv"

    func issues(_ body: () throws -> AssignmentPlan) -> [String] {
        do {
            _ = try body()
            return []
        } catch {
            return (error as? CampaignError)?.issues.map(\.description) ?? ["\(error)"]
        }
    }

    @Test func addingRaisesAGroupToItsMinimum() throws {
        let added = [
            Assignment(rater: "N2", ratee: "P1", group: .subordinate),
            Assignment(rater: "N3", ratee: "P1", group: .subordinate),
        ]
        let edited = try plan.adding(added, in: F.hospital)
        #expect(edited.assignments.count == plan.assignments.count + 2)
        #expect(edited.assignments(of: "P1").count { $0.group == .subordinate } == 3)
        #expect(!edited.warnings.contains { $0.rateeID == "P1" })
        #expect(edited.warnings.count == plan.warnings.count - 1)
        #expect(edited.assignments == edited.assignments.sorted(by: AssignmentPlan.order))
    }

    @Test func removingAPairWarnsAboutTheGroupItLeavesShort() throws {
        let edited = try plan.removing([RaterPair(rater: "N4", ratee: "N1")])
        #expect(edited.assignments.count == plan.assignments.count - 1)
        #expect(
            edited.warnings.contains(
                AssignmentWarning(ratee: "N1", group: .subordinate, available: 2, minimum: 3)))
        let emptied = try plan.removing([RaterPair(rater: "N1", ratee: "N2")])
        #expect(
            emptied.warnings.contains(
                AssignmentWarning(ratee: "N2", group: .superior, available: 0, minimum: 1)))
    }

    @Test func invalidAdditionsAreAllReportedWithTheirLines() {
        let additions = [
            Assignment(rater: "X9", ratee: "N1", group: .functional),
            Assignment(rater: "E1", ratee: "E1", group: .superior),
            Assignment(rater: "E1", ratee: "F1", group: .selfRating),
            Assignment(rater: "F1", ratee: "N2", group: .superior),
            Assignment(rater: "E1", ratee: "N2", group: .functional),
            Assignment(rater: "F1", ratee: "N1", group: .functional),
            Assignment(rater: "F1", ratee: "N1", group: .upstream),
        ]
        let locations = (2...8).map { SourceLocation(file: file, line: $0) }
        #expect(
            issues { try plan.adding(additions, in: F.hospital, locations: locations) } == [
                "edits.csv:2: unknown person 'X9'",
                "edits.csv:3: 'E1' cannot rate themself as superior; a self-rating belongs to the self group",
                "edits.csv:4: 'E1' cannot give a self-rating of 'F1'; only a person rates themself",
                "edits.csv:5: 'F1' is not the manager of 'N2'; only the manager rates as superior",
                "edits.csv:6: 'E1' already rates 'N2' as downstream; each pair is assigned once",
                "edits.csv:8: 'F1' already rates 'N1' as functional; each pair is assigned once",
            ])
    }

    @Test func removingAPairThatIsNotPlannedIsRefused() {
        let removals = [
            RaterPair(rater: "F1", ratee: "N1"), RaterPair(rater: "N2", ratee: "N1"),
            RaterPair(rater: "N2", ratee: "N1"),
        ]
        #expect(
            issues {
                try plan.removing(removals, locations: (2...4).map { SourceLocation(file: file, line: $0) })
            } == [
                "edits.csv:2: 'F1' is not assigned to rate 'N1'; there is nothing to remove",
                "edits.csv:4: 'N2' is not assigned to rate 'N1'; there is nothing to remove",
            ])
    }

    @Test func theDescriptionOfARefusedEditOnlyCountsProblems() {
        let error = #expect(throws: CampaignError.self) {
            try plan.removing([RaterPair(rater: "F1", ratee: "N1")])
        }
        #expect(error?.description == "1 problem in the assignment edits; the plan is unchanged")
        #expect(error?.code == .invalidEdit)
    }
}
