/// How often each rule fired, for the applied-rules list of a report.
struct RuleTally: Sendable {
    var groupsMerged = 0
    var groupsSuppressed = 0
    var cellsBelowMinimum = 0
    var complementarySuppressions = 0
    var commentLabelsWithheld = 0
    var blindSpots = 0
    var hiddenStrengths = 0
    var lowAgreementCells = 0

    mutating func add(_ other: RuleTally) {
        groupsMerged += other.groupsMerged
        groupsSuppressed += other.groupsSuppressed
        cellsBelowMinimum += other.cellsBelowMinimum
        complementarySuppressions += other.complementarySuppressions
        commentLabelsWithheld += other.commentLabelsWithheld
        blindSpots += other.blindSpots
        hiddenStrengths += other.hiddenStrengths
        lowAgreementCells += other.lowAgreementCells
    }
}
