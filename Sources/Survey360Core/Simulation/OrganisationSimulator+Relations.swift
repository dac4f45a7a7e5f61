extension OrganisationSimulator.Builder {
    /// Draws the functional relations between teams: every team is the
    /// customer of one support team of another division (HR, finance, IT…
    /// serve everyone), and half of the teams also of a team of another
    /// division, core or support.
    ///
    /// Relations join teams rather than divisions because the people who
    /// rate are a customer department's own members: a division has only
    /// its director as a member.
    mutating func makeServices() -> [ServiceRelation] {
        guard teamsByDivision.count >= 2 else { return [] }
        let allTeams = Array(teams.indices)
        let supportTeams = allTeams.filter { teams[$0].area.isSupport }
        var seen: Set<ServiceRelation> = []
        var services: [ServiceRelation] = []
        for customer in teams.indices {
            var providers: [Int] = []
            if let provider = drawTeam(from: supportTeams, outsideDivisionOf: customer) {
                providers.append(provider)
            }
            if random.chance(0.5), let provider = drawTeam(from: allTeams, outsideDivisionOf: customer) {
                providers.append(provider)
            }
            for provider in providers {
                let relation = ServiceRelation(
                    provider: teams[provider].department, customer: teams[customer].department)
                if seen.insert(relation).inserted { services.append(relation) }
            }
        }
        return services
    }

    /// A team of `candidates` in another division than `team`'s, or `nil`
    /// if a few draws find none (the candidates may all be in its division).
    private mutating func drawTeam(from candidates: [Int], outsideDivisionOf team: Int) -> Int? {
        guard !candidates.isEmpty else { return nil }
        for _ in 0..<8 {
            let candidate = random.pick(candidates)
            if teams[candidate].division != teams[team].division { return candidate }
        }
        return nil
    }

    /// Draws one process for about every ten teams, each running through 2
    /// to 5 teams of different divisions, so that every stage hands its work
    /// to another part of the company. A quarter of the stages are narrowed
    /// to one to three named active people, as a large department names
    /// the clerk who handles a request.
    mutating func makeProcesses() -> [ProcessChain] {
        let divisions = teamsByDivision.indices.filter { !teamsByDivision[$0].isEmpty }
        guard divisions.count >= 2 else { return [] }
        let count = max(1, teams.count / 10)
        let width = max(4, String(count).count)
        var numbers: [String: Int] = [:]
        return (1...count).map { number in
            let stageCount = random.int(in: 2...min(5, divisions.count))
            let stageDivisions = sample(divisions, count: stageCount)
            let stages = stageDivisions.enumerated().map { offset, division in
                let team = teams[random.pick(teamsByDivision[division])]
                return ProcessStage(
                    step: offset + 1, departmentID: team.department,
                    personIDs: random.chance(0.25) ? narrowedPeople(of: team) : nil)
            }
            let start = teams[teamsByDivision[stageDivisions[0]][0]].area.processName
            let ordinal = numbers[start, default: 0] + 1
            numbers[start] = ordinal
            return ProcessChain(
                id: ProcessID("PR" + Self.pad(number, width)), name: "\(start) \(ordinal)",
                stages: stages)
        }
    }

    /// One to three of a team's active people, in directory order; `nil`
    /// (the whole team) when nobody is active.
    private mutating func narrowedPeople(of team: OrganisationSimulator.Team) -> [PersonID]? {
        guard !team.activePeople.isEmpty else { return nil }
        let chosen = sample(
            Array(team.activePeople.indices), count: min(team.activePeople.count, random.int(in: 1...3)))
        return chosen.sorted().map { team.activePeople[$0] }
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
