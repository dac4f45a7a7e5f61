import Survey360Core

/// Turns the rows of the directory's CSV files into organisation records,
/// checking each row on its own: required values, ids, emails, dates,
/// statuses, languages and step numbers.
///
/// Checks that span records (unknown managers, cycles, gaps in a process)
/// are ``OrganisationValidator``'s, run once every file has been read.
struct RecordReader {
    private(set) var issues: [ValidationIssue] = []
    private(set) var sources = SourceMap()
    /// Lines whose department id was empty: already reported, so the
    /// validator's "unknown department ''" on them would only repeat it.
    private(set) var linesWithoutDepartment: Set<SourceLocation> = []
    private var departments: [Department] = []
    private var people: [Person] = []
    private var services: [ServiceRelation] = []
    private var processes: [ProcessChain] = []

    var organisation: Organisation {
        Organisation(departments: departments, people: people, services: services, processes: processes)
    }

    // MARK: - departments.csv

    mutating func readDepartments(_ table: CSVTable) {
        var firstLine: [DepartmentID: Int] = [:]
        for row in table.rows {
            let location = SourceLocation(file: table.file, line: row.line)
            let name = required("name", row, location)
            guard let id = required("id", row, location) else { continue }
            let departmentID = DepartmentID(id)
            if let first = firstLine[departmentID] {
                report("duplicate department id '\(id)' (first on line \(first))", location)
                continue
            }
            firstLine[departmentID] = row.line
            sources[.department(departmentID)] = location
            departments.append(
                Department(
                    id: departmentID, name: name ?? "", parentID: optional("parent_id", row).map { DepartmentID($0) },
                    attributes: attributes(row, table, .departments)))
        }
    }

    // MARK: - people.csv

    mutating func readPeople(_ table: CSVTable) {
        var firstLine: [PersonID: Int] = [:]
        var emails: [String: Int] = [:]
        for row in table.rows {
            let location = SourceLocation(file: table.file, line: row.line)
            let values = (
                id: required("id", row, location), name: required("name", row, location),
                email: required("email", row, location), department: required("department_id", row, location)
            )
            // A row with a bad value is still kept, so that the people who
            // name it as their manager are not reported as well.
            if let email = values.email {
                if !Self.isPlausibleEmail(email) {
                    report("malformed email '\(email)'", location)
                } else if let first = emails.updateValue(row.line, forKey: email.lowercased()) {
                    report("email '\(email)' is already used on line \(first)", location)
                }
            }
            var hireDate: CalendarDate?
            if let text = optional("hire_date", row) {
                hireDate = CalendarDate(iso: text)
                if hireDate == nil { report("malformed date '\(text)'; dates are written YYYY-MM-DD", location) }
            }
            var status = EmploymentStatus.active
            if let text = optional("status", row) {
                if let parsed = EmploymentStatus(rawValue: text.lowercased()) {
                    status = parsed
                } else {
                    report("unknown status '\(text)'; expected active, leave or left", location)
                }
            }
            var language: SurveyLanguage?
            if let text = optional("language", row) {
                language = SurveyLanguage(tag: text)
                if language == nil { report("unknown language '\(text)'; expected zh-Hans, zh-Hant or en", location) }
            }
            guard let id = values.id else { continue }
            if values.department == nil { linesWithoutDepartment.insert(location) }
            let personID = PersonID(id)
            if let first = firstLine[personID] {
                report("duplicate person id '\(id)' (first on line \(first))", location)
                continue
            }
            firstLine[personID] = row.line
            sources[.person(personID)] = location
            people.append(
                Person(
                    id: personID, name: values.name ?? "", email: values.email ?? "",
                    departmentID: DepartmentID(values.department ?? ""),
                    managerID: optional("manager_id", row).map { PersonID($0) }, title: row["title"],
                    hireDate: hireDate, status: status, language: language,
                    attributes: attributes(row, table, .people)))
        }
    }

    // MARK: - services.csv

    mutating func readServices(_ table: CSVTable) {
        for row in table.rows {
            let location = SourceLocation(file: table.file, line: row.line)
            guard let provider = required("provider_department_id", row, location),
                let customer = required("customer_department_id", row, location)
            else { continue }
            sources[.service(services.count)] = location
            services.append(ServiceRelation(provider: DepartmentID(provider), customer: DepartmentID(customer)))
        }
    }

    // MARK: - processes.csv

    mutating func readProcesses(_ table: CSVTable) {
        var chains: [ProcessID: (name: String, line: Int, stages: [ProcessStage])] = [:]
        var order: [ProcessID] = []
        var stepLines: [ProcessID: [Int: Int]] = [:]
        for row in table.rows {
            let location = SourceLocation(file: table.file, line: row.line)
            guard let id = required("process_id", row, location), let name = required("process_name", row, location),
                let stepText = required("step", row, location),
                let department = required("department_id", row, location)
            else { continue }
            guard let step = Int(stepText), step >= 1 else {
                report("malformed step '\(stepText)'; steps are whole numbers from 1", location)
                continue
            }
            let processID = ProcessID(id)
            if let chain = chains[processID], chain.name != name {
                report("process '\(id)' is named '\(name)' here but '\(chain.name)' on line \(chain.line)", location)
                continue
            }
            if let first = stepLines[processID]?[step] {
                report("duplicate step \(step) of process '\(id)' (first on line \(first))", location)
                continue
            }
            stepLines[processID, default: [:]][step] = row.line
            let personIDs = optional("person_ids", row).map {
                $0.split(separator: ";").map { PersonID($0.trimmingCharacters(in: .whitespaces)) }
                    .filter { !$0.rawValue.isEmpty }
            }
            let stage = ProcessStage(step: step, departmentID: DepartmentID(department), personIDs: personIDs)
            if chains[processID] == nil {
                order.append(processID)
                chains[processID] = (name, row.line, [])
            }
            chains[processID]!.stages.append(stage)
            sources[.processStage(processID, step: step)] = location
        }
        processes = order.map { id in
            let chain = chains[id]!
            return ProcessChain(id: id, name: chain.name, stages: chain.stages.sorted { $0.step < $1.step })
        }
    }

    // MARK: - Values

    private mutating func report(_ message: String, _ location: SourceLocation) {
        issues.append(ValidationIssue(message, at: location))
    }

    /// The value of a column that may not be empty, or `nil` after reporting.
    private mutating func required(_ column: String, _ row: CSVTable.Row, _ location: SourceLocation) -> String? {
        let value = row[column]
        if value.isEmpty {
            report("'\(column)' is empty", location)
            return nil
        }
        return value
    }

    private func optional(_ column: String, _ row: CSVTable.Row) -> String? {
        let value = row[column]
        return value.isEmpty ? nil : value
    }

    private func attributes(_ row: CSVTable.Row, _ table: CSVTable, _ file: DirectoryFile) -> [String: String] {
        let known = file.knownColumns
        var result: [String: String] = [:]
        for column in table.columns where !known.contains(column) {
            result[column] = row.verbatim(column) ?? ""
        }
        return result
    }

    /// Catches the typos HR makes (a missing `@`, a space, no domain), not
    /// every address RFC 5322 would allow.
    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }
}
