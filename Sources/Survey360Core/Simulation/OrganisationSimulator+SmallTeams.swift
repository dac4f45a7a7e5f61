/// The ``OrganisationSimulator/Shape/smallTeams`` shape. Its draws must
/// stay as they are, so that a size and seed keep giving the organisation
/// they gave before.
extension OrganisationSimulator.Builder {
    /// The most people a team holds besides its lead: a span of control of
    /// 9 at most.
    static let teamMembersMax = 9

    /// Builds the department tree and its people, top-down: each unit takes
    /// one person as its head and splits the rest of its share among 3 to 8
    /// sub-units, until a share fits in one team.
    ///
    /// Splitting a head count rather than stacking fixed-size levels is what
    /// keeps the exact size asked for at every size.
    mutating func buildSmallTeams() {
        build(share: peopleCount, at: .root, name: "Head office")
    }

    private mutating func build(share: Int, at placement: Placement, name: String) {
        let rest = share - 1
        let isRoot = placement.depth == 0
        let isTeam = isRoot ? rest < 6 : rest <= Self.teamMembersMax
        let department = addDepartment(name: name, parent: placement.parent?.department)
        let head = addPerson(
            department: department, manager: placement.parent?.head,
            title: OrganisationSimulator.headTitle(depth: placement.depth, isTeam: isTeam),
            location: placement.area.location, isHead: true, isRoot: isRoot)
        if isTeam {
            var team = OrganisationSimulator.WorkUnit(
                department: department, area: placement.area, division: placement.division,
                people: [head], activePeople: [])
            for _ in 0..<rest {
                team.people.append(
                    addPerson(
                        department: department, manager: head,
                        title: random.pick(placement.area.memberTitles),
                        location: placement.area.location, isHead: false, isRoot: false))
            }
            team.activePeople = people.suffix(team.people.count).filter { $0.status == .active }.map(\.id)
            if let division = placement.division { workUnitsByDivision[division].append(workUnits.count) }
            workUnits.append(team)
            return
        }
        let shares = split(rest, into: min(random.int(in: 3...8), max(2, rest / 5)))
        let areas = isRoot ? divisionAreas(count: shares.count) : []
        for (index, childShare) in shares.enumerated() {
            var child = placement
            child.parent = (department, head)
            child.depth = placement.depth + 1
            let childIsTeam = childShare - 1 <= Self.teamMembersMax
            let childName: String
            if isRoot {
                child.area = areas[index].area
                child.stem = areas[index].name
                child.division = workUnitsByDivision.count
                workUnitsByDivision.append([])
                childName = "\(child.stem) \(childIsTeam ? "team" : "division")"
            } else if childIsTeam {
                childName = "\(placement.stem) team \(index + 1)"
            } else if placement.depth == 1 {
                let units = placement.area.units
                let round = index / units.count
                child.stem = units[index % units.count] + (round == 0 ? "" : " \(round + 1)")
                childName = "\(child.stem) department"
            } else {
                childName = "\(placement.stem) section \(index + 1)"
            }
            build(share: childShare, at: child, name: childName)
        }
    }
}
