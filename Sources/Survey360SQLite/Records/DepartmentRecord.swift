import GRDB
import Survey360Core
import Survey360Storage

/// A row of `department`.
struct DepartmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "department"

    /// The organisation version the row belongs to.
    var version: Int
    var position: Int
    var id: String
    var name: String
    var parentID: String?
    var attributes: [String: String]

    enum CodingKeys: String, CodingKey {
        case version, position, id, name, attributes
        case parentID = "parent_id"
    }

    init(_ department: Department, version: Int, position: Int) {
        self.version = version
        self.position = position
        id = department.id.rawValue
        name = department.name
        parentID = department.parentID?.rawValue
        attributes = department.attributes
    }

    var department: Department {
        Department(
            id: DepartmentID(id), name: name, parentID: parentID.map { DepartmentID($0) }, attributes: attributes)
    }
}
