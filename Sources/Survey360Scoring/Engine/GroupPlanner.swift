import Survey360Core

/// Decides which report columns a person gets, from how many raters of each
/// group responded: the merging ladder of `scoring.md`.
///
/// A group below its minimum is merged (upstream + downstream into
/// "process", then anything still too small into "other internal
/// customers"); a pool still below the minimum is suppressed. A merged group
/// is listed only as merged, never also with figures of its own.
struct GroupPlanner: Sendable {
    let policy: ScoringPolicy
    /// The minimum of pooled columns and of "all others": the largest minimum
    /// of the groups that are not identifiable (3 by default).
    let anonymityMinimum: Int

    init(policy: ScoringPolicy) {
        self.policy = policy
        anonymityMinimum =
            RaterGroup.others
            .filter { !policy.identifiableGroups.contains($0) }
            .map { policy.minimum(for: $0) }
            .max() ?? 3
    }

    /// The columns in report order, "all others" last.
    ///
    /// - Parameters:
    ///   - invited: questionnaires per rater group (by precedence index).
    ///   - responded: submitted questionnaires per rater group.
    func plan(invited: [Int], responded: [Int]) -> [PlannedGroup] {
        var plans: [PlannedGroup] = []
        var pool: [RaterGroup] = []
        func count(_ group: RaterGroup) -> Int { responded[group.precedence] }
        func isInvited(_ group: RaterGroup) -> Bool { invited[group.precedence] > 0 }
        func isSmall(_ group: RaterGroup) -> Bool {
            count(group) > 0 && count(group) < policy.minimum(for: group)
        }
        func plain(_ group: RaterGroup, _ disposition: GroupDisposition) -> PlannedGroup {
            PlannedGroup(
                group: ReportGroup(group), members: [group], respondents: count(group),
                disposition: disposition, minimum: policy.minimum(for: group),
                identifiable: policy.identifiableGroups.contains(group))
        }

        for group in [RaterGroup.selfRating, .superior, .subordinate, .functional] where isInvited(group) {
            if count(group) == 0 {
                plans.append(plain(group, .suppressed(.noResponses)))
            } else if group == .selfRating && isSmall(group) {
                // Self is never pooled with others.
                plans.append(plain(group, .suppressed(.tooFewRaters)))
            } else if !isSmall(group) {
                plans.append(plain(group, .shown))
            } else {
                pool.append(group)
            }
        }

        let stages = [RaterGroup.downstream, .upstream].filter(isInvited)
        for stage in stages where count(stage) == 0 {
            plans.append(plain(stage, .suppressed(.noResponses)))
        }
        let answering = stages.filter { count($0) > 0 }
        if answering.contains(where: isSmall) {
            let total = answering.map(count).reduce(0, +)
            let minimum = answering.map { policy.minimum(for: $0) }.max() ?? anonymityMinimum
            if total >= minimum {
                plans.append(
                    PlannedGroup(
                        group: .process, members: answering, respondents: total, disposition: .shown,
                        minimum: minimum, identifiable: false))
                for stage in answering { plans.append(plain(stage, .mergedInto(.process))) }
            } else {
                pool.append(contentsOf: answering)
            }
        } else {
            for stage in answering { plans.append(plain(stage, .shown)) }
        }

        if !pool.isEmpty {
            pool.sort()
            let total = pool.map(count).reduce(0, +)
            if total >= anonymityMinimum {
                plans.append(
                    PlannedGroup(
                        group: .otherInternalCustomers, members: pool, respondents: total,
                        disposition: .shown, minimum: anonymityMinimum, identifiable: false))
                for group in pool { plans.append(plain(group, .mergedInto(.otherInternalCustomers))) }
            } else {
                for group in pool { plans.append(plain(group, .suppressed(.belowMinimumAfterMerging))) }
            }
        }

        let others = RaterGroup.others.filter(isInvited)
        if !others.isEmpty {
            let answering = others.filter { count($0) > 0 }
            let total = answering.map(count).reduce(0, +)
            let disposition: GroupDisposition =
                total == 0
                ? .suppressed(.noResponses)
                : total < anonymityMinimum ? .suppressed(.tooFewRaters) : .shown
            plans.append(
                PlannedGroup(
                    group: .allOthers, members: answering, respondents: total, disposition: disposition,
                    minimum: anonymityMinimum, identifiable: false))
        }
        return plans.sorted { $0.group < $1.group }
    }
}
