/// The organisation as imported from HR's directory: people, departments,
/// reporting lines, service relations and process chains.
///
/// An `Organisation` is a value: it is built once by an import, checked by
/// ``OrganisationValidator``, and then read by rater assignment and scoring
/// through the lookups below, which are computed once at creation because
/// assignment asks them for every person of a 100,000-person organisation.
public struct Organisation: Hashable, Sendable, Codable {
    public let departments: [Department]
    public let people: [Person]
    public let services: [ServiceRelation]
    public let processes: [ProcessChain]

    private let departmentIndex: [DepartmentID: Int]
    private let personIndex: [PersonID: Int]
    private let membersByDepartment: [DepartmentID: [PersonID]]
    private let reportsByManager: [PersonID: [PersonID]]

    public init(
        departments: [Department], people: [Person],
        services: [ServiceRelation] = [], processes: [ProcessChain] = []
    ) {
        self.departments = departments
        self.people = people
        self.services = services
        self.processes = processes
        departmentIndex = Dictionary(
            departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        personIndex = Dictionary(
            people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var members: [DepartmentID: [PersonID]] = [:]
        var reports: [PersonID: [PersonID]] = [:]
        for person in people {
            members[person.departmentID, default: []].append(person.id)
            if let manager = person.managerID { reports[manager, default: []].append(person.id) }
        }
        membersByDepartment = members
        reportsByManager = reports
    }

    // MARK: - Codable (the lookups are derived, not stored)

    private enum CodingKeys: String, CodingKey {
        case departments, people, services, processes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            departments: try container.decode([Department].self, forKey: .departments),
            people: try container.decode([Person].self, forKey: .people),
            services: try container.decode([ServiceRelation].self, forKey: .services),
            processes: try container.decode([ProcessChain].self, forKey: .processes))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(departments, forKey: .departments)
        try container.encode(people, forKey: .people)
        try container.encode(services, forKey: .services)
        try container.encode(processes, forKey: .processes)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.departments == rhs.departments && lhs.people == rhs.people
            && lhs.services == rhs.services && lhs.processes == rhs.processes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(departments)
        hasher.combine(people)
        hasher.combine(services)
        hasher.combine(processes)
    }

    // MARK: - Lookups

    public func person(_ id: PersonID) -> Person? {
        personIndex[id].map { people[$0] }
    }

    public func department(_ id: DepartmentID) -> Department? {
        departmentIndex[id].map { departments[$0] }
    }

    /// The people whose department is `id`, in directory order.
    public func members(of id: DepartmentID) -> [PersonID] {
        membersByDepartment[id] ?? []
    }

    /// The people whose manager is `id`, in directory order.
    public func directReports(of id: PersonID) -> [PersonID] {
        reportsByManager[id] ?? []
    }

    /// The departments below `id` in the tree, `id` included, parents first.
    public func subtree(of id: DepartmentID) -> [DepartmentID] {
        var children: [DepartmentID: [DepartmentID]] = [:]
        for department in departments {
            if let parent = department.parentID { children[parent, default: []].append(department.id) }
        }
        var result: [DepartmentID] = []
        var queue = [id]
        var seen: Set<DepartmentID> = []
        while let next = queue.first {
            queue.removeFirst()
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            queue.append(contentsOf: children[next] ?? [])
        }
        return result
    }

    /// The people who do the work of `stage`: its named people, or else every
    /// member of its department.
    public func people(in stage: ProcessStage) -> [PersonID] {
        stage.personIDs ?? members(of: stage.departmentID)
    }

    /// The number of levels of the reporting hierarchy (1 for a flat one).
    ///
    /// Reporting cycles, which the validator rejects, are not followed.
    public var hierarchyDepth: Int {
        var depth: [PersonID: Int] = [:]
        func level(of id: PersonID, visiting: inout Set<PersonID>) -> Int {
            if let known = depth[id] { return known }
            guard visiting.insert(id).inserted else { return 0 }
            let value: Int
            if let manager = person(id)?.managerID, person(manager) != nil {
                value = level(of: manager, visiting: &visiting) + 1
            } else {
                value = 1
            }
            depth[id] = value
            return value
        }
        var deepest = 0
        for person in people {
            var visiting: Set<PersonID> = []
            deepest = max(deepest, level(of: person.id, visiting: &visiting))
        }
        return deepest
    }
}
