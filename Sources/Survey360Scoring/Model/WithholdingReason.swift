import Survey360Core

/// Why a figure is not published: each withheld cell carries one, so that a
/// report can say why a number is missing and an auditor can check the rule.
///
/// `code` is stable and machine-readable (it goes into the XML with the
/// rule's ``parameters(_:)``); the words for people are the templates'
/// (`reason.CODE` in `templates/reports/strings.xml`), in every report
/// language.
public enum WithholdingReason: UInt8, CaseIterable, Hashable, Sendable, Codable {
    case noResponses = 1
    case mergedIntoProcess
    case mergedIntoOtherInternalCustomers
    case belowMinimumAfterMerging
    case tooFewRaters
    case complementarySuppression
    case belowDepartmentMinimum
    case noShownGroups
    case notPublishedInBothQuarters
    case raterSetChangedByFew
    case belowPercentileMinimum
    case belowCommentMinimum
    case selfRatingMissing
    /// "All others" would rest on 1 or 2 raters once the superior, who
    /// knows their own ratings, takes theirs away.
    case tooFewUnidentifiableRaters

    /// A stable identifier for reports and audits.
    public var code: String {
        switch self {
        case .noResponses: "no-responses"
        case .mergedIntoProcess: "merged-into-process"
        case .mergedIntoOtherInternalCustomers: "merged-into-other-internal-customers"
        case .belowMinimumAfterMerging: "below-minimum-after-merging"
        case .tooFewRaters: "too-few-raters"
        case .complementarySuppression: "complementary-suppression"
        case .belowDepartmentMinimum: "below-department-minimum"
        case .noShownGroups: "no-shown-groups"
        case .notPublishedInBothQuarters: "not-published-in-both-quarters"
        case .raterSetChangedByFew: "rater-set-changed-by-few"
        case .belowPercentileMinimum: "below-percentile-minimum"
        case .belowCommentMinimum: "below-comment-minimum"
        case .selfRatingMissing: "self-rating-missing"
        case .tooFewUnidentifiableRaters: "too-few-unidentifiable-raters"
        }
    }

    /// The parameters of the rule behind this reason under `policy`, for
    /// the wording of the templates' string tables (`reason.CODE`).
    public func parameters(_ policy: ScoringPolicy) -> [RuleParameter] {
        let anonymity = GroupPlanner(policy: policy).anonymityMinimum
        switch self {
        case .belowMinimumAfterMerging, .tooFewRaters, .complementarySuppression, .tooFewUnidentifiableRaters,
            .raterSetChangedByFew:
            return [.integer("minimum", anonymity)]
        case .belowDepartmentMinimum: return [.integer("minimum", policy.departmentMinimum)]
        case .belowPercentileMinimum: return [.integer("minimum", policy.percentileMinimumPeople)]
        case .belowCommentMinimum: return [.integer("minimum", policy.departmentCommentMinimum)]
        case .noResponses, .mergedIntoProcess, .mergedIntoOtherInternalCustomers, .noShownGroups,
            .notPublishedInBothQuarters, .selfRatingMissing:
            return []
        }
    }
}
