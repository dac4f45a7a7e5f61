/// One parameter of a rule as it was applied (a minimum, a threshold, a
/// share), so that a report states the rule in any language from its code
/// and parameters: the words live in the templates' string tables, not here.
public struct RuleParameter: Hashable, Sendable, Codable {
    public enum Value: Hashable, Sendable, Codable {
        case integer(Int)
        case number(Double)
        /// A stable code, such as `balanced`.
        case code(String)
    }

    /// The placeholder's name in the string tables, such as `minimum`.
    public var name: String
    public var value: Value

    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    public static func integer(_ name: String, _ value: Int) -> RuleParameter { .init(name, .integer(value)) }
    public static func number(_ name: String, _ value: Double) -> RuleParameter { .init(name, .number(value)) }
}
