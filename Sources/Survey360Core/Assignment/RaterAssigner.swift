/// Proposes who rates whom in a campaign: for every person rated, raters in
/// each group of `scoring.md` (self, superior, subordinate, downstream,
/// upstream, functional), within the campaign's caps, spread evenly over
/// the raters, and the same for the same seed.
///
/// ## Groups
/// A pair (rater, person rated) belongs to the first group that applies in
/// the order self, superior, subordinate, downstream, upstream, functional;
/// a manager who also works in the next process stage rates as superior
/// only. A pair whose group the campaign does not ask for is left out: it is
/// not moved to a later group, so that a group means the same relation in
/// every campaign and quarters compare like with like.
///
/// ## Exclusions
/// People on an excluded status or hired after the cut-off neither rate nor
/// are rated.
///
/// ## Caps and priorities
/// Each rater fills in at most `maximumQuestionnairesPerRater`
/// questionnaires, and each group has at most its maximum of raters per
/// person rated. When capacity is short, questionnaires are handed out in
/// this order, so that the scarce capacity goes where it matters most:
/// 1. self-ratings (one per rater, so never squeezed out by others);
/// 2. superior ratings: the only downward view of a person, which no peer
///    can replace. A manager with more direct reports than the cap rates as
///    many as the cap allows, chosen at random, and the others are warned
///    about;
/// 3. the other groups up to their *minimum*, group by group in precedence
///    order, so that as many groups as possible reach the confidentiality
///    minimum before anyone gets extra raters;
/// 4. the other groups up to their *maximum*, in the same order.
///
/// ## Sampling
/// Within a step, people rated are visited in an order shuffled from the
/// seed, and each takes the candidates with the lowest load so far, ties
/// broken at random: the load evens out across raters. For large pools
/// (over 64 candidates) the lowest load is looked for among a random sample
/// of at least 16 candidates (four per place to fill), which spreads load as
/// evenly in practice and keeps a 100,000-person organisation to seconds.
/// All randomness comes from ``SplitMix64`` seeded with `rules.seed`.
///
/// ```swift
/// let plan = RaterAssigner.plan(for: organisation, rules: campaign.rules)
/// for warning in plan.warnings { print(warning) }
/// ```
public enum RaterAssigner {
    /// Pools up to this size are examined in full; larger ones are sampled.
    static let exactPoolLimit = 64

    /// - Parameters:
    ///   - organisation: The organisation, valid by ``OrganisationValidator``.
    ///   - rules: The campaign's rules: groups, minimums, caps, exclusions, seed.
    /// - Returns: The assignments and the warnings about groups that stay
    ///   below their minimum.
    public static func plan(for organisation: Organisation, rules: CampaignRules) -> AssignmentPlan {
        var run = Run(index: RelationIndex(organisation, rules: rules), rules: rules)
        run.assignSelfAndSuperior()
        let peers = RaterGroup.others.filter { $0 != .superior && rules.groups.contains($0) }
        for group in peers {
            run.fill(group, upTo: min(rules.minimum(for: group), rules.maximum(for: group)))
        }
        for group in peers {
            run.fill(group, upTo: rules.maximum(for: group))
        }
        var minimums: [RaterGroup: Int] = [:]
        for group in RaterGroup.allCases { minimums[group] = rules.minimum(for: group) }
        return AssignmentPlan(
            sorted: run.assignments(), warnings: run.warnings(), minimumRaters: minimums)
    }
}

extension RaterAssigner {
    /// The state of one assignment run: loads, choices so far, the pools
    /// (from which raters at the cap are removed as they are met) and the
    /// random generator.
    struct Run {
        let index: RelationIndex
        let rules: CampaignRules
        let cap: Int32
        var random: SplitMix64
        var pools: [[Int32]]
        /// Questionnaires per rater so far.
        var load: [Int32]
        /// The raters chosen for each person rated, with their groups.
        var chosen: [[(rater: Int32, group: RaterGroup)]]
        /// A stamp per person, to mark candidates already seen in one draw
        /// without clearing a set for every person rated.
        var mark: [UInt32]
        var stamp: UInt32 = 0

        init(index: RelationIndex, rules: CampaignRules) {
            self.index = index
            self.rules = rules
            cap = Int32(clamping: max(0, rules.maximumQuestionnairesPerRater))
            random = SplitMix64(seed: rules.seed, stream: "rater-assignment")
            pools = index.pools
            load = Array(repeating: 0, count: index.count)
            chosen = Array(repeating: [], count: index.count)
            mark = Array(repeating: 0, count: index.count)
        }

        /// The people rated, in a fresh order shuffled from the seed.
        mutating func shuffledRatees() -> [Int] {
            var order = (0..<index.count).filter { index.eligible[$0] }
            random.shuffle(&order)
            return order
        }

        mutating func assign(_ rater: Int, to ratee: Int, as group: RaterGroup) {
            load[rater] += 1
            chosen[ratee].append((Int32(rater), group))
        }

        func count(of group: RaterGroup, for ratee: Int) -> Int {
            chosen[ratee].reduce(0) { $0 + ($1.group == group ? 1 : 0) }
        }

        /// Steps 1 and 2: self-ratings, then superiors.
        mutating func assignSelfAndSuperior() {
            if rules.groups.contains(.selfRating), rules.maximum(for: .selfRating) >= 1 {
                for ratee in shuffledRatees() where load[ratee] < cap {
                    assign(ratee, to: ratee, as: .selfRating)
                }
            }
            if rules.groups.contains(.superior), rules.maximum(for: .superior) >= 1 {
                for ratee in shuffledRatees() {
                    let manager = Int(index.manager[ratee])
                    guard manager >= 0, manager != ratee, index.eligible[manager], load[manager] < cap
                    else { continue }
                    assign(manager, to: ratee, as: .superior)
                }
            }
        }

        /// Steps 3 and 4: brings every person's `group` up to `target` raters
        /// where candidates with spare capacity exist.
        mutating func fill(_ group: RaterGroup, upTo target: Int) {
            guard target > 0 else { return }
            for ratee in shuffledRatees() {
                let need = target - count(of: group, for: ratee)
                guard need > 0 else { continue }
                let pools = index.candidatePools(of: ratee, group: group)
                guard !pools.isEmpty else { continue }
                for rater in draw(need, of: group, for: ratee, from: pools) {
                    assign(rater, to: ratee, as: group)
                }
            }
        }

        /// The assignments in the plan's order (person rated, group, rater),
        /// sorted as integers rather than strings: a million string
        /// comparisons cost more than the whole assignment.
        func assignments() -> [Assignment] {
            let byID = (0..<index.count).sorted { index.ids[$0] < index.ids[$1] }
            var rank = [UInt64](repeating: 0, count: index.count)
            for (position, person) in byID.enumerated() { rank[person] = UInt64(position) }
            var keys: [UInt64] = []
            keys.reserveCapacity(chosen.reduce(0) { $0 + $1.count })
            for (ratee, raters) in chosen.enumerated() {
                for (rater, group) in raters {
                    keys.append(rank[ratee] << 35 | UInt64(group.precedence) << 32 | rank[Int(rater)])
                }
            }
            keys.sort()
            let groups = RaterGroup.allCases
            return keys.map { key in
                Assignment(
                    rater: index.ids[byID[Int(key & 0xFFFF_FFFF)]],
                    ratee: index.ids[byID[Int(key >> 35)]],
                    group: groups[Int(key >> 32 & 0x7)])
            }
        }
    }
}
