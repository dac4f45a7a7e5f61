/// Who rates whom in a campaign, as the assigner proposed it and HR edited
/// it, with the warnings HR should read before launch.
///
/// A plan is a value: edits return a new plan (``adding(_:in:locations:)``,
/// ``removing(_:locations:)``), so that the proposal can be kept beside the
/// edited plan and compared.
public struct AssignmentPlan: Hashable, Sendable {
    /// Every assignment, one per pair, sorted by person rated, group
    /// (in precedence order) and rater.
    public private(set) var assignments: [Assignment]
    /// The groups below their minimum, sorted by person rated and group.
    public private(set) var warnings: [AssignmentWarning]
    /// The minimums the warnings were computed with, kept so that an edit
    /// can update them.
    public let minimumRaters: [RaterGroup: Int]

    /// - Parameters:
    ///   - assignments: The assignments, in any order; the plan sorts them.
    ///   - warnings: The warnings, in any order.
    ///   - minimumRaters: The minimum for each group, for later edits.
    public init(
        assignments: [Assignment], warnings: [AssignmentWarning] = [],
        minimumRaters: [RaterGroup: Int] = CampaignRules.defaultMinimumRaters
    ) {
        self.assignments = assignments.sorted(by: AssignmentPlan.order)
        self.warnings = warnings.sorted()
        self.minimumRaters = minimumRaters
    }

    /// A plan from assignments already in the plan's order.
    init(sorted assignments: [Assignment], warnings: [AssignmentWarning], minimumRaters: [RaterGroup: Int]) {
        self.assignments = assignments
        self.warnings = warnings.sorted()
        self.minimumRaters = minimumRaters
    }

    /// The plan's order: by person rated, then group precedence, then rater.
    static func order(_ lhs: Assignment, _ rhs: Assignment) -> Bool {
        if lhs.rateeID != rhs.rateeID { return lhs.rateeID < rhs.rateeID }
        if lhs.group != rhs.group { return lhs.group < rhs.group }
        return lhs.raterID < rhs.raterID
    }

    /// The pairs of the plan, for checking imported responses against it.
    public var pairs: Set<RaterPair> { Set(assignments.map(\.pair)) }

    /// The number of questionnaires each rater is asked to fill in.
    public var load: [PersonID: Int] {
        assignments.reduce(into: [:]) { load, assignment in load[assignment.raterID, default: 0] += 1 }
    }

    /// The assignments of the person rated `ratee`, found by binary search
    /// in the plan's order, so that a report over every person stays linear.
    public func assignments(of ratee: PersonID) -> ArraySlice<Assignment> {
        func firstIndex(where isPast: (PersonID) -> Bool) -> Int {
            var low = 0
            var high = assignments.count
            while low < high {
                let middle = (low + high) / 2
                if isPast(assignments[middle].rateeID) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return assignments[firstIndex { $0 >= ratee }..<firstIndex { $0 > ratee }]
    }

    mutating func replace(assignments: [Assignment], warnings: [AssignmentWarning]) {
        self.assignments = assignments.sorted(by: AssignmentPlan.order)
        self.warnings = warnings.sorted()
    }
}
