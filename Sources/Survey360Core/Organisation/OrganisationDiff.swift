/// What changed between two versions of the organisation directory: the
/// change report HR reads before launching a quarter on the newer one.
///
/// People are matched by id, as trends match them, so that a person who
/// moves department is one person who moved, not one who left and one who
/// joined.
///
/// ```swift
/// let diff = OrganisationDiff(from: lastQuarter, to: imported)
/// for move in diff.moved { print(move.person.name, move.from, "→", move.to) }
/// ```
public struct OrganisationDiff: Hashable, Sendable {
    /// A change of one field of a person between the two versions.
    public struct Change<Value: Hashable & Sendable>: Hashable, Sendable {
        /// The person as in the newer version.
        public var person: Person
        public var from: Value
        public var to: Value
    }

    /// A process stage, with the chain it belongs to.
    public struct Stage: Hashable, Sendable {
        public var processID: ProcessID
        public var processName: String
        public var stage: ProcessStage
    }

    /// In the newer version only.
    public var joined: [Person] = []
    /// In the older version only, or marked as having left in the newer one.
    public var left: [Person] = []
    public var moved: [Change<DepartmentID>] = []
    public var managerChanged: [Change<PersonID?>] = []
    public var departmentsAdded: [Department] = []
    public var departmentsRemoved: [Department] = []
    public var servicesAdded: [ServiceRelation] = []
    public var servicesRemoved: [ServiceRelation] = []
    /// Stages are matched by chain, step, department and the people named:
    /// a stage handed to another department is one removed and one added.
    public var stagesAdded: [Stage] = []
    public var stagesRemoved: [Stage] = []

    /// Compares `old` with `new`; lists keep the newer (for removals, the
    /// older) version's order, which is the directory's.
    public init(from old: Organisation, to new: Organisation) {
        for person in new.people {
            guard let before = old.person(person.id) else {
                joined.append(person)
                continue
            }
            if person.status == .left && before.status != .left { left.append(person) }
            if person.departmentID != before.departmentID {
                moved.append(Change(person: person, from: before.departmentID, to: person.departmentID))
            }
            if person.managerID != before.managerID {
                managerChanged.append(Change(person: person, from: before.managerID, to: person.managerID))
            }
        }
        left += old.people.filter { new.person($0.id) == nil }
        departmentsAdded = new.departments.filter { old.department($0.id) == nil }
        departmentsRemoved = old.departments.filter { new.department($0.id) == nil }
        let oldServices = Set(old.services)
        let newServices = Set(new.services)
        servicesAdded = new.services.filter { !oldServices.contains($0) }
        servicesRemoved = old.services.filter { !newServices.contains($0) }
        let oldStages = Self.stages(of: old)
        let newStages = Self.stages(of: new)
        let oldSet = Set(oldStages.map(Self.key))
        let newSet = Set(newStages.map(Self.key))
        stagesAdded = newStages.filter { !oldSet.contains(Self.key($0)) }
        stagesRemoved = oldStages.filter { !newSet.contains(Self.key($0)) }
    }

    /// Whether the two versions have the same people in the same places,
    /// the same departments, services and stages.
    public var isEmpty: Bool {
        joined.isEmpty && left.isEmpty && moved.isEmpty && managerChanged.isEmpty && departmentsAdded.isEmpty
            && departmentsRemoved.isEmpty && servicesAdded.isEmpty && servicesRemoved.isEmpty && stagesAdded.isEmpty
            && stagesRemoved.isEmpty
    }

    private static func stages(of organisation: Organisation) -> [Stage] {
        organisation.processes.flatMap { process in
            process.stages.map { Stage(processID: process.id, processName: process.name, stage: $0) }
        }
    }

    /// A stage's identity: renaming a chain is not a change of its stages.
    private static func key(_ stage: Stage) -> [String] {
        [stage.processID.rawValue, String(stage.stage.step), stage.stage.departmentID.rawValue]
            + (stage.stage.personIDs?.map(\.rawValue) ?? ["*"])
    }
}
