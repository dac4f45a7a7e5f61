/// The organisation turned into integer-indexed arrays, so that rater
/// assignment can answer "how is this rater related to this person?" in a
/// few array reads, for a 100,000-person organisation, without ever listing
/// every pair.
///
/// People, departments and processes are numbered in the order of their
/// ids, not of the directory's rows: an HR export sorted differently next
/// quarter must give the same plan for the same seed. Candidate raters are kept as
/// shared *pools*, one per process stage, department and manager, rather
/// than as a list per person rated: every member of a department has the
/// same functional customers, and copying that list for each member is what
/// makes naive assignment quadratic.
struct RelationIndex {
    /// Person index → id.
    let ids: [PersonID]
    /// Whether the person takes part under the campaign's rules.
    let eligible: [Bool]
    /// The manager's index, or -1 when there is none in the directory.
    let manager: [Int32]
    /// The department's index, or -1 when unknown.
    let department: [Int32]
    /// The stages (by stage index) each person works in.
    let stagesOf: [[Int32]]
    /// For each stage, the stages right after it in its chain.
    let nextStages: [[Int32]]
    /// For each stage, the stages right before it in its chain.
    let previousStages: [[Int32]]
    /// For each department, the departments that are its customers.
    let customers: [[Int32]]
    private let customerSets: [Set<Int32>]
    /// Eligible people of each stage, then of each department, then the
    /// eligible direct reports of each person: see ``stagePool(_:)``,
    /// ``departmentPool(_:)`` and ``reportPool(_:)``.
    let pools: [[Int32]]
    private let stageCount: Int
    private let departmentCount: Int

    init(_ organisation: Organisation, rules: CampaignRules) {
        let people = organisation.people.sorted { $0.id < $1.id }
        let departments = organisation.departments.sorted { $0.id < $1.id }
        var personIndex: [PersonID: Int32] = [:]
        personIndex.reserveCapacity(people.count)
        for (index, person) in people.enumerated() where personIndex[person.id] == nil {
            personIndex[person.id] = Int32(index)
        }
        var departmentIndex: [DepartmentID: Int32] = [:]
        for (index, department) in departments.enumerated()
        where departmentIndex[department.id] == nil {
            departmentIndex[department.id] = Int32(index)
        }
        ids = people.map(\.id)
        eligible = people.map(rules.includes)
        manager = people.map { person in person.managerID.flatMap { personIndex[$0] } ?? -1 }
        department = people.map { departmentIndex[$0.departmentID] ?? -1 }
        departmentCount = departments.count

        var stagesOf = [[Int32]](repeating: [], count: people.count)
        var stageMembers: [[Int32]] = []
        var next: [[Int32]] = []
        var previous: [[Int32]] = []
        for process in organisation.processes.sorted(by: { $0.id < $1.id }) {
            let first = Int32(stageMembers.count)
            let stages = process.stages.sorted { $0.step < $1.step }
            for stage in stages {
                let stageIndex = Int32(stageMembers.count)
                var members: [Int32] = []
                for id in Set(organisation.people(in: stage)).sorted() {
                    guard let person = personIndex[id] else { continue }
                    stagesOf[Int(person)].append(stageIndex)
                    if eligible[Int(person)] { members.append(person) }
                }
                stageMembers.append(members)
                next.append(
                    stages.indices.filter { stages[$0].step == stage.step + 1 }.map { first + Int32($0) })
                previous.append(
                    stages.indices.filter { stages[$0].step == stage.step - 1 }.map { first + Int32($0) })
            }
        }
        self.stagesOf = stagesOf
        nextStages = next
        previousStages = previous
        stageCount = stageMembers.count

        var customers = [[Int32]](repeating: [], count: departmentCount)
        for service in Set(organisation.services) where service.provider != service.customer {
            guard let provider = departmentIndex[service.provider],
                let customer = departmentIndex[service.customer]
            else { continue }
            customers[Int(provider)].append(customer)
        }
        self.customers = customers.map { $0.sorted() }
        customerSets = customers.map(Set.init)

        var departmentMembers = [[Int32]](repeating: [], count: departmentCount)
        var reports = [[Int32]](repeating: [], count: people.count)
        for index in people.indices where eligible[index] {
            if department[index] >= 0 { departmentMembers[Int(department[index])].append(Int32(index)) }
            if manager[index] >= 0 { reports[Int(manager[index])].append(Int32(index)) }
        }
        pools = stageMembers + departmentMembers + reports
    }

    var count: Int { ids.count }

    func stagePool(_ stage: Int32) -> Int { Int(stage) }
    func departmentPool(_ department: Int32) -> Int { stageCount + Int(department) }
    func reportPool(_ person: Int) -> Int { stageCount + departmentCount + person }

    /// The group of the pair (`rater`, `ratee`): the first relation that
    /// applies in precedence order, or `nil` when they are not related.
    func relation(rater: Int, ratee: Int) -> RaterGroup? {
        if rater == ratee { return .selfRating }
        if manager[ratee] == Int32(rater) { return .superior }
        if manager[rater] == Int32(ratee) { return .subordinate }
        if works(rater, inAnyOf: nextStages, after: ratee) { return .downstream }
        if works(rater, inAnyOf: previousStages, after: ratee) { return .upstream }
        let provider = department[ratee]
        let customer = department[rater]
        if provider >= 0, customer >= 0, customerSets[Int(provider)].contains(customer) { return .functional }
        return nil
    }

    /// Whether `rater` works in a stage that `links` connects to one of
    /// `ratee`'s stages.
    private func works(_ rater: Int, inAnyOf links: [[Int32]], after ratee: Int) -> Bool {
        let raterStages = stagesOf[rater]
        guard !raterStages.isEmpty else { return false }
        for stage in stagesOf[ratee] {
            for linked in links[Int(stage)] where raterStages.contains(linked) { return true }
        }
        return false
    }

    /// The pools that hold `ratee`'s candidate raters of `group`; candidates
    /// in them may still belong to an earlier group and are checked with
    /// ``relation(rater:ratee:)`` when drawn.
    func candidatePools(of ratee: Int, group: RaterGroup) -> [Int] {
        switch group {
        case .selfRating, .superior:
            return []
        case .subordinate:
            return [reportPool(ratee)]
        case .downstream, .upstream:
            let links = group == .downstream ? nextStages : previousStages
            var result: [Int] = []
            for stage in stagesOf[ratee] {
                for linked in links[Int(stage)] where !result.contains(stagePool(linked)) {
                    result.append(stagePool(linked))
                }
            }
            return result
        case .functional:
            let provider = department[ratee]
            guard provider >= 0 else { return [] }
            return customers[Int(provider)].map(departmentPool)
        }
    }
}
