/// Whether a person is at work: people on leave or gone are not asked to
/// rate, and are not rated.
public enum EmploymentStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case active
    case leave
    case left
}

/// Someone in the organisation, who may rate and be rated.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: PersonID
    public var name: String
    public var email: String
    public var departmentID: DepartmentID
    /// The person's one manager; `nil` at the top of the hierarchy.
    public var managerID: PersonID?
    public var title: String
    public var hireDate: CalendarDate?
    public var status: EmploymentStatus
    /// The language of the person's invitation and questionnaire; `nil`
    /// means the campaign's language.
    public var language: SurveyLanguage?
    /// Columns of the HR export that Survey360 does not interpret.
    public var attributes: [String: String]

    public init(
        id: PersonID, name: String, email: String, departmentID: DepartmentID,
        managerID: PersonID? = nil, title: String = "", hireDate: CalendarDate? = nil,
        status: EmploymentStatus = .active, language: SurveyLanguage? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.departmentID = departmentID
        self.managerID = managerID
        self.title = title
        self.hireDate = hireDate
        self.status = status
        self.language = language
        self.attributes = attributes
    }
}
