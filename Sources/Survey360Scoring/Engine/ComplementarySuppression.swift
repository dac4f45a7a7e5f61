/// Protection against differencing inside one personal report: a total
/// published beside all but a few of its raters' groups reveals those few.
///
/// The superior (and any group identifiable by design) knows their own
/// answers, so only the raters who are not identifiable protect anything:
///
/// - a published "all others" cell needs 0 or at least the anonymity
///   minimum of non-identifiable raters, else it is withheld
///   (`too-few-unidentifiable-raters`): a superior and two subordinates
///   make an "all others" of 3 from which the superior subtracts their own
///   ratings and learns the mean of the two;
/// - the rest that "all others" minus the published group cells leaves must
///   hold 0 or at least the minimum of non-identifiable raters; otherwise the
///   smallest published non-identifiable group cell that closes the gap is
///   withheld too (the latest in report order on a tie), and the check is
///   repeated; if no group cell can close it, "all others" is withheld.
///
/// Withholding an identifiable cell never helps (its rater knows it), so it
/// is never chosen.
enum ComplementarySuppression {
    /// Applies the rule to every position; returns how many cells it withheld.
    ///
    /// - Parameter groups: a person's columns; the one of `.allOthers` is the total.
    @discardableResult
    static func apply(to groups: inout [GroupScores], minimum: Int, positions: [CellPosition]) -> Int {
        guard let totalIndex = groups.firstIndex(where: { $0.group == .allOthers }) else { return 0 }
        let shownParts = groups.indices.filter {
            groups[$0].disposition.isShown && groups[$0].group != .selfRating && $0 != totalIndex
        }
        let identifiable = shownParts.filter { groups[$0].isIdentifiable }
        let protecting = shownParts.filter { !groups[$0].isIdentifiable }
        var withheld = 0
        for position in positions {
            let total = groups[totalIndex].cell(at: position)
            guard total.isPublished else { continue }
            let known = identifiable.reduce(0) { $0 + groups[$1].cell(at: position).raterCount }
            let unknown = total.raterCount - known
            guard unknown == 0 || unknown >= minimum else {
                groups[totalIndex].setCell(total.withheld(.tooFewUnidentifiableRaters), at: position)
                withheld += 1
                continue
            }
            var parts = protecting.filter { groups[$0].cell(at: position).isPublished }
            var rest = unknown - parts.reduce(0) { $0 + groups[$1].cell(at: position).raterCount }
            while rest > 0, rest < minimum {
                guard !parts.isEmpty else {
                    groups[totalIndex].setCell(total.withheld(.complementarySuppression), at: position)
                    withheld += 1
                    break
                }
                let sizes = parts.map { groups[$0].cell(at: position).raterCount }
                let closing = parts.indices.filter { sizes[$0] + rest >= minimum }
                let candidates = closing.isEmpty ? Array(parts.indices) : closing
                let chosen = candidates.min { (sizes[$0], -$0) < (sizes[$1], -$1) }!
                let index = parts[chosen]
                let cell = groups[index].cell(at: position)
                groups[index].setCell(cell.withheld(.complementarySuppression), at: position)
                rest += sizes[chosen]
                parts.remove(at: chosen)
                withheld += 1
            }
        }
        return withheld
    }
}
