import GRDB
import Survey360Core
import Survey360Storage

/// A row of `service_relation`.
struct ServiceRelationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_relation"

    /// The organisation version the row belongs to.
    var version: Int
    var position: Int
    var providerID: String
    var customerID: String

    enum CodingKeys: String, CodingKey {
        case version, position
        case providerID = "provider_id"
        case customerID = "customer_id"
    }

    init(_ relation: ServiceRelation, version: Int, position: Int) {
        self.version = version
        self.position = position
        providerID = relation.provider.rawValue
        customerID = relation.customer.rawValue
    }

    var relation: ServiceRelation {
        ServiceRelation(provider: DepartmentID(providerID), customer: DepartmentID(customerID))
    }
}
