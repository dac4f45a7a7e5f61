import Survey360Core
import Survey360Storage

/// What HR sees of a running campaign: counts of questionnaires by state,
/// never who answered what.
///
/// Departments are the raters' departments, because that is whom HR reminds.
/// A row is shown only when at least ``minimumRaters`` distinct raters stand
/// behind it; smaller rows are merged into one "other" row, and if that row
/// would itself hold 1 to 4 raters, the smallest shown rows join it until it
/// holds enough (or nothing is left to show). Two loads of the page and the
/// assignments HR already has would otherwise pin a pair: in a row of two
/// raters, a submission moves a count that only one of two people can have
/// caused. For the same reason the list of raters still to finish names
/// people without counting their unfinished questionnaires, and the counts
/// come from a snapshot taken on a coarse schedule (see
/// ``ProgressSnapshots``), not from the current second.
struct CampaignProgress: Sendable, Equatable {
    /// Rows of fewer raters are merged into "other".
    static let minimumRaters = 5

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

        mutating func add(_ other: Counts) {
            assigned += other.assigned
            submitted += other.submitted
            drafts += other.drafts
        }
    }

    /// A row of the page: its counts and the distinct raters behind them.
    struct Row<Key: Hashable & Sendable>: Sendable, Equatable {
        var key: Key
        var counts = Counts()
        var raters: Set<PersonID> = []
    }

    struct PendingRater: Sendable, Equatable {
        var name: String
        var department: String
    }

    /// `nil` when the whole campaign has fewer than ``minimumRaters`` raters.
    var total: Counts?
    /// Departments of at least five raters, in directory order.
    var byDepartment: [(name: String, counts: Counts)] = []
    /// The merged smaller departments; `nil` when there are none.
    var otherDepartments: Counts?
    /// Groups of at least five raters, in precedence order.
    var byGroup: [(group: RaterGroup, counts: Counts)] = []
    /// The merged smaller groups; `nil` when there are none.
    var otherGroups: Counts?
    /// Raters with at least one unfinished questionnaire, sorted by
    /// department (directory order), then name.
    var pending: [PendingRater] = []

    init(organisation: Organisation, assignments: [Assignment], statuses: [RaterPair: ResponseStatus]) {
        var order: [DepartmentID: Int] = [:]
        for (index, department) in organisation.departments.enumerated() { order[department.id] = index }
        let unknownDepartment = DepartmentID("")
        var departments: [DepartmentID: Row<DepartmentID>] = [:]
        var groups: [RaterGroup: Row<RaterGroup>] = [:]
        var all = Row(key: 0)
        var unfinished: Set<PersonID> = []
        for assignment in assignments {
            let status = statuses[assignment.pair] ?? .notStarted
            let department = organisation.person(assignment.raterID)?.departmentID ?? unknownDepartment
            Self.add(status, of: assignment.raterID, to: &all)
            Self.add(status, of: assignment.raterID, to: &departments[department, default: Row(key: department)])
            Self.add(status, of: assignment.raterID, to: &groups[assignment.group, default: Row(key: assignment.group)])
            if status != .submitted { unfinished.insert(assignment.raterID) }
        }
        pending = unfinished.map { rater in
            let person = organisation.person(rater)
            let department = person.flatMap { organisation.department($0.departmentID) }
            return (
                order[department?.id ?? unknownDepartment] ?? .max,
                PendingRater(name: person?.name ?? rater.rawValue, department: department?.name ?? "—")
            )
        }
        .sorted { ($0.0, $0.1.name) < ($1.0, $1.1.name) }
        .map(\.1)
        guard all.raters.count >= Self.minimumRaters else { return }
        total = all.counts

        let departmentRows = departments.values.sorted {
            (order[$0.key] ?? .max, $0.key) < (order[$1.key] ?? .max, $1.key)
        }
        let (shownDepartments, otherDepartments) = Self.merge(departmentRows)
        byDepartment = shownDepartments.map {
            (name: organisation.department($0.key)?.name ?? "—", counts: $0.counts)
        }
        self.otherDepartments = otherDepartments
        let (shownGroups, otherGroups) = Self.merge(RaterGroup.allCases.compactMap { groups[$0] })
        byGroup = shownGroups.map { (group: $0.key, counts: $0.counts) }
        self.otherGroups = otherGroups

    }

    private static func add<Key>(_ status: ResponseStatus, of rater: PersonID, to row: inout Row<Key>) {
        row.counts.add(status)
        row.raters.insert(rater)
    }

    /// The rows that may be shown, in their order, and the merged rest.
    ///
    /// Rows below the minimum go into "other"; while "other" has 1 to 4
    /// raters, the smallest shown row (the later one on a tie) joins it. A
    /// rater counted in two rows (a group row per relation) counts once in
    /// "other".
    static func merge<Key>(_ rows: [Row<Key>]) -> (shown: [Row<Key>], other: Counts?) {
        var shown = rows.filter { $0.raters.count >= minimumRaters }
        var merged = rows.filter { $0.raters.count < minimumRaters }
        func mergedRaters() -> Int { merged.reduce(into: Set<PersonID>()) { $0.formUnion($1.raters) }.count }
        while !merged.isEmpty, mergedRaters() < minimumRaters, !shown.isEmpty {
            let smallest = shown.indices.min {
                (shown[$0].raters.count, -$0) < (shown[$1].raters.count, -$1)
            }!
            merged.append(shown.remove(at: smallest))
        }
        guard !merged.isEmpty else { return (shown, nil) }
        var counts = Counts()
        for row in merged { counts.add(row.counts) }
        return (shown, counts)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.total == rhs.total && lhs.pending == rhs.pending
            && lhs.byDepartment.map(\.name) == rhs.byDepartment.map(\.name)
            && lhs.byDepartment.map(\.counts) == rhs.byDepartment.map(\.counts)
            && lhs.otherDepartments == rhs.otherDepartments
            && lhs.byGroup.map(\.group) == rhs.byGroup.map(\.group)
            && lhs.byGroup.map(\.counts) == rhs.byGroup.map(\.counts) && lhs.otherGroups == rhs.otherGroups
    }
}
