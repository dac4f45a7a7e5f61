/// A rater's relation to the person rated.
///
/// The cases are declared in precedence order: a pair related in several
/// ways (a manager who is also in the next process stage) belongs to the
/// first group that applies, as `scoring.md` defines.
public enum RaterGroup: String, CaseIterable, Hashable, Comparable, Sendable, Codable, CodingKeyRepresentable {
    /// The person rates themself; always shown apart from the others.
    case selfRating = "self"
    /// The person's manager, rating downward; identifiable by construction.
    case superior
    /// The person's direct reports, rating upward.
    case subordinate
    /// The next process stage, which receives the person's work.
    case downstream
    /// The previous process stage, which hands work to the person.
    case upstream
    /// Members of departments that use the person's department's services.
    case functional

    /// Every group but self: the raters behind "all others".
    public static let others: [RaterGroup] = allCases.filter { $0 != .selfRating }

    /// The position in precedence order.
    public var precedence: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.precedence < rhs.precedence }
}
