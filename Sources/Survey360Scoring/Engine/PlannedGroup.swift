import Survey360Core

/// A report column decided before any figure is computed: which rater
/// groups it pools, and whether it is shown.
struct PlannedGroup: Sendable {
    var group: ReportGroup
    var members: [RaterGroup]
    var respondents: Int
    var disposition: GroupDisposition
    /// The fewest raters per cell for a figure to be published.
    var minimum: Int
    var identifiable: Bool
}
