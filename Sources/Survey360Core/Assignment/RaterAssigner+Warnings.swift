extension RaterAssigner.Run {
    /// A warning for each person rated and group asked for that has at
    /// least one candidate but fewer raters than its minimum.
    ///
    /// A group without any candidate (a person without direct reports has no
    /// subordinate group) is not warned about: there is nothing to suppress,
    /// and warning every individual contributor would bury the warnings that
    /// matter. A group whose candidates were all taken up by the per-rater
    /// cap is warned about, with 0 raters.
    func warnings() -> [AssignmentWarning] {
        let groups = RaterGroup.allCases.filter {
            rules.groups.contains($0) && rules.maximum(for: $0) > 0 && rules.minimum(for: $0) > 0
        }
        var result: [AssignmentWarning] = []
        for ratee in 0..<index.count where index.eligible[ratee] {
            for group in groups {
                let minimum = rules.minimum(for: group)
                let available = count(of: group, for: ratee)
                guard available < minimum else { continue }
                if available == 0, !hasCandidate(of: group, for: ratee) { continue }
                result.append(
                    AssignmentWarning(
                        ratee: index.ids[ratee], group: group, available: available, minimum: minimum))
            }
        }
        return result
    }

    /// Whether anyone at all could rate `ratee` as `group`, before caps.
    private func hasCandidate(of group: RaterGroup, for ratee: Int) -> Bool {
        switch group {
        case .selfRating:
            return true
        case .superior:
            let manager = Int(index.manager[ratee])
            return manager >= 0 && manager != ratee && index.eligible[manager]
        case .subordinate, .downstream, .upstream, .functional:
            for pool in index.candidatePools(of: ratee, group: group) {
                for rater in index.pools[pool] where index.relation(rater: Int(rater), ratee: ratee) == group
                {
                    return true
                }
            }
            return false
        }
    }
}
