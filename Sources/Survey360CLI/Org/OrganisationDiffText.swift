import Survey360Core

/// The text of `survey360 org diff`: one section per kind of change, each
/// with its count, people and departments by name and id.
struct OrganisationDiffText {
    let diff: OrganisationDiff
    let old: Organisation
    let new: Organisation

    var lines: [String] {
        var lines: [String] = []
        section("Joined", diff.joined.map { "\(person($0)) in \(department($0.departmentID, new))" }, &lines)
        section(
            "Left",
            diff.left.map { person in
                let before = old.person(person.id) ?? person
                return "\(self.person(before)) from \(department(before.departmentID, old))"
            }, &lines)
        section(
            "Moved department",
            diff.moved.map { "\(person($0.person)): \(department($0.from, old)) → \(department($0.to, new))" },
            &lines)
        section(
            "Changed manager",
            diff.managerChanged.map { "\(person($0.person)): \(manager($0.from, old)) → \(manager($0.to, new))" },
            &lines)
        section("Departments added", diff.departmentsAdded.map { "\($0.name) [\($0.id)]" }, &lines)
        section("Departments removed", diff.departmentsRemoved.map { "\($0.name) [\($0.id)]" }, &lines)
        section(
            "Service relations added",
            diff.servicesAdded.map { "\(department($0.customer, new)) → \(department($0.provider, new))" }, &lines)
        section(
            "Service relations removed",
            diff.servicesRemoved.map { "\(department($0.customer, old)) → \(department($0.provider, old))" },
            &lines)
        section("Process stages added", diff.stagesAdded.map { stage($0, new) }, &lines)
        section("Process stages removed", diff.stagesRemoved.map { stage($0, old) }, &lines)
        return lines
    }

    private func section(_ title: String, _ items: [String], _ lines: inout [String]) {
        guard !items.isEmpty else {
            lines.append("\(title): none")
            return
        }
        lines.append("\(title) (\(items.count)):")
        lines += items.map { "  \($0)" }
    }

    private func person(_ person: Person) -> String { "\(person.name) [\(person.id)]" }

    private func manager(_ id: PersonID?, _ organisation: Organisation) -> String {
        guard let id else { return "no manager" }
        return organisation.person(id).map(person) ?? "[\(id)]"
    }

    private func department(_ id: DepartmentID, _ organisation: Organisation) -> String {
        "\(organisation.department(id)?.name ?? "") [\(id)]"
    }

    private func stage(_ stage: OrganisationDiff.Stage, _ organisation: Organisation) -> String {
        let people = stage.stage.personIDs.map { " (\($0.map(\.rawValue).joined(separator: ", ")))" } ?? ""
        return "\(stage.processName) [\(stage.processID)] step \(stage.stage.step): "
            + department(stage.stage.departmentID, organisation) + people
    }
}
