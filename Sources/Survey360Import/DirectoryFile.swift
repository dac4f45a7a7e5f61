/// One of the CSV files of an organisation directory and the columns it must
/// or may have. Any other column is kept as an attribute.
struct DirectoryFile: Sendable {
    let name: String
    let requiredColumns: [String]
    let optionalColumns: [String]
    /// Whether an organisation can do without the file (no process chains).
    let isOptional: Bool

    var knownColumns: Set<String> { Set(requiredColumns + optionalColumns) }

    static let departments = DirectoryFile(
        name: "departments.csv", requiredColumns: ["id", "name", "parent_id"], optionalColumns: [],
        isOptional: false)
    static let people = DirectoryFile(
        name: "people.csv", requiredColumns: ["id", "name", "email", "department_id", "manager_id", "title"],
        optionalColumns: ["hire_date", "status", "language"], isOptional: false)
    static let services = DirectoryFile(
        name: "services.csv", requiredColumns: ["provider_department_id", "customer_department_id"],
        optionalColumns: [], isOptional: true)
    static let processes = DirectoryFile(
        name: "processes.csv", requiredColumns: ["process_id", "process_name", "step", "department_id"],
        optionalColumns: ["person_ids"], isOptional: true)

    static let all: [DirectoryFile] = [.departments, .people, .services, .processes]
}
