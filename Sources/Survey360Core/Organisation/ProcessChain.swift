/// A work process as an ordered chain of stages, each handing its work to the
/// next: nursing → equipment → purchasing → finance.
///
/// Consecutive stages are each other's process customers: the downstream
/// stage rates the upstream stage that hands work to it, and the reverse.
public struct ProcessChain: Hashable, Sendable, Codable, Identifiable {
    public var id: ProcessID
    public var name: String
    /// The stages in process order; steps are numbered from 1 without gaps.
    public var stages: [ProcessStage]

    public init(id: ProcessID, name: String, stages: [ProcessStage]) {
        self.id = id
        self.name = name
        self.stages = stages
    }
}

/// One stage of a process: a department, or only some of its people.
public struct ProcessStage: Hashable, Sendable, Codable {
    /// The stage's position in the chain, from 1.
    public var step: Int
    public var departmentID: DepartmentID
    /// The people who do this stage's work; `nil` means every member of the
    /// department. Narrowing matters in large departments, where only a
    /// purchasing clerk and not the whole purchasing office handles a request.
    public var personIDs: [PersonID]?

    public init(step: Int, departmentID: DepartmentID, personIDs: [PersonID]? = nil) {
        self.step = step
        self.departmentID = departmentID
        self.personIDs = personIDs
    }
}
