extension RaterAssigner.Run {
    /// A warning for each person rated and group asked for that has at
    /// least one candidate but fewer raters than its minimum.
    ///
    /// A group without any candidate (a person without direct reports has no
    /// subordinate group) is not warned about: there is nothing to suppress,
    /// and warning every individual contributor would bury the warnings that
    /// matter. A group whose candidates were all taken up by the per-rater
    /// cap is warned about, with 0 raters and its number of candidates.
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
                let candidates = candidateCount(of: group, for: ratee)
                guard candidates > 0 else { continue }
                result.append(
                    AssignmentWarning(
                        ratee: index.ids[ratee], group: group, available: available, minimum: minimum,
                        candidates: candidates))
            }
        }
        return result
    }

    /// How many people could rate `ratee` as `group`, before caps.
    ///
    /// Only groups below their minimum are counted, which keeps the full
    /// look at their pools rare: a pool large enough to be slow to count
    /// usually fills its group.
    private func candidateCount(of group: RaterGroup, for ratee: Int) -> Int {
        switch group {
        case .selfRating:
            return 1
        case .superior:
            let manager = Int(index.manager[ratee])
            return manager >= 0 && manager != ratee && index.eligible[manager] ? 1 : 0
        case .subordinate, .downstream, .upstream, .functional:
            let pools = index.candidatePools(of: ratee, group: group)
            var seen: Set<Int32> = []
            for pool in pools {
                for rater in index.pools[pool] where index.relation(rater: Int(rater), ratee: ratee) == group {
                    seen.insert(rater)
                }
            }
            return seen.count
        }
    }
}
