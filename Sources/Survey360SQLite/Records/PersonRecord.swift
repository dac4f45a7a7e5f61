import Foundation
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

    /// The columns ``init(selected:)`` reads, in its order.
    static let selection =
        "version, position, id, name, email, department_id, manager_id, title, hire_date, status, language, attributes"

    /// Reads a row of ``selection`` by hand, by column place, rather than
    /// through `Decodable`: every command loads the whole directory, and at
    /// 100,000 people GRDB's decoder (a `JSONDecoder` per row for the
    /// attributes, a lowercased copy of each column name per lookup) took
    /// 1.6 CPU s of `survey360 scores`' 12.5.
    init(selected row: Row) throws {
        version = try row.decode(atIndex: 0)
        position = try row.decode(atIndex: 1)
        id = try row.decode(atIndex: 2)
        name = try row.decode(atIndex: 3)
        email = try row.decode(atIndex: 4)
        departmentID = try row.decode(atIndex: 5)
        managerID = try row.decode(atIndex: 6)
        title = try row.decode(atIndex: 7)
        hireDate = try row.decode(atIndex: 8)
        status = try row.decode(atIndex: 9)
        language = try row.decode(atIndex: 10)
        attributes = try Self.attributes(row.decode(atIndex: 11), of: id)
    }

    /// The attributes column: a JSON object of strings, as `Encodable`
    /// wrote it.
    private static func attributes(_ json: String, of id: String) throws -> [String: String] {
        guard json != "{}" else { return [:] }
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8))
        guard let attributes = object as? [String: String] else {
            throw StorageError.corrupt("person '\(id)' has attributes that are not a JSON object of strings")
        }
        return attributes
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
