import GRDB
import Survey360Core
import Survey360Storage

/// A row of `service_relation`.
struct ServiceRelationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_relation"

    var position: Int
    var providerID: String
    var customerID: String

    enum CodingKeys: String, CodingKey {
        case position
        case providerID = "provider_id"
        case customerID = "customer_id"
    }

    init(_ relation: ServiceRelation, position: Int) {
        self.position = position
        providerID = relation.provider.rawValue
        customerID = relation.customer.rawValue
    }

    var relation: ServiceRelation {
        ServiceRelation(provider: DepartmentID(providerID), customer: DepartmentID(customerID))
    }
}
