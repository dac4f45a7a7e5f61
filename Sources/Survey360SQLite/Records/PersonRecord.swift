import GRDB
import Survey360Core
import Survey360Storage

/// A row of `person`.
struct PersonRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "person"

    /// The organisation version the row belongs to.
    var version: Int
    var position: Int
    var id: String
    var name: String
    var email: String
    var departmentID: String
    var managerID: String?
    var title: String
    var hireDate: String?
    var status: String
    var language: String?
    var attributes: [String: String]

    enum CodingKeys: String, CodingKey {
        case version, position, id, name, email, title, status, language, attributes
        case departmentID = "department_id"
        case managerID = "manager_id"
        case hireDate = "hire_date"
    }

    init(_ person: Person, version: Int, position: Int) {
        self.version = version
        self.position = position
        id = person.id.rawValue
        name = person.name
        email = person.email
        departmentID = person.departmentID.rawValue
        managerID = person.managerID?.rawValue
        title = person.title
        hireDate = person.hireDate?.description
        status = person.status.rawValue
        language = person.language?.rawValue
        attributes = person.attributes
    }

    func person() throws -> Person {
        guard let status = EmploymentStatus(rawValue: status) else {
            throw StorageError.corrupt("person '\(id)' has an unknown status '\(self.status)'")
        }
        return Person(
            id: PersonID(id), name: name, email: email, departmentID: DepartmentID(departmentID),
            managerID: managerID.map { PersonID($0) }, title: title,
            hireDate: hireDate.flatMap(CalendarDate.init(iso:)), status: status,
            language: language.flatMap(SurveyLanguage.init(rawValue:)), attributes: attributes)
    }
}
