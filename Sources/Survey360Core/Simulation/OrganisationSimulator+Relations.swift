extension OrganisationSimulator.Builder {
    /// Draws the functional relations between work units: every work unit
    /// is the customer of one support unit of another division (HR,
    /// finance, IT… serve everyone), and half of them also of a unit of
    /// another division, core or support. The relations grow with the
    /// departments, so a shape with larger departments has fewer of them
    /// and more raters behind each.
    ///
    /// Relations join work units rather than divisions because the people
    /// who rate are a customer department's own members: a division has only
    /// its director as a member.
    mutating func makeServices() -> [ServiceRelation] {
        guard workUnitsByDivision.count >= 2 else { return [] }
        let allUnits = Array(workUnits.indices)
        let supportUnits = allUnits.filter { workUnits[$0].area.isSupport }
        var seen: Set<ServiceRelation> = []
        var services: [ServiceRelation] = []
        for customer in workUnits.indices {
            var providers: [Int] = []
            if let provider = drawUnit(from: supportUnits, outsideDivisionOf: customer) {
                providers.append(provider)
            }
            if random.chance(0.5), let provider = drawUnit(from: allUnits, outsideDivisionOf: customer) {
                providers.append(provider)
            }
            for provider in providers {
                let relation = ServiceRelation(
                    provider: workUnits[provider].department, customer: workUnits[customer].department)
                if seen.insert(relation).inserted { services.append(relation) }
            }
        }
        return services
    }

    /// A unit of `candidates` in another division than `unit`'s, or `nil`
    /// if a few draws find none (the candidates may all be in its division).
    private mutating func drawUnit(from candidates: [Int], outsideDivisionOf unit: Int) -> Int? {
        guard !candidates.isEmpty else { return nil }
        for _ in 0..<8 {
            let candidate = random.pick(candidates)
            if workUnits[candidate].division != workUnits[unit].division { return candidate }
        }
        return nil
    }

    /// Draws one process for about every ten work units, each running
    /// through 2 to 5 units of different divisions, so that every stage
    /// hands its work to another part of the company. Stages are narrowed
    /// as ``stagePeople(of:)`` says.
    mutating func makeProcesses() -> [ProcessChain] {
        let divisions = workUnitsByDivision.indices.filter { !workUnitsByDivision[$0].isEmpty }
        guard divisions.count >= 2 else { return [] }
        let count = max(1, workUnits.count / 10)
        let width = max(4, String(count).count)
        var numbers: [String: Int] = [:]
        return (1...count).map { number in
            let stageCount = random.int(in: 2...min(5, divisions.count))
            let stageDivisions = sample(divisions, count: stageCount)
            let stages = stageDivisions.enumerated().map { offset, division in
                let unit = workUnits[random.pick(workUnitsByDivision[division])]
                return ProcessStage(
                    step: offset + 1, departmentID: unit.department, personIDs: stagePeople(of: unit))
            }
            let start = workUnits[workUnitsByDivision[stageDivisions[0]][0]].area.processName
            let ordinal = numbers[start, default: 0] + 1
            numbers[start] = ordinal
            return ProcessChain(
                id: ProcessID("PR" + Self.pad(number, width)), name: "\(start) \(ordinal)",
                stages: stages)
        }
    }

    /// Who does a stage in `unit`: `nil` for the whole department.
    ///
    /// A department of one team does a quarter of its stages through one to
    /// three named people, as a department names the clerk who handles a
    /// request. A department of several teams hands half of its stages to
    /// one of its teams and a quarter to named people, so that a process
    /// joins the people who do the work, not a whole floor.
    private mutating func stagePeople(of unit: OrganisationSimulator.WorkUnit) -> [PersonID]? {
        let draw = random.nextUnit()
        if unit.teams.count < 2 { return draw < 0.25 ? namedPeople(of: unit) : nil }
        if draw < 0.5 {
            let team = random.pick(unit.teams)
            return team.isEmpty ? nil : team
        }
        return draw < 0.75 ? namedPeople(of: unit) : nil
    }

    /// One to three of a unit's active people, in directory order; `nil`
    /// (the whole unit) when nobody is active.
    private mutating func namedPeople(of unit: OrganisationSimulator.WorkUnit) -> [PersonID]? {
        guard !unit.activePeople.isEmpty else { return nil }
        let chosen = sample(
            Array(unit.activePeople.indices), count: min(unit.activePeople.count, random.int(in: 1...3)))
        return chosen.sorted().map { unit.activePeople[$0] }
    }

    /// `count` different elements in random order (a partial Fisher–Yates
    /// shuffle).
    private mutating func sample<T>(_ elements: [T], count: Int) -> [T] {
        var pool = elements
        for index in 0..<count {
            pool.swapAt(index, random.int(in: index...(pool.count - 1)))
        }
        return Array(pool[..<count])
    }
}
