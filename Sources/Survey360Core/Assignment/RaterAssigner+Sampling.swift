extension RaterAssigner.Run {
    /// Chooses up to `need` raters of `group` for `ratee`: the candidates
    /// with the lowest load, ties broken by a random key.
    ///
    /// A candidate qualifies when its relation to `ratee` is `group` (pools
    /// hold people who may belong to an earlier group, such as a manager who
    /// is also in the next stage), it has spare capacity, and it was not
    /// chosen for `ratee` before. Raters met at the cap are removed from the
    /// pool for good: loads only grow during a run.
    ///
    /// Pools of at most ``RaterAssigner/exactPoolLimit`` people are examined
    /// in full. Larger ones are sampled at random until `max(4 × need, 16)`
    /// qualifying candidates are found; if sampling finds fewer than `need`
    /// (most of the pool belongs to other groups), the pool is examined in
    /// full after all, so that sampling never causes a warning.
    mutating func draw(
        _ need: Int, of group: RaterGroup, for ratee: Int, from poolIDs: [Int]
    ) -> [Int] {
        var total = poolIDs.reduce(0) { $0 + pools[$1].count }
        guard total > 0 else { return [] }
        var candidates = LowestLoad(keeping: need)
        if total > RaterAssigner.exactPoolLimit {
            let target = max(4 * need, 16)
            beginDraw(for: ratee)
            var attempts = 8 * target
            while candidates.offered < target, attempts > 0, total > 0 {
                attempts -= 1
                var offset = random.next(below: total)
                var position = 0
                while offset >= pools[poolIDs[position]].count {
                    offset -= pools[poolIDs[position]].count
                    position += 1
                }
                let pool = poolIDs[position]
                let rater = Int(pools[pool][offset])
                if load[rater] >= cap {
                    removeFromPool(pool, at: offset)
                    total -= 1
                    continue
                }
                guard mark[rater] != stamp else { continue }
                mark[rater] = stamp
                if index.relation(rater: rater, ratee: ratee) == group {
                    candidates.offer(load: load[rater], key: random.next(), rater: rater)
                }
            }
        }
        if candidates.count < need {
            candidates = LowestLoad(keeping: need)
            beginDraw(for: ratee)
            for pool in poolIDs {
                var position = 0
                while position < pools[pool].count {
                    let rater = Int(pools[pool][position])
                    if load[rater] >= cap {
                        removeFromPool(pool, at: position)
                        continue
                    }
                    position += 1
                    guard mark[rater] != stamp else { continue }
                    mark[rater] = stamp
                    if index.relation(rater: rater, ratee: ratee) == group {
                        candidates.offer(load: load[rater], key: random.next(), rater: rater)
                    }
                }
            }
        }
        return candidates.raters
    }

    /// Starts a draw: a new stamp, with the raters already chosen for
    /// `ratee` marked as seen so that no pair is assigned twice.
    private mutating func beginDraw(for ratee: Int) {
        if stamp == UInt32.max {
            stamp = 0
            for position in mark.indices { mark[position] = 0 }
        }
        stamp += 1
        for (rater, _) in chosen[ratee] { mark[Int(rater)] = stamp }
    }

    private mutating func removeFromPool(_ pool: Int, at position: Int) {
        pools[pool].swapAt(position, pools[pool].count - 1)
        pools[pool].removeLast()
    }
}
