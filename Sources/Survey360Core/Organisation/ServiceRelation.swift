/// "Department `customer` uses the services of department `provider`":
/// the customer's members are the provider's functional internal customers.
///
/// In the hospital, nursing is the equipment section's customer: nurses
/// rate the equipment technicians.
public struct ServiceRelation: Hashable, Sendable, Codable {
    public var provider: DepartmentID
    public var customer: DepartmentID

    public init(provider: DepartmentID, customer: DepartmentID) {
        self.provider = provider
        self.customer = customer
    }
}
