import Survey360Core

/// What trends need of the previous campaign: each person's shown columns
/// with their dimension and overall cells, without the item cells, so that
/// two full quarters never sit in memory together.
struct PreviousQuarter: Sendable {
    struct Column: Sendable {
        var group: ReportGroup
        var members: [RaterGroup]
        /// Dimension cells, then overall.
        var cells: [ScoreCell]
    }

    let campaign: CompactCampaign
    let pairScores: PairScores
    /// Per person rated (in `rated` order): the shown columns.
    let columns: [[Column]]
    /// The campaign index of each person rated.
    let rated: [Int]
    let index: [PersonID: Int]

    init(campaign: CompactCampaign, pairScores: PairScores, people: [PersonScores], rated: [Int]) {
        self.campaign = campaign
        self.pairScores = pairScores
        self.rated = rated
        columns = people.map { person in
            person.groups.filter(\.disposition.isShown).map { column in
                Column(
                    group: column.group, members: column.members, cells: column.dimensions + [column.overall])
            }
        }
        var index: [PersonID: Int] = [:]
        index.reserveCapacity(people.count)
        for (position, person) in people.enumerated() { index[person.personID] = position }
        self.index = index
    }
}
