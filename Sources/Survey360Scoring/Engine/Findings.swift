import Survey360Core

/// What a personal report highlights: self-other gaps with blind spots and
/// hidden strengths, and the highest and lowest rated items.
struct Findings {
    var gaps: [SelfOtherGap] = []
    var top: [RankedItem] = []
    var bottom: [RankedItem] = []

    init(groups: [GroupScores], policy: ScoringPolicy) {
        guard let others = groups.first(where: { $0.group == .allOthers }), others.disposition.isShown
        else { return }
        if let selfGroup = groups.first(where: { $0.group == .selfRating }), selfGroup.disposition.isShown {
            let pairs =
                zip(selfGroup.dimensions, others.dimensions).enumerated().map { ($0, $1.0, $1.1) }
                + [(nil, selfGroup.overall, others.overall)]
            for (dimension, selfCell, othersCell) in pairs {
                guard let mine = selfCell.statistics, let theirs = othersCell.statistics else { continue }
                gaps.append(Self.gap(dimension: dimension, mine.mean, theirs, policy: policy))
            }
        }
        let published = others.items.enumerated().compactMap { index, cell in
            cell.statistics.map { RankedItem(item: index, mean: $0.mean, count: $0.count) }
        }
        let count = policy.topBottomCount
        top = Array(published.sorted { ($1.mean, $0.item) < ($0.mean, $1.item) }.prefix(count))
        let chosen = Set(top.map(\.item))
        bottom = Array(
            published.filter { !chosen.contains($0.item) }
                .sorted { ($0.mean, $0.item) < ($1.mean, $1.item) }.prefix(count))
    }

    /// Blind spot: self at least `blindSpotGap` above others and above their
    /// upper 95% limit; hidden strength: the mirror image. Both need enough
    /// other raters for the interval to mean something.
    static func gap(
        dimension: Int?, _ selfScore: Double, _ others: CellStatistics, policy: ScoringPolicy
    ) -> SelfOtherGap {
        let gap = selfScore - others.mean
        var finding = SelfOtherGap.Finding.none
        if others.count < policy.blindSpotMinimumOthers {
            finding = .tooFewOthers
        } else if let interval = others.confidenceInterval {
            if gap >= policy.blindSpotGap, selfScore > interval.upper {
                finding = .blindSpot
            } else if gap <= -policy.blindSpotGap, selfScore < interval.lower {
                finding = .hiddenStrength
            }
        }
        return SelfOtherGap(
            dimension: dimension, selfScore: selfScore, othersScore: others.mean, gap: gap, finding: finding)
    }
}
