/// The `limit` candidates with the lowest (load, random key) among those
/// offered, kept sorted in a small array: a draw needs at most a group's
/// maximum (8 by default) out of up to hundreds of candidates, so sorting
/// them all would be wasted work.
struct LowestLoad {
    private var kept: [(load: Int32, key: UInt64, rater: Int32)] = []
    private let limit: Int
    /// How many qualifying candidates were offered.
    private(set) var offered = 0

    init(keeping limit: Int) {
        self.limit = limit
        kept.reserveCapacity(limit + 1)
    }

    /// The number of candidates offered so far, up to the limit.
    var count: Int { kept.count }

    mutating func offer(load: Int32, key: UInt64, rater: Int) {
        offered += 1
        if kept.count == limit, let last = kept.last, (last.load, last.key) <= (load, key) { return }
        var position = kept.count
        while position > 0, (kept[position - 1].load, kept[position - 1].key) > (load, key) { position -= 1 }
        kept.insert((load, key, Int32(rater)), at: position)
        if kept.count > limit { kept.removeLast() }
    }

    var raters: [Int] { kept.map { Int($0.rater) } }
}
