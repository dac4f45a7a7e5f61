/// Every person's "all others" cells per dimension and overall, gathered
/// once so that norms and department figures need not copy whole reports.
struct OthersFigures: Sendable {
    /// `cells[person * slots + slot]`, slot `d` for dimension d and the last for overall.
    let cells: [ScoreCell]
    let slots: Int

    init(_ people: [PersonScores], dimensionCount: Int) {
        slots = dimensionCount + 1
        var cells = [ScoreCell](repeating: ScoreCell(withheld: .noResponses), count: people.count * slots)
        for index in people.indices {
            guard let column = people[index].groups.last, column.group == .allOthers else { continue }
            for slot in 0..<slots {
                cells[index * slots + slot] = column.cell(
                    at: slot < dimensionCount ? .dimension(slot) : .overall)
            }
        }
        self.cells = cells
    }

    /// The cell of `person` for `dimension`, or overall when `nil`.
    func cell(_ person: Int, _ dimension: Int?) -> ScoreCell {
        cells[person * slots + (dimension ?? slots - 1)]
    }
}
