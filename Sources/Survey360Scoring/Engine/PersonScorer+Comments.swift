import Survey360Core

extension PersonScorer {
    /// The person's comments: verbatim, without authors, in a seeded random
    /// order, and labelled with a group only where that cannot point at anyone.
    ///
    /// A comment carries the label of the column that shows its group (after
    /// merging) if that column has at least `commentLabelMinimum` respondents
    /// or is identifiable by design (self, superior). If the unlabelled groups
    /// together have only one or two respondents while another group is
    /// labelled, the unlabelled pile would point at them, so every label but
    /// the identifiable ones is dropped.
    mutating func comments(person: Int, run: Range<Int>, plans: [PlannedGroup]) -> [ScoredComment] {
        let firstComment = Int(campaign.commentStart[run.lowerBound])
        let lastComment = Int(campaign.commentStart[run.upperBound])
        guard firstComment < lastComment else { return [] }

        var labels: [RaterGroup: ReportGroup] = [:]
        var unlabelledRespondents = 0
        var labelledAnonymous = false
        for plan in plans where plan.group != .allOthers && plan.members.count == 1 {
            let member = plan.members[0]
            var shownIn: PlannedGroup?
            switch plan.disposition {
            case .shown: shownIn = plan
            case .mergedInto(let target): shownIn = plans.first { $0.group == target }
            case .suppressed: shownIn = nil
            }
            if let shownIn,
                shownIn.identifiable || shownIn.respondents >= policy.commentLabelMinimum
            {
                labels[member] = shownIn.group
                if !shownIn.identifiable { labelledAnonymous = true }
            } else if !policy.identifiableGroups.contains(member) {
                unlabelledRespondents += plan.respondents
            }
        }
        let dropAnonymousLabels =
            labelledAnonymous && unlabelledRespondents > 0
            && unlabelledRespondents < policy.commentLabelMinimum
        if dropAnonymousLabels { tally.commentLabelsWithheld += 1 }

        var result: [ScoredComment] = []
        for index in firstComment..<lastComment {
            let comment = campaign.comments[index]
            let group = campaign.groups[Int(comment.questionnaire)]
            var label = labels[group]
            if dropAnonymousLabels, !policy.identifiableGroups.contains(group) { label = nil }
            result.append(
                ScoredComment(
                    question: campaign.questionIDs[Int(comment.question)], text: comment.text, group: label))
        }
        return CommentOrder.shuffled(
            result, seed: seed ^ SplitMix64.fingerprint(campaign.personIDs[person].rawValue),
            questions: campaign.questionIDs)
    }
}
