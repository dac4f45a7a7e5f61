import Survey360Core

/// The aggregator: turns a closed campaign's responses into every figure of
/// the reports, applying the scoring and confidentiality rules of
/// `scoring.md`.
///
/// Pure and deterministic: the same input and seed give the same scores on
/// every run and machine; nothing is read from or written to storage.
///
/// ```swift
/// let scores = CampaignScorer().score(input)
/// for person in scores.people {
///     for column in person.groups where column.disposition.isShown {
///         print(column.group, column.overall.outcome)
///     }
/// }
/// ```
public struct CampaignScorer: Sendable {
    public init() {}

    /// Scores a campaign given in the domain's types (and its previous
    /// campaign, for trends, when the input has one).
    public func score(_ input: ScoringInput) -> CampaignScores {
        score(
            CompactCampaign(input), policy: input.policy, seed: input.seed,
            previous: input.previous.map { (CompactCampaign($0), $0.policy) })
    }

    /// Scores a campaign in its compact form.
    ///
    /// - Parameters:
    ///   - campaign: the campaign to score.
    ///   - policy: the campaign's scoring and confidentiality rules.
    ///   - seed: seeds the comment order.
    ///   - previous: the previous campaign and its policy, for trends.
    /// - Returns: every figure and every decision, with the rules applied.
    public func score(
        _ campaign: CompactCampaign, policy: ScoringPolicy, seed: UInt64,
        previous: (campaign: CompactCampaign, policy: ScoringPolicy)? = nil
    ) -> CampaignScores {
        // The previous quarter first, reduced to what trends need, so that two
        // full sets of reports never sit in memory together.
        let before = previous.map { previous in
            let scores = PairScores(previous.campaign, minimumShare: previous.policy.minimumAnsweredShare)
            let scored = scorePeople(
                previous.campaign, pairScores: scores, policy: previous.policy, seed: seed)
            return PreviousQuarter(
                campaign: previous.campaign, pairScores: scores, people: scored.people, rated: scored.rated)
        }
        let pairScores = PairScores(campaign, minimumShare: policy.minimumAnsweredShare)
        let (scoredPeople, rated, tally) = scorePeople(
            campaign, pairScores: pairScores, policy: policy, seed: seed)
        var people = scoredPeople
        let others = OthersFigures(people, dimensionCount: campaign.dimensionCount)
        let normCount = PercentileNorms.apply(
            to: &people, others: others, policy: policy, dimensionCount: campaign.dimensionCount)
        var trendCount = 0
        if let before {
            trendCount = TrendAnalyser(current: (campaign, pairScores), previous: before, policy: policy)
                .apply(to: &people, rated: rated)
        }
        let departments = DepartmentScorer(
            campaign: campaign, pairScores: pairScores, policy: policy, seed: seed
        ).scorecards(others: others, rated: rated)
        // Built from the finished personal reports: the matrix takes only
        // columns they publish.
        let matrix = ServiceMatrixBuilder(campaign: campaign, pairScores: pairScores, policy: policy)
            .build(people: people, rated: rated)
        let analytics = AnalyticsScorer(campaign: campaign, pairScores: pairScores, policy: policy).analyse()
        let rules = AppliedRules.list(
            policy: policy, scale: campaign.scale, missingAnswers: missingAnswers(campaign),
            tally: tally, norms: normCount, trends: trendCount, departments: departments,
            matrix: matrix, analytics: analytics, hasPrevious: previous != nil)
        return CampaignScores(
            policy: policy, scale: campaign.scale, itemIDs: campaign.itemIDs,
            itemDimensions: campaign.itemDimensions.map(Int.init), dimensionIDs: campaign.dimensionIDs,
            departmentIDs: campaign.departmentIDs, seed: seed, people: people, departments: departments,
            serviceMatrix: matrix, analytics: analytics, appliedRules: rules, inputNotes: campaign.notes,
            hasPreviousCampaign: previous != nil)
    }

    /// "Cannot judge" and unanswered items of submitted questionnaires.
    private func missingAnswers(_ campaign: CompactCampaign) -> Int {
        var missing = 0
        for q in 0..<campaign.questionnaireCount where campaign.submitted[q] {
            for item in 0..<campaign.itemCount where campaign.rating(q, item) == CompactCampaign.noAnswer {
                missing += 1
            }
        }
        return missing
    }

    /// Every person rated, scored in parallel chunks.
    private func scorePeople(
        _ campaign: CompactCampaign, pairScores: PairScores, policy: ScoringPolicy, seed: UInt64
    ) -> (people: [PersonScores], rated: [Int], tally: RuleTally) {
        let rated = (0..<campaign.personCount).filter { !campaign.questionnaires(about: $0).isEmpty }
        let chunks = Parallel.mapChunks(count: rated.count) { range in
            var scorer = PersonScorer(campaign: campaign, pairScores: pairScores, policy: policy, seed: seed)
            let people = range.map { scorer.score(rated[$0]) }
            return (people, scorer.tally)
        }
        var people: [PersonScores] = []
        people.reserveCapacity(rated.count)
        var tally = RuleTally()
        for (part, partTally) in chunks {
            people.append(contentsOf: part)
            tally.add(partTally)
        }
        return (people, rated, tally)
    }
}
