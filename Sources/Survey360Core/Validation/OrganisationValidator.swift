/// Checks that an organisation hangs together: every reference points at a
/// record that exists, reporting lines and the department tree have no
/// cycles, service relations are between two different departments, and
/// process chains run from step 1 without gaps.
///
/// Checks of a single row (headers, emails, dates, duplicate ids) belong to
/// the importer that read the row; this validator sees the organisation as a
/// whole, and reports every problem rather than the first.
///
/// ```swift
/// let issues = OrganisationValidator.validate(organisation, sources: sourceMap)
/// for issue in issues { print(issue) }  // people.csv:12: unknown manager 'P0042'
/// ```
public enum OrganisationValidator {
    /// - Parameters:
    ///   - organisation: The organisation to check.
    ///   - sources: Where each record came from, to place each issue.
    /// - Returns: Every issue found, ordered by file and line.
    public static func validate(
        _ organisation: Organisation, sources: SourceMap = SourceMap()
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        issues += departmentIssues(organisation, sources)
        issues += personIssues(organisation, sources)
        issues += serviceIssues(organisation, sources)
        issues += processIssues(organisation, sources)
        return issues.sorted()
    }

    // MARK: - Departments

    private static func departmentIssues(
        _ organisation: Organisation, _ sources: SourceMap
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for department in organisation.departments {
            guard let parent = department.parentID else { continue }
            if organisation.department(parent) == nil {
                issues.append(
                    ValidationIssue(
                        "unknown parent department '\(parent)'",
                        at: sources[.department(department.id)]))
            }
        }
        let cycles = findCycles(organisation.departments.map(\.id)) {
            organisation.department($0)?.parentID
        }
        for cycle in cycles {
            issues.append(
                ValidationIssue(
                    "department cycle \(cycle.map(\.rawValue).joined(separator: " → "))",
                    at: sources[.department(cycle[0])]))
        }
        return issues
    }

    // MARK: - People

    private static func personIssues(
        _ organisation: Organisation, _ sources: SourceMap
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for person in organisation.people {
            let location = sources[.person(person.id)]
            if organisation.department(person.departmentID) == nil {
                issues.append(ValidationIssue("unknown department '\(person.departmentID)'", at: location))
            }
            if let manager = person.managerID, organisation.person(manager) == nil {
                issues.append(ValidationIssue("unknown manager '\(manager)'", at: location))
            }
        }
        let cycles = findCycles(organisation.people.map(\.id)) {
            organisation.person($0)?.managerID
        }
        for cycle in cycles {
            issues.append(
                ValidationIssue(
                    "reporting cycle \(cycle.map(\.rawValue).joined(separator: " → "))",
                    at: sources[.person(cycle[0])]))
        }
        return issues
    }

    // MARK: - Service relations

    private static func serviceIssues(
        _ organisation: Organisation, _ sources: SourceMap
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var seen: Set<ServiceRelation> = []
        for (index, relation) in organisation.services.enumerated() {
            let location = sources[.service(index)]
            if organisation.department(relation.provider) == nil {
                issues.append(ValidationIssue("unknown provider department '\(relation.provider)'", at: location))
            }
            if organisation.department(relation.customer) == nil {
                issues.append(ValidationIssue("unknown customer department '\(relation.customer)'", at: location))
            }
            if relation.provider == relation.customer {
                issues.append(ValidationIssue("department '\(relation.provider)' is its own customer", at: location))
            }
            if !seen.insert(relation).inserted {
                issues.append(
                    ValidationIssue(
                        "duplicate service relation '\(relation.provider)' → '\(relation.customer)'",
                        at: location))
            }
        }
        return issues
    }

    // MARK: - Process chains

    private static func processIssues(
        _ organisation: Organisation, _ sources: SourceMap
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for process in organisation.processes {
            let steps = process.stages.map(\.step)
            let firstLocation = process.stages.first.flatMap { sources[.processStage(process.id, step: $0.step)] }
            if process.stages.count < 2 {
                issues.append(
                    ValidationIssue(
                        "process '\(process.id)' has \(process.stages.count) step; a process needs at least 2",
                        at: firstLocation))
            }
            if let highest = steps.max() {
                let missing = (1...max(1, highest)).filter { !steps.contains($0) }
                if !missing.isEmpty {
                    let list = missing.map(String.init).joined(separator: ", ")
                    issues.append(
                        ValidationIssue(
                            "process '\(process.id)' has no step \(list); steps run 1, 2, 3… without gaps",
                            at: firstLocation))
                }
            }
            for stage in process.stages {
                let location = sources[.processStage(process.id, step: stage.step)]
                if organisation.department(stage.departmentID) == nil {
                    issues.append(ValidationIssue("unknown department '\(stage.departmentID)'", at: location))
                }
                for id in stage.personIDs ?? [] {
                    guard let person = organisation.person(id) else {
                        issues.append(ValidationIssue("unknown person '\(id)'", at: location))
                        continue
                    }
                    if person.departmentID != stage.departmentID {
                        issues.append(
                            ValidationIssue(
                                "person '\(id)' is not in department '\(stage.departmentID)' of this step",
                                at: location))
                    }
                }
            }
        }
        return issues
    }

    // MARK: - Cycles

    /// Finds each cycle of a functional graph (every node has at most one
    /// successor) once, starting from its smallest node, closed by repeating
    /// that node: `P1 → P7 → P1`.
    static func findCycles<ID: Hashable & Comparable>(
        _ nodes: [ID], next: (ID) -> ID?
    ) -> [[ID]] {
        var state: [ID: Bool] = [:]  // false: on the current path, true: done
        var cycles: [[ID]] = []
        for start in nodes where state[start] == nil {
            var path: [ID] = []
            var current: ID? = start
            while let node = current, state[node] == nil {
                state[node] = false
                path.append(node)
                current = next(node)
            }
            if let node = current, state[node] == false, let entry = path.firstIndex(of: node) {
                var cycle = Array(path[entry...])
                let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                cycle = Array(cycle[smallest...] + cycle[..<smallest])
                cycles.append(cycle + [cycle[0]])
            }
            for node in path { state[node] = true }
        }
        return cycles
    }
}
