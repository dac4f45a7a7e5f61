import Survey360Core

/// What a manager may read: the scorecards of their own department and of
/// every department below it, and their own report; nothing else.
///
/// Reports of other people, even of the manager's direct reports, are the
/// rated person's own: a manager sees their team through department
/// scorecards, which apply the department confidentiality minimums.
struct ManagerAccess: Sendable {
    let manager: Person
    /// The manager's department and its subtree, parents first.
    let departments: [DepartmentID]

    init(manager: Person, organisation: Organisation) {
        self.manager = manager
        departments = organisation.subtree(of: manager.departmentID)
    }

    func mayReadScorecard(of department: DepartmentID) -> Bool {
        departments.contains(department)
    }

    func mayReadReport(of person: PersonID) -> Bool {
        person == manager.id
    }
}
