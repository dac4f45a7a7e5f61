import Foundation
import Survey360Core
import Survey360Reports
import Survey360XML

/// Every figure a quarter's XML documents publish, as what an attacker who
/// knows the assignments sees in it: a linear combination of the answers of
/// (rater, person rated) pairs.
///
/// Each figure read from a document is checked against the answers (its n,
/// pairs and mean recomputed from the questionnaires), so the attacker's
/// model of what a figure sums is the one the reports really use; a figure
/// that does not match is listed in ``mismatches``.
struct PublishedFigures {
    /// A figure: coefficients over pair indices of one quarter.
    struct Figure {
        var quarter: Int
        var position: FigurePosition
        var terms: [Int: Fraction]
        var label: String
    }

    /// An exact rational coefficient.
    struct Fraction {
        var numerator: Int
        var denominator: Int
        var value: Double { Double(numerator) / Double(denominator) }
        static let one = Fraction(numerator: 1, denominator: 1)
        func scaled(by divisor: Int) -> Fraction { .init(numerator: numerator, denominator: denominator * divisor) }
    }

    /// How a service matrix cell or total chooses its pairs: the
    /// documented definition, which the figures' counts and means confirm.
    typealias MatrixPairs = (_ figures: PublishedFigures, _ quarter: Int, _ customer: Int?, _ server: Int?) -> [Int]

    let campaign: AttackCampaign
    let matrixPairs: MatrixPairs
    private(set) var figures: [Figure] = []
    /// Figures a person's report withholds.
    private(set) var withheld: [Figure] = []
    private(set) var mismatches: [String] = []
    /// The members of each shown column, by quarter, person rated and group.
    private var columnMembers: [Int: [Int: [String: [RaterGroup]]]] = [:]
    /// The members of each person's group columns (not self, not "all
    /// others") whose overall figure is published, by quarter and person.
    private(set) var publishedColumns: [Int: [Int: [[RaterGroup]]]] = [:]
    /// Each person's published "all others" figure per quarter and position.
    private var othersFigures: [Int: [Int: [FigurePosition: (Figure, Double)]]] = [:]

    init(campaign: AttackCampaign, matrixPairs: @escaping MatrixPairs) {
        self.campaign = campaign
        self.matrixPairs = matrixPairs
    }

    func pairs(_ quarter: Int) -> [AttackCampaign.Pair] { quarter == 0 ? campaign.current : campaign.previous }

    /// Reads a quarter's whole set: person reports first (department and
    /// trend figures refer to them), then departments and the organisation.
    mutating func read(_ context: ReportContext, quarter: Int) throws {
        let writer = ReportWriter(context: context)
        for index in context.peopleRated.indices {
            try readPerson(XMLDocument(data: writer.personDocument(at: index)), quarter: quarter)
        }
        for index in context.departments.indices {
            try readDepartment(XMLDocument(data: writer.departmentDocument(at: index)), quarter: quarter)
        }
        try readOrganisation(XMLDocument(data: writer.organisationDocument()), quarter: quarter)
    }

    /// The trends of the current quarter's reports, once both quarters are read.
    mutating func readTrends(_ context: ReportContext) throws {
        let writer = ReportWriter(context: context)
        for index in context.peopleRated.indices {
            let document = try XMLDocument(data: writer.personDocument(at: index))
            let ratee = Self.index(document.root.children(named: "person")[0]["id"]!)
            for trend in document.root.children(named: "trends").flatMap({ $0.children(named: "trend") }) {
                guard let current = trend["current"].flatMap(Double.init),
                    let previous = trend["previous"].flatMap(Double.init)
                else { continue }
                let group = trend["group"]!
                let position = trend["ref"].map { FigurePosition.dimension(Self.index($0)) } ?? .overall
                for (quarter, value) in [(0, current), (1, previous)] {
                    if group == "all-others" {
                        restate(quarter, ratee, position, value, "trend")
                        continue
                    }
                    guard let members = columnMembers[quarter]?[ratee]?[group] else {
                        mismatches.append("trend of P\(ratee) \(group): no such column in quarter \(quarter)")
                        continue
                    }
                    check(
                        mean(quarter, ratee: ratee, members: members, position: position, group: group),
                        value, quarter: quarter, position: position, label: "trend P\(ratee) \(group)")
                }
            }
        }
    }

    // MARK: - Person reports

    private mutating func readPerson(_ document: XMLDocument, quarter: Int) throws {
        let root = document.root
        let ratee = Self.index(root.children(named: "person")[0]["id"]!)
        let balanced = root.children(named: "policy")[0]["othersWeighting"] == "balanced"
        let columns = root.children(named: "scores").flatMap { $0.children(named: "column") }
        var published: [FigurePosition: [(Figure, Double)]] = [:]
        var othersCells: [(FigurePosition, XMLElement)] = []
        for column in columns {
            let group = column["group"]!
            let members = column["members"]!.split(separator: " ").compactMap { RaterGroup(rawValue: String($0)) }
            let shown = column["disposition"] == "shown"
            if shown { columnMembers[quarter, default: [:]][ratee, default: [:]][group] = members }
            for position in positions {
                let label = "P\(ratee) \(group) \(position)"
                let sum = terms(quarter, ratee: ratee, members: members, position: position)
                guard shown, let cell = cellElement(column, at: position), cell["withheld"] == nil else {
                    withheld.append(Figure(quarter: quarter, position: position, terms: sum, label: label))
                    continue
                }
                if group == "all-others" {
                    othersCells.append((position, cell))
                    if balanced { continue }
                }
                guard let figure = mean(quarter, ratee: ratee, members: members, position: position, group: group)
                else { continue }
                if Int(cell["n"]!) != figure.0.terms.count + known(quarter, ratee: ratee, members: members, position) {
                    mismatches.append("\(label): n \(cell["n"]!)")
                }
                check(figure, Double(cell["mean"]!)!, quarter: quarter, position: position, label: label)
                if group != "all-others", group != "self" {
                    published[position, default: []].append(figure)
                    if position == .overall {
                        publishedColumns[quarter, default: [:]][ratee, default: []].append(members)
                    }
                }
                if group == "all-others" {
                    othersFigures[quarter, default: [:]][ratee, default: [:]][position] = figure
                }
            }
        }
        if balanced {
            for (position, cell) in othersCells {
                let parts = published[position] ?? []
                var terms: [Int: Fraction] = [:]
                var value = 0.0
                for (part, partValue) in parts {
                    value += partValue / Double(parts.count)
                    for (pair, coefficient) in part.terms { terms[pair] = coefficient.scaled(by: parts.count) }
                }
                let figure = Figure(
                    quarter: quarter, position: position, terms: terms, label: "P\(ratee) balanced \(position)")
                check(
                    (figure, value), Double(cell["mean"]!)!, quarter: quarter, position: position, label: figure.label)
                othersFigures[quarter, default: [:]][ratee, default: [:]][position] = (figure, value)
            }
        }
        // Findings restate "all others" means: they must be published ones.
        for gap in root.children(named: "selfOtherGaps").flatMap({ $0.children(named: "gap") }) {
            let position = gap["ref"].map { FigurePosition.dimension(Self.index($0)) } ?? .overall
            restate(quarter, ratee, position, Double(gap["others"]!)!, "gap")
        }
        for list in ["topItems", "bottomItems"] {
            for item in root.children(named: list).flatMap({ $0.children(named: "rankedItem") }) {
                restate(quarter, ratee, .item(Self.index(item["ref"]!)), Double(item["mean"]!)!, list)
            }
        }
    }

    private mutating func restate(
        _ quarter: Int, _ ratee: Int, _ position: FigurePosition, _ value: Double, _ what: String
    ) {
        guard let figure = othersFigures[quarter]?[ratee]?[position] else {
            mismatches.append("P\(ratee) \(what) at \(position) restates an unpublished 'all others'")
            return
        }
        check(figure, value, quarter: quarter, position: position, label: "P\(ratee) \(what)")
    }

    private var positions: [FigurePosition] {
        [.overall] + (0..<campaign.dimensionCount).map(FigurePosition.dimension)
            + campaign.itemDimensions.indices.map(FigurePosition.item)
    }

    private func cellElement(_ column: XMLElement, at position: FigurePosition) -> XMLElement? {
        switch position {
        case .overall: column.children(named: "overall").first
        case .dimension(let d): column.children(named: "dimension").first { Self.index($0["ref"]!) == d }
        case .item(let i): column.children(named: "item").first { Self.index($0["ref"]!) == i }
        }
    }

    /// The unknown pairs of a column at a position, each with coefficient 1.
    private func terms(_ quarter: Int, ratee: Int, members: [RaterGroup], position: FigurePosition) -> [Int: Fraction] {
        var terms: [Int: Fraction] = [:]
        for (index, pair) in pairs(quarter).enumerated()
        where pair.ratee == ratee && members.contains(pair.group) && campaign.value(pair, at: position) != nil {
            if !Self.isKnown(pair) { terms[index] = .one }
        }
        return terms
    }

    private func known(_ quarter: Int, ratee: Int, members: [RaterGroup], _ position: FigurePosition) -> Int {
        pairs(quarter).count {
            $0.ratee == ratee && members.contains($0.group) && Self.isKnown($0)
                && campaign.value($0, at: position) != nil
        }
    }

    /// A column's mean as a figure (coefficients 1/n) with its true value.
    private func mean(_ quarter: Int, ratee: Int, members: [RaterGroup], position: FigurePosition, group: String)
        -> (Figure, Double)?
    {
        let all = pairs(quarter).enumerated().filter {
            $0.element.ratee == ratee && members.contains($0.element.group)
                && campaign.value($0.element, at: position) != nil
        }
        guard !all.isEmpty else { return nil }
        let value = all.map { campaign.value($0.element, at: position)! }.reduce(0, +) / Double(all.count)
        var terms: [Int: Fraction] = [:]
        for (index, pair) in all where !Self.isKnown(pair) {
            terms[index] = Fraction(numerator: 1, denominator: all.count)
        }
        return (
            Figure(quarter: quarter, position: position, terms: terms, label: "P\(ratee) \(group) \(position)"), value
        )
    }

    /// Records a published figure after checking its value against the answers.
    private mutating func check(
        _ figure: (Figure, Double)?, _ published: Double, quarter: Int, position: FigurePosition, label: String
    ) {
        guard let (figure, truth) = figure else {
            mismatches.append("\(label): published without answers")
            return
        }
        if abs(truth - published) > 2e-6 { mismatches.append("\(label): \(published) is not \(truth)") }
        var copy = figure
        copy.label = label
        figures.append(copy)
    }

    // MARK: - Departments and the organisation

    private mutating func readDepartment(_ document: XMLDocument, quarter: Int) throws {
        let root = document.root
        let department = Self.index(root.children(named: "department")[0]["id"]!)
        let figures =
            root.children(named: "satisfactionIndex").map { (FigurePosition.overall, $0) }
            + root.children(named: "dimensions").flatMap { $0.children(named: "dimension") }.map {
                (FigurePosition.dimension(Self.index($0["ref"]!)), $0)
            }
        for (position, element) in figures {
            guard let published = element["mean"].flatMap(Double.init) else { continue }
            let members = (0..<campaign.people).filter { campaign.departments[$0] == department }
                .compactMap { othersFigures[quarter]?[$0]?[position] }
            let label = "G\(department) \(position)"
            if Int(element["people"]!) != members.count { mismatches.append("\(label): people \(element["people"]!)") }
            var terms: [Int: Fraction] = [:]
            for (figure, _) in members {
                for (pair, coefficient) in figure.terms { terms[pair] = coefficient.scaled(by: members.count) }
            }
            let value = members.map(\.1).reduce(0, +) / Double(max(1, members.count))
            check(
                (Figure(quarter: quarter, position: position, terms: terms, label: label), value), published,
                quarter: quarter, position: position, label: label)
        }
    }

    private mutating func readOrganisation(_ document: XMLDocument, quarter: Int) throws {
        let matrix = document.root.children(named: "serviceMatrix")[0]
        for cell in matrix.children {
            guard let published = cell["mean"].flatMap(Double.init) else { continue }
            let customer = cell["customer"].map(Self.index)
            let server = cell["server"].map(Self.index)
            let chosen = matrixPairs(self, quarter, customer, server)
            let label = "matrix \(cell.name) \(customer.map(String.init) ?? "*")→\(server.map(String.init) ?? "*")"
            if Int(cell["pairs"]!) != chosen.count {
                mismatches.append("\(label): pairs \(cell["pairs"]!) not \(chosen.count)")
            }
            let all = pairs(quarter)
            let value =
                chosen.map { campaign.value(all[$0], at: .overall)! }.reduce(0, +) / Double(max(1, chosen.count))
            var terms: [Int: Fraction] = [:]
            for index in chosen where !Self.isKnown(all[index]) { terms[index] = .one }
            check(
                (Figure(quarter: quarter, position: .overall, terms: terms, label: label), value), published,
                quarter: quarter, position: .overall, label: label)
        }
    }

    // MARK: - Helpers

    /// Self and superior answers are known to the attacker: the person
    /// rated knows their self-rating, the superior their own ratings.
    static func isKnown(_ pair: AttackCampaign.Pair) -> Bool {
        pair.group == .selfRating || pair.group == .superior
    }

    /// The number in an id such as `P12`, `G3`, `D2` or `I4`, zero-based for
    /// dimensions and items.
    static func index(_ id: String) -> Int {
        let number = Int(id.dropFirst())!
        return id.hasPrefix("D") || id.hasPrefix("I") ? number - 1 : number
    }
}

extension XMLElement {
    /// An attribute's value, shorter for the many reads of the attacker.
    fileprivate subscript(_ name: String) -> String? { self[attribute: name] }
}
