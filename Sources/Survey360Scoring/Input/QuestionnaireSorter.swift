import Survey360Core

/// Orders questionnaires by (person rated, group, rater), so that each
/// person's questionnaires are one contiguous run.
struct QuestionnaireSorter {
    /// The permutation that sorts the input, `nil` when it is already sorted.
    let order: [Int]?

    init(raters: [Int32], ratees: [Int32], groups: [RaterGroup]) {
        let keys = (0..<raters.count).map { index -> UInt64 in
            let ratee = UInt64(UInt32(ratees[index])) << 32
            let group = UInt64(groups[index].precedence) << 28
            let rater = UInt64(UInt32(raters[index]) & 0x0FFF_FFFF)
            return ratee | group | rater
        }
        var sorted = true
        for index in keys.indices.dropFirst() where keys[index - 1] > keys[index] {
            sorted = false
            break
        }
        order = sorted ? nil : keys.indices.sorted { keys[$0] < keys[$1] }
    }
}
