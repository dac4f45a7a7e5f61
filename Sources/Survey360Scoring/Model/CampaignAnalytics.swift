import Survey360Core

/// Organisation-level analytics: reliability of the questionnaire and of the
/// groups, and leniency-corrected views. Never part of a personal report.
public struct CampaignAnalytics: Hashable, Sendable, Codable {
    /// Cronbach's alpha of one dimension over complete cases.
    public struct Alpha: Hashable, Sendable, Codable {
        public var dimension: Int
        /// `nil` with fewer than two items or two complete cases, or no variance.
        public var alpha: Double?
        public var completeCases: Int
        public var itemCount: Int
    }

    /// ICC(1) and ICC(2) of one rater group: how much raters of this group
    /// agree about the same person, from a one-way ANOVA over people rated.
    public struct IntraclassCorrelation: Hashable, Sendable, Codable {
        public var group: RaterGroup
        /// A dimension index, or `nil` for the overall pair scores.
        public var dimension: Int?
        public var observations: Int
        public var peopleRated: Int
        /// k = observations / people rated.
        public var meanGroupSize: Double
        public var msBetween: Double?
        public var msWithin: Double?
        public var icc1: Double?
        public var icc2: Double?
    }

    /// A person's mean z-score among raters who rated at least the minimum
    /// number of people, which removes each rater's leniency.
    public struct RaterCentredScore: Hashable, Sendable, Codable {
        public var personID: PersonID
        public var outcome: Outcome
        public enum Outcome: Hashable, Sendable, Codable {
            case published(meanZ: Double, raters: Int)
            case withheld(WithholdingReason)
        }
    }

    public var alphas: [Alpha]
    public var intraclassCorrelations: [IntraclassCorrelation]
    /// Raters eligible for rater-centred views (rated enough people, with
    /// some spread in their scores).
    public var eligibleRaters: Int
    public var raterCentred: [RaterCentredScore]
}
