/// HR's edits before launch: a pair the directory does not know about (a
/// project colleague), or a pair to drop (a known conflict). Edits are
/// checked as a whole and refused as a whole, with every problem listed.
///
/// Edits are for a draft campaign only: callers check
/// `campaign.require(.assign)` first, since raters hold their links once the
/// campaign is open. The per-rater cap is not enforced on edits: an edit is
/// HR's deliberate decision, and the cap protects raters from the
/// assigner, not from HR.
extension AssignmentPlan {
    /// The plan with `additions` added.
    ///
    /// - Parameters:
    ///   - additions: The assignments to add.
    ///   - organisation: The organisation, to check that everyone exists and
    ///     that a superior is the manager.
    ///   - locations: Where each addition came from (an edits file), in the
    ///     order of `additions`; empty when they came from elsewhere.
    /// - Returns: The plan with the additions and updated warnings.
    /// - Throws: ``CampaignError`` with code `invalidEdit` listing an unknown
    ///   person, a self-rating outside the self group or the reverse, a
    ///   superior who is not the manager, and a pair already in the plan.
    public func adding(
        _ additions: [Assignment], in organisation: Organisation, locations: [SourceLocation] = []
    ) throws -> AssignmentPlan {
        var existing: [RaterPair: Assignment] = [:]
        for assignment in assignments { existing[assignment.pair] = assignment }
        var issues: [ValidationIssue] = []
        for (position, addition) in additions.enumerated() {
            let location = locations.indices.contains(position) ? locations[position] : nil
            let problems = Self.problems(of: addition, in: organisation, existing: existing)
            issues += problems.map { ValidationIssue($0, at: location) }
            if problems.isEmpty { existing[addition.pair] = addition }
        }
        guard issues.isEmpty else { throw CampaignError(.invalidEdit, issues: issues) }
        var plan = self
        plan.replace(
            assignments: assignments + additions, warnings: updatedWarnings(adding: additions, removing: []))
        return plan
    }

    /// The plan without `removals`.
    ///
    /// - Parameters:
    ///   - removals: The pairs to remove.
    ///   - locations: Where each removal came from, in the order of `removals`.
    /// - Returns: The plan without the pairs, with updated warnings.
    /// - Throws: ``CampaignError`` with code `invalidEdit` for a pair that is
    ///   not in the plan (or named twice).
    public func removing(_ removals: [RaterPair], locations: [SourceLocation] = []) throws -> AssignmentPlan {
        var remaining: [RaterPair: Assignment] = [:]
        for assignment in assignments { remaining[assignment.pair] = assignment }
        var issues: [ValidationIssue] = []
        var removed: [Assignment] = []
        for (position, pair) in removals.enumerated() {
            if let assignment = remaining.removeValue(forKey: pair) {
                removed.append(assignment)
            } else {
                let location = locations.indices.contains(position) ? locations[position] : nil
                issues.append(
                    ValidationIssue(
                        "'\(pair.raterID)' is not assigned to rate '\(pair.rateeID)'; there is nothing to remove",
                        at: location))
            }
        }
        guard issues.isEmpty else { throw CampaignError(.invalidEdit, issues: issues) }
        var plan = self
        plan.replace(
            assignments: assignments.filter { remaining[$0.pair] != nil },
            warnings: updatedWarnings(adding: [], removing: removed))
        return plan
    }

    private static func problems(
        of addition: Assignment, in organisation: Organisation, existing: [RaterPair: Assignment]
    ) -> [String] {
        var problems: [String] = []
        for id in [addition.raterID, addition.rateeID] where organisation.person(id) == nil {
            if !problems.contains("unknown person '\(id)'") { problems.append("unknown person '\(id)'") }
        }
        let isSelf = addition.raterID == addition.rateeID
        if isSelf, addition.group != .selfRating {
            problems.append(
                "'\(addition.raterID)' cannot rate themself as \(addition.group.rawValue); a self-rating belongs to the self group"
            )
        } else if !isSelf, addition.group == .selfRating {
            problems.append(
                "'\(addition.raterID)' cannot give a self-rating of '\(addition.rateeID)'; only a person rates themself"
            )
        } else if addition.group == .superior, let ratee = organisation.person(addition.rateeID),
            organisation.person(addition.raterID) != nil, ratee.managerID != addition.raterID
        {
            problems.append(
                "'\(addition.raterID)' is not the manager of '\(addition.rateeID)'; only the manager rates as superior"
            )
        }
        // A pair already planned is named only when nothing else is wrong
        // with the row: a self-pair in the wrong group is also "already
        // planned" (as self), and saying so would only distract.
        if problems.isEmpty, let present = existing[addition.pair] {
            problems.append(
                "'\(addition.raterID)' already rates '\(addition.rateeID)' as \(present.group.rawValue); each pair is assigned once"
            )
        }
        return problems
    }

    /// The warnings after an edit: those of the groups the edit touched are
    /// recomputed from the edited plan, the others kept. A touched group
    /// with raters left below its minimum is warned about even at 0 raters,
    /// because HR's removal is what emptied it.
    private func updatedWarnings(adding added: [Assignment], removing removed: [Assignment])
        -> [AssignmentWarning]
    {
        struct Key: Hashable {
            var ratee: PersonID
            var group: RaterGroup
        }
        let touched = Set((added + removed).map { Key(ratee: $0.rateeID, group: $0.group) })
        var counts: [Key: Int] = [:]
        let removedPairs = Set(removed.map(\.pair))
        for assignment in assignments + added where !removedPairs.contains(assignment.pair) {
            let key = Key(ratee: assignment.rateeID, group: assignment.group)
            if touched.contains(key) { counts[key, default: 0] += 1 }
        }
        var result = warnings.filter { !touched.contains(Key(ratee: $0.rateeID, group: $0.group)) }
        for key in touched {
            let minimum = minimumRaters[key.group] ?? 0
            let available = counts[key] ?? 0
            if available < minimum {
                result.append(
                    AssignmentWarning(
                        ratee: key.ratee, group: key.group, available: available, minimum: minimum))
            }
        }
        return result
    }
}
