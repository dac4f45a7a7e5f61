import Survey360Core

/// A column of a personal report: a rater group, a merge of groups, or the
/// "all others" total.
///
/// Groups below their confidentiality minimum are pooled rather than dropped:
/// upstream and downstream into `process`, and whatever is still too small
/// into `otherInternalCustomers`.
public enum ReportGroup: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case selfRating = "self"
    case superior
    case subordinate
    case downstream
    case upstream
    case process
    case functional
    case otherInternalCustomers = "other-internal-customers"
    case allOthers = "all-others"

    /// The report group that shows `group` when it meets its minimum.
    public init(_ group: RaterGroup) {
        switch group {
        case .selfRating: self = .selfRating
        case .superior: self = .superior
        case .subordinate: self = .subordinate
        case .downstream: self = .downstream
        case .upstream: self = .upstream
        case .functional: self = .functional
        }
    }

    /// The rater group this column shows on its own, if it is one.
    public var raterGroup: RaterGroup? {
        switch self {
        case .selfRating: .selfRating
        case .superior: .superior
        case .subordinate: .subordinate
        case .downstream: .downstream
        case .upstream: .upstream
        case .functional: .functional
        case .process, .otherInternalCustomers, .allOthers: nil
        }
    }

    /// A label for people, in English; reports translate it by `rawValue`.
    public var title: String {
        switch self {
        case .selfRating: "Self"
        case .superior: "Superior"
        case .subordinate: "Subordinates"
        case .downstream: "Downstream process stage"
        case .upstream: "Upstream process stage"
        case .process: "Process customers"
        case .functional: "Functional customers"
        case .otherInternalCustomers: "Other internal customers"
        case .allOthers: "All others"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
