import Survey360Core

/// How each department rates the service of each other department: rows
/// are customer departments (the raters'), columns serving departments (the
/// people rated's).
///
/// A cell is the mean of the pair scores (a rater's overall score for one
/// person rated) of its pairs. Sparse: only pairs that exist are listed.
public struct ServiceMatrix: Hashable, Sendable, Codable {
    public struct Cell: Hashable, Sendable, Codable {
        public enum Outcome: Hashable, Sendable, Codable {
            case published(mean: Double, pairs: Int, respondents: Int)
            case withheld(WithholdingReason)
        }
        /// Indices into ``CampaignScores/departmentIDs``; a row total has no
        /// `server`, a column total no `customer`.
        public var customer: Int?
        public var server: Int?
        public var outcome: Outcome
    }

    public var cells: [Cell]
    /// One total per customer department (its view of everyone it rated).
    public var rowTotals: [Cell]
    /// One total per serving department (everyone's view of it).
    public var columnTotals: [Cell]
}
