/// Why a figure is not published: each withheld cell carries one, so that a
/// report can say why a number is missing and an auditor can check the rule.
///
/// `code` is stable and machine-readable (it goes into the XML); `text` is
/// for people and never names a rater.
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
        }
    }

    /// The explanation a reader sees.
    public var text: String {
        switch self {
        case .noResponses:
            "No rater of this group submitted a questionnaire"
        case .mergedIntoProcess:
            "Fewer raters than the group's minimum: shown together with the other process stage as 'process customers'"
        case .mergedIntoOtherInternalCustomers:
            "Fewer raters than the group's minimum: shown within 'other internal customers'"
        case .belowMinimumAfterMerging:
            "Fewer raters than the minimum even after merging groups: withheld to protect the raters"
        case .tooFewRaters:
            "Fewer raters than the group's minimum gave a valid answer here ('cannot judge' lowers the count)"
        case .complementarySuppression:
            "Withheld so that a smaller group cannot be derived from the total and the groups shown"
        case .belowDepartmentMinimum:
            "Fewer respondents than the department minimum"
        case .noShownGroups:
            "No group is shown, so a balanced index has nothing to average"
        case .notPublishedInBothQuarters:
            "Not published in both quarters, so no change is shown"
        case .raterSetChangedByFew:
            "The raters changed by only one or two people between quarters: a change would reveal their answers"
        case .belowPercentileMinimum:
            "Too few people were rated this quarter for a percentile norm"
        case .belowCommentMinimum:
            "Fewer respondents than the minimum for comments"
        case .selfRatingMissing:
            "No self-rating to compare with"
        }
    }
}
