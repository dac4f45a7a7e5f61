/// The ``OrganisationSimulator/Shape/realistic`` shape: departments of one
/// to seven teams, under the spans of control that ``OrganisationSimulator/Shape``
/// explains.
extension OrganisationSimulator.Builder {
    /// The chief executive's direct reports, the heads of the divisions.
    static let executiveSpan = 7...11
    /// The direct reports of a head of other heads: the units below.
    static let managerSpan = 4...7
    /// How many teams a department that does the work holds at most.
    static let teamsPerDepartmentMax = 7
    /// How many teams a department usually holds, which sets how many
    /// departments a unit splits into.
    static let teamsPerDepartment = 3...5
    /// The fewest people worth a division of their own in a small company.
    static let divisionMinimum = 8

    /// What a parent decides about a unit before building it.
    struct UnitPlan {
        /// The people of the unit and of everything below it.
        var share: Int
        /// How many people a team lead of the unit leads.
        var teamSpan: Int
        /// The people of a usual department of the unit's area.
        var departmentSize: Int

        /// Whether the unit does the work itself rather than splitting: it
        /// does while its people fit in the most teams a department holds.
        var isWorkUnit: Bool { share <= 1 + OrganisationSimulator.Builder.teamsPerDepartmentMax * (teamSpan + 1) }
    }

    /// Builds the department tree and its people, top-down: each unit that
    /// holds more people than one department of teams takes one person as
    /// its head and splits the rest among its sub-units.
    ///
    /// A unit splits into only as many sub-units as usual departments need
    /// (up to a manager's span), so that departments hold two to five teams
    /// and 100,000 people give a few thousand departments.
    mutating func buildDepartments() {
        // Six people or fewer are one team under the chief executive.
        let root = UnitPlan(share: peopleCount, teamSpan: 5, departmentSize: 0)
        buildUnit(root, at: .root, name: "Head office", title: OrganisationSimulator.headTitle(depth: 0, isTeam: true))
    }

    private mutating func plan(share: Int, area: Area) -> UnitPlan {
        let span = random.int(in: area.teamSpan)
        let teams = random.int(in: Self.teamsPerDepartment)
        return UnitPlan(share: share, teamSpan: span, departmentSize: 1 + teams * (span + 1))
    }

    private mutating func buildUnit(_ plan: UnitPlan, at placement: Placement, name: String, title: String) {
        let isRoot = placement.depth == 0
        let isWorkUnit = isRoot ? plan.share <= 6 : plan.isWorkUnit
        if isWorkUnit {
            addWorkUnit(plan, at: placement, name: name, title: title)
            return
        }
        let department = addDepartment(name: name, parent: placement.parent?.department)
        let head = addPerson(
            department: department, manager: placement.parent?.head, title: title,
            location: placement.area.location, isHead: true, isRoot: isRoot)
        let rest = plan.share - 1
        let count =
            isRoot
            ? min(random.int(in: Self.executiveSpan), max(2, rest / Self.divisionMinimum))
            : min(random.int(in: Self.managerSpan), max(2, (rest + plan.departmentSize - 1) / plan.departmentSize))
        let areas = isRoot ? divisionAreas(count: count) : []
        for (index, share) in split(rest, into: count).enumerated() {
            var child = placement
            child.parent = (department, head)
            child.depth = placement.depth + 1
            if isRoot {
                child.area = areas[index].area
                child.stem = areas[index].name
                child.division = workUnitsByDivision.count
                workUnitsByDivision.append([])
            }
            let childPlan = self.plan(share: share, area: child.area)
            let childName: String
            let childTitle: String
            switch child.depth {
            case 1:
                childName = "\(child.stem) \(childPlan.isWorkUnit ? "department" : "division")"
                childTitle = childPlan.isWorkUnit ? "Department head" : "Division director"
            case 2:
                let units = placement.area.units
                let round = index / units.count
                child.stem = units[index % units.count] + (round == 0 ? "" : " \(round + 1)")
                childName = "\(child.stem) department"
                childTitle = "Department head"
            default:
                child.label = placement.label.isEmpty ? "\(index + 1)" : "\(placement.label).\(index + 1)"
                childName = "\(child.stem) \(childPlan.isWorkUnit ? "group" : "section") \(child.label)"
                childTitle = childPlan.isWorkUnit ? "Group manager" : "Section manager"
            }
            buildUnit(childPlan, at: child, name: childName, title: childTitle)
        }
    }

    /// A department that does the work: its head leads the members
    /// directly when they fit in one team, else the leads of teams as equal
    /// in size as the count allows, so that no lead leads more than the
    /// plan's span.
    private mutating func addWorkUnit(_ plan: UnitPlan, at placement: Placement, name: String, title: String) {
        let department = addDepartment(name: name, parent: placement.parent?.department)
        let first = people.count
        let head = addPerson(
            department: department, manager: placement.parent?.head, title: title,
            location: placement.area.location, isHead: true, isRoot: placement.depth == 0)
        let members = plan.share - 1
        var teams: [[PersonID]] = []
        if members <= plan.teamSpan {
            addMembers(members, of: department, reportingTo: head, area: placement.area)
        } else {
            let count = (members + plan.teamSpan) / (plan.teamSpan + 1)
            for team in 0..<count {
                let size = members / count + (team < members % count ? 1 : 0)
                let start = people.count
                let lead = addPerson(
                    department: department, manager: head, title: "Team lead",
                    location: placement.area.location, isHead: true, isRoot: false)
                addMembers(size - 1, of: department, reportingTo: lead, area: placement.area)
                teams.append(people[start...].filter { $0.status == .active }.map(\.id))
            }
        }
        let unitPeople = people[first...]
        if let division = placement.division { workUnitsByDivision[division].append(workUnits.count) }
        workUnits.append(
            OrganisationSimulator.WorkUnit(
                department: department, area: placement.area, division: placement.division,
                people: unitPeople.map(\.id), activePeople: unitPeople.filter { $0.status == .active }.map(\.id),
                teams: teams))
    }

    private mutating func addMembers(
        _ count: Int, of department: DepartmentID, reportingTo lead: PersonID, area: Area
    ) {
        for _ in 0..<count {
            _ = addPerson(
                department: department, manager: lead, title: random.pick(area.memberTitles),
                location: area.location, isHead: false, isRoot: false)
        }
    }
}
