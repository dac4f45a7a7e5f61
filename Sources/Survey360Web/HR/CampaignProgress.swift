import Survey360Core
import Survey360Storage

/// What HR sees of a running campaign: counts of questionnaires by state,
/// never who answered what.
///
/// Departments are the raters' departments, because that is whom HR reminds.
/// The list of raters still to finish names people and counts their
/// unfinished questionnaires, without saying whom those questionnaires rate.
struct CampaignProgress: Sendable, Equatable {
    struct Counts: Sendable, Equatable {
        var assigned = 0
        var submitted = 0
        var drafts = 0
        var notStarted: Int { assigned - submitted - drafts }
        /// Whole percent, rounded down so that 99.6% never reads "100%".
        var percent: Int { assigned == 0 ? 0 : submitted * 100 / assigned }

        mutating func add(_ status: ResponseStatus) {
            assigned += 1
            switch status {
            case .submitted: submitted += 1
            case .draft: drafts += 1
            case .notStarted: break
            }
        }
    }

    struct PendingRater: Sendable, Equatable {
        var name: String
        var department: String
        var unfinished: Int
    }

    var total = Counts()
    /// Departments in directory order, with their counts.
    var byDepartment: [(name: String, counts: Counts)] = []
    /// Groups in precedence order, only those with questionnaires.
    var byGroup: [(group: RaterGroup, counts: Counts)] = []
    /// Sorted by department (directory order), then name.
    var pending: [PendingRater] = []

    init(organisation: Organisation, assignments: [Assignment], statuses: [RaterPair: ResponseStatus]) {
        var departmentCounts: [DepartmentID: Counts] = [:]
        var groupCounts: [RaterGroup: Counts] = [:]
        var unfinished: [PersonID: Int] = [:]
        let unknownDepartment = DepartmentID("")
        for assignment in assignments {
            let status = statuses[assignment.pair] ?? .notStarted
            total.add(status)
            let department = organisation.person(assignment.raterID)?.departmentID ?? unknownDepartment
            departmentCounts[department, default: Counts()].add(status)
            groupCounts[assignment.group, default: Counts()].add(status)
            if status != .submitted { unfinished[assignment.raterID, default: 0] += 1 }
        }
        var order: [DepartmentID: Int] = [:]
        for (index, department) in organisation.departments.enumerated() { order[department.id] = index }
        byDepartment = departmentCounts.keys
            .sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
            .map { (name: organisation.department($0)?.name ?? "—", counts: departmentCounts[$0]!) }
        byGroup = RaterGroup.allCases.compactMap { group in groupCounts[group].map { (group: group, counts: $0) } }
        pending = unfinished.map { rater, count in
            let person = organisation.person(rater)
            let department = person.flatMap { organisation.department($0.departmentID) }
            return (
                order[department?.id ?? unknownDepartment] ?? .max,
                PendingRater(
                    name: person?.name ?? rater.rawValue, department: department?.name ?? "—", unfinished: count)
            )
        }
        .sorted { ($0.0, $0.1.name) < ($1.0, $1.1.name) }
        .map(\.1)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.total == rhs.total && lhs.pending == rhs.pending
            && lhs.byDepartment.map(\.name) == rhs.byDepartment.map(\.name)
            && lhs.byDepartment.map(\.counts) == rhs.byDepartment.map(\.counts)
            && lhs.byGroup.map(\.group) == rhs.byGroup.map(\.group)
            && lhs.byGroup.map(\.counts) == rhs.byGroup.map(\.counts)
    }
}
