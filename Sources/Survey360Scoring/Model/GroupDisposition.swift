/// What became of a report group as a whole.
public enum GroupDisposition: Hashable, Sendable, Codable {
    /// Shown as a column of its own (its cells may still be withheld one by one).
    case shown
    /// Too small: its raters are shown within another column.
    case mergedInto(ReportGroup)
    /// Too small even after merging, or without responses.
    case suppressed(WithholdingReason)

    public var isShown: Bool { self == .shown }
}
