/// A typed identifier, so that a person's id can never be passed where a
/// department's is expected.
///
/// HR systems hand out identifiers as opaque strings (`P0042`, `D-ICU`); the
/// tag keeps them apart at compile time at no cost at run time.
///
/// ```swift
/// let nurse: PersonID = "P0042"
/// let ward: DepartmentID = "D-NUR"
/// ```
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier exactly as HR wrote it.
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Dictionaries keyed by an identifier encode as JSON objects, not as
/// arrays of alternating keys and values.
extension Identifier: CodingKeyRepresentable {
    public var codingKey: any CodingKey { IdentifierCodingKey(stringValue: rawValue) }

    public init?<Key: CodingKey>(codingKey: Key) {
        self.init(codingKey.stringValue)
    }
}

private struct IdentifierCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

public typealias PersonID = Identifier<Person>
public typealias DepartmentID = Identifier<Department>
public typealias ProcessID = Identifier<ProcessChain>
