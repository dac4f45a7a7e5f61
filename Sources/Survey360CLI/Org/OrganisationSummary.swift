import Survey360Core

/// The text of `survey360 org show`: what HR checks after an import.
struct OrganisationSummary {
    let organisation: Organisation

    init(_ organisation: Organisation) {
        self.organisation = organisation
    }

    var lines: [String] {
        var lines: [String] = []
        let people = organisation.people
        let byStatus = Dictionary(grouping: people, by: \.status).mapValues(\.count)
        lines.append(
            "\(counted(people.count, "person", "people")) (\(byStatus[.active] ?? 0) active, \(byStatus[.leave] ?? 0) on leave, "
                + "\(byStatus[.left] ?? 0) left) in "
                + counted(organisation.departments.count, "department"))
        lines.append("Reporting hierarchy: \(organisation.hierarchyDepth) levels")
        lines.append("")
        lines.append("Departments:")
        let roots = organisation.departments.filter { $0.parentID == nil }
        for root in roots { appendTree(root.id, depth: 1, to: &lines) }
        lines.append("")
        lines.append("Service relations (customer → serving department): \(organisation.services.count)")
        for relation in organisation.services {
            lines.append("  \(name(relation.customer)) → \(name(relation.provider))")
        }
        lines.append("")
        lines.append("Process chains: \(organisation.processes.count)")
        for process in organisation.processes {
            let stages = process.stages.map { stage in
                let narrowed = stage.personIDs.map { " (\($0.count) people)" } ?? ""
                return name(stage.departmentID) + narrowed
            }
            lines.append("  \(process.name) [\(process.id)]: \(stages.joined(separator: " → "))")
        }
        return lines
    }

    private func name(_ id: DepartmentID) -> String {
        organisation.department(id)?.name ?? id.rawValue
    }

    private func appendTree(_ id: DepartmentID, depth: Int, to lines: inout [String]) {
        guard depth < 64 else { return }
        let count = counted(organisation.members(of: id).count, "person", "people")
        lines.append(String(repeating: "  ", count: depth) + "\(name(id)) [\(id)]: \(count)")
        for child in organisation.departments where child.parentID == id {
            appendTree(child.id, depth: depth + 1, to: &lines)
        }
    }
}
