import Foundation
import Survey360Core

/// The rules behind a campaign's figures, in words, with their parameters
/// and how often each one fired: what a report prints under "How these
/// numbers were obtained".
enum AppliedRules {
    static func list(
        policy: ScoringPolicy, scale: RatingScale, missingAnswers: Int, tally: RuleTally, norms: Int,
        trends: Int,
        departments: [DepartmentScores],
        matrix: ServiceMatrix, analytics: CampaignAnalytics, hasPrevious: Bool
    ) -> [AppliedRule] {
        let minimums = RaterGroup.allCases.map { "\($0.rawValue) \(policy.minimum(for: $0))" }
            .joined(separator: ", ")
        let identifiable = RaterGroup.allCases.filter(policy.identifiableGroups.contains).map(\.rawValue)
            .joined(separator: ", ")
        let anonymity = GroupPlanner(policy: policy).anonymityMinimum
        let share = Int((policy.minimumAnsweredShare * 100).rounded())
        let matrixWithheld = (matrix.cells + matrix.rowTotals + matrix.columnTotals).filter {
            if case .withheld = $0.outcome { true } else { false }
        }.count
        let departmentWithheld = departments.flatMap { $0.dimensions + [$0.satisfactionIndex] }.filter {
            if case .withheld = $0.outcome { true } else { false }
        }.count
        var rules = [
            AppliedRule(
                code: "not-applicable",
                text:
                    "'Cannot judge' answers count neither in a mean's numerator nor its denominator, and lower a cell's rater count",
                applications: missingAnswers),
            AppliedRule(
                code: "answered-share",
                text:
                    "A rater's dimension score is the mean of the rater's valid items and counts only if at least \(share)% of the dimension's items were answered; the overall score is the mean of the countable dimension scores, under the same share of dimensions",
                applications: 0),
            AppliedRule(
                code: "statistics",
                text:
                    "Means over raters, each rater once; sample SD (n − 1); SE = SD/√n; 95% interval mean ± t(0.975, n − 1)·SE; no trimming and no outlier removal",
                applications: 0),
            AppliedRule(
                code: "agreement",
                text:
                    "rwg = 1 − S²/σ²_EU per item and rwg(j) per dimension and overall, with σ²_EU = (A² − 1)/12 = \(format(AgreementIndex(scalePoints: scale.points).expectedVariance)) for the campaign's scale; set to 0 when the variance exceeds σ²_EU, not reported below 2 raters, flagged as low agreement below \(format(policy.lowAgreementThreshold))",
                applications: tally.lowAgreementCells),
            AppliedRule(
                code: "minimum-raters",
                text:
                    "A cell is published only with at least its group's minimum of raters with a valid answer (\(minimums)); merged groups and 'all others' need \(anonymity); identifiable by design: \(identifiable)",
                applications: tally.cellsBelowMinimum),
            AppliedRule(
                code: "merging",
                text:
                    "A group below its minimum is merged: upstream and downstream into 'process customers', then into 'other internal customers'; a merged group is never also shown on its own",
                applications: tally.groupsMerged),
            AppliedRule(
                code: "group-suppression",
                text: "A group without responses, or still below the minimum after merging, is withheld",
                applications: tally.groupsSuppressed),
            AppliedRule(
                code: "others-weighting",
                text: policy.othersWeighting == .balanced
                    ? "'All others' is the balanced index: the unweighted mean of the shown group means; self is never part of it"
                    : "'All others' is the respondent-weighted mean over every non-self rater; self is never part of it",
                applications: 0),
            AppliedRule(
                code: "complementary-suppression",
                text:
                    "For every published 'all others' figure, the raters not covered by the published groups must number 0 or at least \(anonymity); otherwise one more group cell is withheld",
                applications: tally.complementarySuppressions),
            AppliedRule(
                code: "blind-spots",
                text:
                    "Blind spot: self at least \(format(policy.blindSpotGap)) above 'all others' and above its upper 95% limit; hidden strength: the mirror image; both need at least \(policy.blindSpotMinimumOthers) other raters",
                applications: tally.blindSpots + tally.hiddenStrengths),
            AppliedRule(
                code: "top-bottom-items",
                text: "The \(policy.topBottomCount) highest and lowest published 'all others' item means",
                applications: 0),
            AppliedRule(
                code: "percentile-norm",
                text:
                    "Percentile rank 100·(below + ½·equal)/N among everyone rated with a published 'all others' score, only where at least \(policy.percentileMinimumPeople) people were rated",
                applications: norms),
            AppliedRule(
                code: "comments",
                text:
                    "Comments verbatim and unattributed, in a seeded random order that does not follow submission order; labelled with a group only if it has at least \(policy.commentLabelMinimum) raters (identifiable groups excepted), and unlabelled altogether when the unlabelled groups have only 1 or 2 raters",
                applications: tally.commentLabelsWithheld),
            AppliedRule(
                code: "departments",
                text:
                    "Department figures weigh each person rated equally and include only members with a published 'all others' figure; at least \(policy.departmentMinimum) respondents per figure and \(policy.departmentCommentMinimum) for comments",
                applications: departmentWithheld),
            AppliedRule(
                code: "service-matrix",
                text:
                    "Service matrix cells (rows: customer departments, columns: serving departments) need \(policy.departmentMinimum) respondents; in every row and column with a published total, the withheld cells together must have 0 or at least \(policy.departmentMinimum) respondents, else one more cell is withheld",
                applications: matrixWithheld),
            AppliedRule(
                code: "rater-centred",
                text:
                    "Rater-centred z-scores only for raters who rated at least \(policy.raterCentredMinimumRatees) people, in organisation analytics only, never in personal reports",
                applications: analytics.eligibleRaters),
        ]
        if hasPrevious {
            rules.append(
                AppliedRule(
                    code: "trends",
                    text:
                        "A change is flagged only when |difference| > 1.96·√(SE₁² + SE₂²) and the cell is published in both quarters, otherwise shown as within noise; no change figure where the raters changed by fewer than \(anonymity) people. Individual quarter-to-quarter moves are mostly noise",
                    applications: trends))
        }
        return rules
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
