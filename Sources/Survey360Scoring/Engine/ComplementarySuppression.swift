/// Protection against differencing: a total published beside all but a
/// few of its raters' groups reveals those few.
///
/// For every published "all others" cell, the raters not covered by the
/// published cells of the shown groups must number zero or at least the
/// anonymity minimum; otherwise one more group cell is withheld (the
/// smallest that closes the gap, the latest in report order on a tie), and
/// the check is repeated.
enum ComplementarySuppression {
    /// Applies the rule to every position; returns how many cells it withheld.
    ///
    /// - Parameter groups: a person's columns; the one of `.allOthers` is the total.
    @discardableResult
    static func apply(to groups: inout [GroupScores], minimum: Int, positions: [CellPosition]) -> Int {
        guard let totalIndex = groups.firstIndex(where: { $0.group == .allOthers }) else { return 0 }
        let partIndices = groups.indices.filter {
            groups[$0].disposition.isShown && groups[$0].group != .selfRating && $0 != totalIndex
        }
        var withheld = 0
        for position in positions {
            let total = groups[totalIndex].cell(at: position)
            guard total.isPublished else { continue }
            var covered = 0
            for index in partIndices {
                let cell = groups[index].cell(at: position)
                if cell.isPublished { covered += cell.raterCount }
            }
            var uncovered = total.raterCount - covered
            guard uncovered > 0, uncovered < minimum else { continue }
            var parts = partIndices.filter { groups[$0].cell(at: position).isPublished }
            while uncovered > 0, uncovered < minimum, !parts.isEmpty {
                let sizes = parts.map { groups[$0].cell(at: position).raterCount }
                let closing = parts.indices.filter { sizes[$0] + uncovered >= minimum }
                let candidates = closing.isEmpty ? Array(parts.indices) : closing
                let chosen = candidates.min { (sizes[$0], -$0) < (sizes[$1], -$1) }!
                let index = parts[chosen]
                let cell = groups[index].cell(at: position)
                groups[index].setCell(cell.withheld(.complementarySuppression), at: position)
                uncovered += sizes[chosen]
                parts.remove(at: chosen)
                withheld += 1
            }
        }
        return withheld
    }
}
