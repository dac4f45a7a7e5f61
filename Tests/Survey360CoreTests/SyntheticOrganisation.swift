@testable import Survey360Core

/// A generated organisation of any size, the same for the same seed: for
/// properties and timing that small hand-built organisations cannot show.
///
/// Departments of 10 to 60 people, each with a head and two levels below;
/// every department serves three others; process chains of three to five
/// departments, one stage in four narrowed to a few people; 3% on leave or
/// gone, 2% hired after 2026-06-30.
enum SyntheticOrganisation {
    static func make(people count: Int, seed: UInt64 = 7) -> Organisation {
        var random = SplitMix64(seed: seed)
        var departments: [Department] = []
        var people: [Person] = []
        var members: [[PersonID]] = []
        while people.count < count {
            let department = DepartmentID("D\(departments.count)")
            departments.append(Department(id: department, name: department.rawValue))
            let size = min(10 + random.next(below: 51), count - people.count)
            var staff: [PersonID] = []
            for position in 0..<size {
                let id = PersonID("P\(people.count)")
                let manager: PersonID? =
                    position == 0
                    ? nil : position < 4 ? staff[0] : staff[1 + random.next(below: min(3, staff.count - 1))]
                let roll = random.next(below: 100)
                let status: EmploymentStatus = roll < 2 ? .leave : roll < 3 ? .left : .active
                let hired = roll >= 3 && roll < 5 ? "2026-09-01" : "2019-03-01"
                people.append(
                    Person(
                        id: id, name: id.rawValue, email: "\(id)@example.org", departmentID: department,
                        managerID: manager, hireDate: CalendarDate(iso: hired), status: status))
                staff.append(id)
            }
            members.append(staff)
        }
        var services: Set<ServiceRelation> = []
        for provider in departments.indices where departments.count > 3 {
            while services.count < 3 * (provider + 1) {
                let customer = random.next(below: departments.count)
                guard customer != provider else { continue }
                services.insert(
                    ServiceRelation(provider: departments[provider].id, customer: departments[customer].id))
            }
        }
        var processes: [ProcessChain] = []
        for number in 0..<(departments.count / 4) {
            let length = 3 + random.next(below: 3)
            let stages = (1...length).map { step in
                let department = random.next(below: departments.count)
                let narrowed = random.next(below: 4) == 0
                let staff = members[department]
                return ProcessStage(
                    step: step, departmentID: departments[department].id,
                    personIDs: narrowed
                        ? Array(staff.prefix(1 + random.next(below: min(4, staff.count)))) : nil)
            }
            processes.append(
                ProcessChain(id: ProcessID("C\(number)"), name: "Chain \(number)", stages: stages))
        }
        return Organisation(
            departments: departments, people: people,
            services: services.sorted { ($0.provider, $0.customer) < ($1.provider, $1.customer) },
            processes: processes)
    }
}

/// The groups of scoring.md computed the slow, obvious way, with sets, to
/// check the assigner's indexed arrays against.
struct ReferenceRelations {
    let organisation: Organisation
    private var stages: [PersonID: [(chain: Int, step: Int)]] = [:]
    private var stageMembers: [String: Set<PersonID>] = [:]
    private let services: Set<ServiceRelation>

    init(_ organisation: Organisation) {
        self.organisation = organisation
        services = Set(organisation.services)
        for (chain, process) in organisation.processes.enumerated() {
            for stage in process.stages {
                let people = Set(organisation.people(in: stage))
                stageMembers["\(chain)/\(stage.step)"] = people
                for person in people { stages[person, default: []].append((chain, stage.step)) }
            }
        }
    }

    func group(rater: PersonID, ratee: PersonID) -> RaterGroup? {
        guard let raterPerson = organisation.person(rater), let rateePerson = organisation.person(ratee)
        else {
            return nil
        }
        if rater == ratee { return .selfRating }
        if rateePerson.managerID == rater { return .superior }
        if raterPerson.managerID == ratee { return .subordinate }
        let own = stages[ratee] ?? []
        if own.contains(where: { stageMembers["\($0.chain)/\($0.step + 1)"]?.contains(rater) == true }) {
            return .downstream
        }
        if own.contains(where: { stageMembers["\($0.chain)/\($0.step - 1)"]?.contains(rater) == true }) {
            return .upstream
        }
        if services.contains(
            ServiceRelation(provider: rateePerson.departmentID, customer: raterPerson.departmentID))
        {
            return .functional
        }
        return nil
    }

    /// Everyone who could rate `ratee`, by group, before caps.
    func candidates(of ratee: PersonID, rules: CampaignRules) -> [RaterGroup: Int] {
        guard let person = organisation.person(ratee) else { return [:] }
        var related: Set<PersonID> = [ratee]
        if let manager = person.managerID { related.insert(manager) }
        related.formUnion(organisation.directReports(of: ratee))
        for (chain, step) in stages[ratee] ?? [] {
            related.formUnion(stageMembers["\(chain)/\(step + 1)"] ?? [])
            related.formUnion(stageMembers["\(chain)/\(step - 1)"] ?? [])
        }
        for service in services where service.provider == person.departmentID {
            related.formUnion(organisation.members(of: service.customer))
        }
        var counts: [RaterGroup: Int] = [:]
        for rater in related {
            guard let raterPerson = organisation.person(rater), rules.includes(raterPerson),
                let group = group(rater: rater, ratee: ratee)
            else { continue }
            counts[group, default: 0] += 1
        }
        return counts
    }
}
