import Survey360Core

/// Scores one person rated at a time, reusing its buffers across people.
struct PersonScorer {
    let campaign: CompactCampaign
    let policy: ScoringPolicy
    let planner: GroupPlanner
    let seed: UInt64
    let positions: [CellPosition]
    let pairScores: PairScores
    private var calculator: CellCalculator
    var tally = RuleTally()

    init(campaign: CompactCampaign, pairScores: PairScores, policy: ScoringPolicy, seed: UInt64) {
        self.campaign = campaign
        self.pairScores = pairScores
        self.policy = policy
        self.seed = seed
        planner = GroupPlanner(policy: policy)
        calculator = CellCalculator(
            campaign: campaign, agreement: AgreementIndex(scalePoints: campaign.scale.points),
            lowAgreement: policy.lowAgreementThreshold)
        positions =
            (0..<campaign.itemCount).map(CellPosition.item)
            + (0..<campaign.dimensionCount).map(CellPosition.dimension) + [.overall]
    }

    /// The person's report, without norms and trends (which need everyone).
    mutating func score(_ person: Int) -> PersonScores {
        let run = campaign.questionnaires(about: person)
        var invited = [Int](repeating: 0, count: RaterGroup.allCases.count)
        var responded = invited
        for q in run {
            let group = campaign.groups[q].precedence
            invited[group] += 1
            if campaign.submitted[q] { responded[group] += 1 }
        }
        let plans = planner.plan(invited: invited, responded: responded)
        var groups = plans.map { columns(for: $0, run: run) }
        if policy.othersWeighting == .balanced {
            applyBalancedIndex(to: &groups)
        } else {
            let withheld = ComplementarySuppression.apply(
                to: &groups, minimum: planner.anonymityMinimum, positions: positions)
            tally.complementarySuppressions += withheld
        }
        count(groups)

        let participation = RaterGroup.allCases.compactMap { group -> Participation? in
            let index = group.precedence
            return invited[index] == 0
                ? nil : Participation(group: group, invited: invited[index], responded: responded[index])
        }
        let findings = Findings(groups: groups, policy: policy)
        tally.blindSpots += findings.gaps.filter { $0.finding == .blindSpot }.count
        tally.hiddenStrengths += findings.gaps.filter { $0.finding == .hiddenStrength }.count
        let department = campaign.personDepartments[person]
        return PersonScores(
            personID: campaign.personIDs[person],
            departmentID: department >= 0 ? campaign.departmentIDs[Int(department)] : nil,
            groups: groups, participation: participation, gaps: findings.gaps,
            topItems: findings.top, bottomItems: findings.bottom, norms: [],
            comments: comments(person: person, run: run, plans: plans), trends: [])
    }

    /// The cells of one column; merged and suppressed columns get their
    /// reason in every cell.
    private mutating func columns(for plan: PlannedGroup, run: Range<Int>) -> GroupScores {
        switch plan.disposition {
        case .mergedInto(let target):
            return .withheld(
                plan.group, members: plan.members, respondents: plan.respondents,
                disposition: plan.disposition,
                reason: target == .process ? .mergedIntoProcess : .mergedIntoOtherInternalCustomers,
                identifiable: plan.identifiable)
        case .suppressed(let reason):
            return .withheld(
                plan.group, members: plan.members, respondents: plan.respondents,
                disposition: plan.disposition, reason: reason, identifiable: plan.identifiable)
        default:
            break
        }
        let members = Set(plan.members)
        let questionnaires = run.filter { campaign.submitted[$0] && members.contains(campaign.groups[$0]) }
        let cells = calculator.cells(
            questionnaires: questionnaires, scores: pairScores,
            minimum: plan.minimum, identifiable: plan.identifiable)
        return GroupScores(
            group: plan.group, members: plan.members, respondents: plan.respondents,
            disposition: plan.disposition, isIdentifiable: plan.identifiable, items: cells.items,
            dimensions: cells.dimensions, overall: cells.overall)
    }

    /// Replaces the respondent-weighted "all others" cells by the balanced
    /// index of the shown groups. No differencing rule is needed: the index is
    /// a function of published figures only.
    private func applyBalancedIndex(to groups: inout [GroupScores]) {
        guard let total = groups.firstIndex(where: { $0.group == .allOthers }),
            groups[total].disposition.isShown
        else { return }
        let parts = groups.indices.filter {
            groups[$0].disposition.isShown && groups[$0].group != .selfRating && $0 != total
        }
        for position in positions {
            let cell = BalancedIndex.cell(
                parts: parts.map { groups[$0].cell(at: position) }, minimum: planner.anonymityMinimum)
            groups[total].setCell(cell, at: position)
        }
    }

    private mutating func count(_ groups: [GroupScores]) {
        for group in groups {
            switch group.disposition {
            case .mergedInto: tally.groupsMerged += 1
            case .suppressed: tally.groupsSuppressed += 1
            case .shown:
                for position in positions {
                    let cell = group.cell(at: position)
                    if cell.withholdingReason == .tooFewRaters { tally.cellsBelowMinimum += 1 }
                    if cell.isPublished, cell.flags & ScoreCell.lowAgreementFlag != 0 {
                        tally.lowAgreementCells += 1
                    }
                }
            }
        }
    }
}
