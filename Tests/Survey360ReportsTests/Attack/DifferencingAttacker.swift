/// The attacker of the published set: given every published figure of a
/// quarter (as linear combinations of unknown answers) and the answers of
/// self and superior (known, so already left out of the combinations), it
/// finds every set of one or two raters whose answers some combination of
/// the figures isolates, and every withheld figure that the published ones
/// re-derive.
///
/// This is exact, not a search over subtraction chains: a set J of unknowns
/// can be isolated by *some* combination of the published figures (chains
/// of any depth, with any coefficients, across documents) exactly when the
/// null-space coordinates of J are linearly dependent. Chains of
/// subtractions are the special case of coefficients ±1.
struct DifferencingAttacker {
    struct Finding: CustomStringConvertible {
        var quarter: Int
        var position: FigurePosition
        var raters: [Int]
        var isRederivation: Bool
        var label: String

        var description: String {
            let who = raters.map { "P\($0)" }.joined(separator: "+")
            return isRederivation
                ? "quarter \(quarter) \(position): withheld \(label) is re-derived"
                : "quarter \(quarter) \(position): answers of \(who) isolated"
        }
    }

    let figures: PublishedFigures

    func findings() -> [Finding] {
        var findings: [Finding] = []
        var systems: [SystemKey: ([PublishedFigures.Figure], [PublishedFigures.Figure])] = [:]
        for figure in figures.figures where !figure.terms.isEmpty {
            systems[SystemKey(quarter: figure.quarter, position: figure.position), default: ([], [])].0.append(figure)
        }
        for figure in figures.withheld where !figure.terms.isEmpty {
            systems[SystemKey(quarter: figure.quarter, position: figure.position), default: ([], [])].1.append(figure)
        }
        for (key, system) in systems {
            findings += attack(key, published: system.0, withheld: system.1)
        }
        return findings
    }

    private struct SystemKey: Hashable {
        var quarter: Int
        var position: FigurePosition
    }

    private func attack(
        _ key: SystemKey, published: [PublishedFigures.Figure], withheld: [PublishedFigures.Figure]
    ) -> [Finding] {
        let pairs = figures.pairs(key.quarter)
        let unknowns = Array(Set(published.flatMap(\.terms.keys))).sorted()
        guard !unknowns.isEmpty else { return [] }
        var column: [Int: Int] = [:]
        for (index, pair) in unknowns.enumerated() { column[pair] = index }
        func row(_ figure: PublishedFigures.Figure) -> [Int] {
            var row = [Int](repeating: 0, count: unknowns.count)
            for (pair, coefficient) in figure.terms {
                guard let index = column[pair] else { continue }
                row[index] = ModularSpan.fraction(coefficient.numerator, coefficient.denominator)
            }
            return row
        }
        var span = ModularSpan(width: unknowns.count)
        var components = UnionFind(count: unknowns.count)
        for figure in published {
            span.add(row(figure))
            let members = figure.terms.keys.compactMap { column[$0] }
            for member in members.dropFirst() { components.join(members[0], member) }
        }
        var findings: [Finding] = []
        // A merged group's cell is withheld under its own name, but where the
        // other groups of its merged column gave no valid answer at this
        // position, the merged column's published cell holds exactly the same
        // raters: that is the published figure, not one derived from others.
        let publishedSets = Set(published.map { Set($0.terms.keys) })
        for figure in withheld where figure.terms.keys.allSatisfy({ column[$0] != nil }) {
            if span.contains(row(figure)), !publishedSets.contains(Set(figure.terms.keys)) {
                findings.append(
                    Finding(
                        quarter: key.quarter, position: key.position, raters: [], isRederivation: true,
                        label: figure.label))
            }
        }

        let coordinates = span.nullSpaceCoordinates()
        var unknownsOf: [Int: [Int]] = [:]
        for (index, pair) in unknowns.enumerated() { unknownsOf[pairs[pair].rater, default: []].append(index) }
        let raters = unknownsOf.keys.sorted()
        var alone: Set<Int> = []
        for rater in raters where ModularSpan.dependent(unknownsOf[rater]!.map { coordinates[$0] }) {
            alone.insert(rater)
            findings.append(
                Finding(quarter: key.quarter, position: key.position, raters: [rater], isRederivation: false, label: "")
            )
        }
        // Two raters: only pairs that share a connected part of the system
        // can be isolated together without either being isolated alone.
        let parts = raters.map { Set(unknownsOf[$0]!.map { components.root($0) }) }
        for (i, first) in raters.enumerated() where !alone.contains(first) {
            for j in (i + 1)..<raters.count where !alone.contains(raters[j]) && !parts[i].isDisjoint(with: parts[j]) {
                let vectors = (unknownsOf[first]! + unknownsOf[raters[j]]!).map { coordinates[$0] }
                if ModularSpan.dependent(vectors) {
                    findings.append(
                        Finding(
                            quarter: key.quarter, position: key.position, raters: [first, raters[j]],
                            isRederivation: false, label: ""))
                }
            }
        }
        return findings
    }
}

/// Connected parts of the system: unknowns that appear in a common figure.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ item: Int) -> Int {
        var item = item
        while parent[item] != item {
            parent[item] = parent[parent[item]]
            item = parent[item]
        }
        return item
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x != y { parent[x] = y }
    }
}
