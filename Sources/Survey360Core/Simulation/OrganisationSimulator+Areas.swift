extension OrganisationSimulator {
    /// A field of work that a division is responsible for; it names the
    /// division's units, titles its people and names the processes that
    /// start there.
    struct Area: Sendable {
        var name: String
        /// Support areas serve the whole company: every team is the
        /// functional customer of a support team.
        var isSupport: Bool
        /// Names of the departments of a division of this area.
        var units: [String]
        var memberTitles: [String]
        /// The process that starts in this area, as a noun phrase.
        var processName: String
        var location: String
        /// How many people a team lead of this area leads in the realistic
        /// shape: the span of McKinsey's archetype for the area's work (see
        /// ``OrganisationSimulator/Shape/realistic``).
        var teamSpan: ClosedRange<Int>
    }

    /// Core areas make and sell; support areas serve the core ones. Both
    /// lists are interleaved so that even a company of two divisions has a
    /// support division that the other can be the customer of.
    static let coreAreas: [Area] = [
        Area(
            name: "Engineering", isSupport: false,
            units: ["Platform", "Devices", "Firmware", "Cloud services", "Test", "Systems"],
            memberTitles: ["Software engineer", "Hardware engineer", "Test engineer", "Systems engineer"],
            processName: "Design release", location: "Shanghai", teamSpan: 5...8),
        Area(
            name: "Manufacturing", isSupport: false,
            units: ["Assembly", "Machining", "Packaging", "Process engineering", "Maintenance"],
            memberTitles: ["Operator", "Technician", "Process engineer", "Line supervisor"],
            processName: "Production order", location: "Shenzhen", teamSpan: 9...12),
        Area(
            name: "Sales", isSupport: false,
            units: ["North region", "South region", "East region", "Key accounts", "Export"],
            memberTitles: ["Account manager", "Sales representative", "Sales engineer"],
            processName: "Customer order", location: "Taipei", teamSpan: 6...9),
        Area(
            name: "Marketing", isSupport: false,
            units: ["Product marketing", "Brand", "Digital", "Market research"],
            memberTitles: ["Marketing specialist", "Product marketer", "Analyst"],
            processName: "Campaign launch", location: "Shanghai", teamSpan: 5...7),
        Area(
            name: "Customer service", isSupport: false,
            units: ["Hotline", "Field service", "Returns"],
            memberTitles: ["Service agent", "Field engineer"],
            processName: "Complaint handling", location: "Singapore", teamSpan: 10...12),
        Area(
            name: "Logistics", isSupport: false,
            units: ["Warehouse", "Transport", "Planning"],
            memberTitles: ["Logistics planner", "Warehouse clerk", "Dispatcher"],
            processName: "Shipment", location: "Shenzhen", teamSpan: 8...12),
        Area(
            name: "Research", isSupport: false,
            units: ["Materials", "Algorithms", "Prototyping"],
            memberTitles: ["Research scientist", "Research engineer"],
            processName: "Prototype hand-over", location: "London", teamSpan: 4...7),
    ]

    static let supportAreas: [Area] = [
        Area(
            name: "Finance", isSupport: true,
            units: ["Accounting", "Treasury", "Controlling", "Payroll"],
            memberTitles: ["Accountant", "Financial analyst", "Cashier"],
            processName: "Payment run", location: "Taipei", teamSpan: 6...10),
        Area(
            name: "Human resources", isSupport: true,
            units: ["Recruiting", "Training", "Compensation", "Employee relations"],
            memberTitles: ["HR specialist", "Recruiter", "Trainer"],
            processName: "Onboarding", location: "Taipei", teamSpan: 5...8),
        Area(
            name: "Purchasing", isSupport: true,
            units: ["Direct materials", "Indirect materials", "Supplier development"],
            memberTitles: ["Buyer", "Purchasing specialist"],
            processName: "Purchase request", location: "Shenzhen", teamSpan: 6...9),
        Area(
            name: "Information technology", isSupport: true,
            units: ["Infrastructure", "Business systems", "Service desk", "Security"],
            memberTitles: ["IT engineer", "System administrator", "Service desk analyst"],
            processName: "Incident resolution", location: "Shanghai", teamSpan: 6...10),
        Area(
            name: "Quality", isSupport: true,
            units: ["Incoming inspection", "Process quality", "Audits"],
            memberTitles: ["Quality engineer", "Inspector"],
            processName: "Non-conformance handling", location: "Shenzhen", teamSpan: 6...10),
    ]

    /// The title of the person who heads a unit at `depth` (0 for the
    /// whole company).
    static func headTitle(depth: Int, isTeam: Bool) -> String {
        if depth == 0 { return "Chief executive officer" }
        if isTeam { return "Team lead" }
        switch depth {
        case 1: return "Division director"
        case 2: return "Department head"
        default: return "Section manager"
        }
    }
}
