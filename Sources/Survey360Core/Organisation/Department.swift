/// A unit of the organisation: departments form a tree through `parentID`.
public struct Department: Hashable, Sendable, Codable, Identifiable {
    public var id: DepartmentID
    public var name: String
    /// The department this one belongs to; `nil` for the root.
    public var parentID: DepartmentID?
    /// Columns of the HR export that Survey360 does not interpret, kept so
    /// that nothing HR sent is lost.
    public var attributes: [String: String]

    public init(
        id: DepartmentID, name: String, parentID: DepartmentID? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.attributes = attributes
    }
}
