import Survey360Core

/// The rules behind a campaign's figures, with their parameters and how
/// often each one fired: what a report prints under "How these numbers were
/// obtained", worded by the templates (`rule.CODE`).
enum AppliedRules {
    static func list(
        policy: ScoringPolicy, scale: RatingScale, missingAnswers: Int, tally: RuleTally, norms: Int,
        trends: Int,
        departments: [DepartmentScores],
        matrix: ServiceMatrix, analytics: CampaignAnalytics, hasPrevious: Bool
    ) -> [AppliedRule] {
        let anonymity = RuleParameter.integer("minimum", GroupPlanner(policy: policy).anonymityMinimum)
        let matrixWithheld = (matrix.cells + matrix.rowTotals + matrix.columnTotals).filter {
            if case .withheld = $0.outcome { true } else { false }
        }.count
        let departmentWithheld = departments.flatMap { $0.dimensions + [$0.satisfactionIndex] }.filter {
            if case .withheld = $0.outcome { true } else { false }
        }.count
        let departmentMinimum = RuleParameter.integer("departmentMinimum", policy.departmentMinimum)
        var rules = [
            AppliedRule(code: "not-applicable", applications: missingAnswers),
            AppliedRule(
                code: "answered-share",
                parameters: [.integer("percent", Int((policy.minimumAnsweredShare * 100).rounded()))],
                applications: 0),
            AppliedRule(code: "statistics", applications: 0),
            AppliedRule(
                code: "agreement",
                parameters: [
                    .number("expectedVariance", AgreementIndex(scalePoints: scale.points).expectedVariance),
                    .number("threshold", policy.lowAgreementThreshold),
                ],
                applications: tally.lowAgreementCells),
            AppliedRule(code: "minimum-raters", parameters: [anonymity], applications: tally.cellsBelowMinimum),
            AppliedRule(code: "merging", applications: tally.groupsMerged),
            AppliedRule(code: "group-suppression", applications: tally.groupsSuppressed),
            AppliedRule(
                code: "others-weighting", parameters: [.init("weighting", .code(policy.othersWeighting.rawValue))],
                applications: 0),
            AppliedRule(
                code: "complementary-suppression", parameters: [anonymity],
                applications: tally.complementarySuppressions),
            AppliedRule(
                code: "blind-spots",
                parameters: [
                    .number("gap", policy.blindSpotGap), .integer("others", policy.blindSpotMinimumOthers),
                ],
                applications: tally.blindSpots + tally.hiddenStrengths),
            AppliedRule(
                code: "top-bottom-items", parameters: [.integer("count", policy.topBottomCount)], applications: 0),
            AppliedRule(
                code: "percentile-norm", parameters: [.integer("people", policy.percentileMinimumPeople)],
                applications: norms),
            AppliedRule(
                code: "comments", parameters: [.integer("minimum", policy.commentLabelMinimum)],
                applications: tally.commentLabelsWithheld),
            AppliedRule(
                code: "departments",
                parameters: [
                    departmentMinimum, .integer("commentMinimum", policy.departmentCommentMinimum),
                ],
                applications: departmentWithheld),
            AppliedRule(code: "service-matrix", parameters: [departmentMinimum], applications: matrixWithheld),
            AppliedRule(
                code: "rater-centred", parameters: [.integer("ratees", policy.raterCentredMinimumRatees)],
                applications: analytics.eligibleRaters),
        ]
        if hasPrevious {
            rules.append(AppliedRule(code: "trends", parameters: [anonymity], applications: trends))
        }
        return rules
    }
}
