import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// One version of the organisation as the rows of its four tables, kept in
/// the order of the imported file by a `position` column, as on SQLite.
struct OrganisationRows {
    var departments: [PostgreSQLRows.Department] = []
    var people: [PostgreSQLRows.Person] = []
    var services: [PostgreSQLRows.ServiceRelation] = []
    var stages: [PostgreSQLRows.ProcessStage] = []

    init(_ organisation: Organisation, version: Int) throws {
        for (position, department) in organisation.departments.enumerated() {
            departments.append(
                PostgreSQLRows.Department(
                    version: version, position: position, id: department.id.rawValue, name: department.name,
                    parentID: department.parentID?.rawValue, attributes: try PostgreSQLRows.json(department.attributes)
                ))
        }
        for (position, person) in organisation.people.enumerated() {
            people.append(
                PostgreSQLRows.Person(
                    version: version, position: position, id: person.id.rawValue, name: person.name,
                    email: person.email,
                    departmentID: person.departmentID.rawValue, managerID: person.managerID?.rawValue,
                    title: person.title, hireDate: person.hireDate?.description, status: person.status.rawValue,
                    language: person.language?.rawValue, attributes: try PostgreSQLRows.json(person.attributes)))
        }
        for (position, relation) in organisation.services.enumerated() {
            services.append(
                PostgreSQLRows.ServiceRelation(
                    version: version, position: position, providerID: relation.provider.rawValue,
                    customerID: relation.customer.rawValue))
        }
        for process in organisation.processes {
            for stage in process.stages {
                stages.append(
                    PostgreSQLRows.ProcessStage(
                        version: version, position: stages.count, processID: process.id.rawValue,
                        processName: process.name,
                        step: stage.step, departmentID: stage.departmentID.rawValue,
                        personIDs: try stage.personIDs.map { try PostgreSQLRows.json($0.map(\.rawValue)) }))
            }
        }
    }

    /// Inserts the rows, inside the caller's transaction.
    func insert(on connection: PostgresConnection, logger: Logger) async throws {
        try await PostgreSQLRows.Department.table.insert(departments, on: connection, logger: logger)
        try await PostgreSQLRows.Person.table.insert(people, on: connection, logger: logger)
        try await PostgreSQLRows.ServiceRelation.table.insert(services, on: connection, logger: logger)
        try await PostgreSQLRows.ProcessStage.table.insert(stages, on: connection, logger: logger)
    }

    /// The organisation of version `number`, whose `organisation_version`
    /// row the caller has found.
    static func read(version number: Int, on connection: PostgresConnection, logger: Logger) async throws
        -> Organisation
    {
        var departments: [Department] = []
        for try await (id, name, parent, attributes) in try await connection.query(
            "SELECT id, name, parent_id, attributes FROM department WHERE version = \(number) ORDER BY position",
            logger: logger
        ).decode((String, String, String?, String).self) {
            departments.append(
                Department(
                    id: DepartmentID(id), name: name, parentID: parent.map { DepartmentID($0) },
                    attributes: try PostgreSQLRows.decodeJSON([String: String].self, attributes)))
        }
        var people: [Person] = []
        for try await (id, name, email, department, manager, title, hired, status, language, attributes)
            in try await connection.query(
                """
                SELECT id, name, email, department_id, manager_id, title, hire_date, status, language, attributes
                FROM person WHERE version = \(number) ORDER BY position
                """, logger: logger
            ).decode((String, String, String, String, String?, String, String?, String, String?, String).self)
        {
            guard let status = EmploymentStatus(rawValue: status) else {
                throw StorageError.corrupt("person '\(id)' has an unknown status '\(status)'")
            }
            people.append(
                Person(
                    id: PersonID(id), name: name, email: email, departmentID: DepartmentID(department),
                    managerID: manager.map { PersonID($0) }, title: title,
                    hireDate: hired.flatMap(CalendarDate.init(iso:)), status: status,
                    language: language.flatMap(SurveyLanguage.init(rawValue:)),
                    attributes: try PostgreSQLRows.decodeJSON([String: String].self, attributes)))
        }
        var services: [ServiceRelation] = []
        for try await (provider, customer) in try await connection.query(
            "SELECT provider_id, customer_id FROM service_relation WHERE version = \(number) ORDER BY position",
            logger: logger
        ).decode((String, String).self) {
            services.append(ServiceRelation(provider: DepartmentID(provider), customer: DepartmentID(customer)))
        }
        var processes: [ProcessChain] = []
        for try await (processID, processName, step, department, personIDs) in try await connection.query(
            """
            SELECT process_id, process_name, step, department_id, person_ids FROM process_stage
            WHERE version = \(number) ORDER BY position
            """, logger: logger
        ).decode((String, String, Int, String, String?).self) {
            let stage = ProcessStage(
                step: step, departmentID: DepartmentID(department),
                personIDs: try personIDs.map { try PostgreSQLRows.decodeJSON([String].self, $0).map { PersonID($0) } })
            if processes.last?.id.rawValue == processID {
                processes[processes.count - 1].stages.append(stage)
            } else {
                processes.append(ProcessChain(id: ProcessID(processID), name: processName, stages: [stage]))
            }
        }
        return Organisation(departments: departments, people: people, services: services, processes: processes)
    }
}
