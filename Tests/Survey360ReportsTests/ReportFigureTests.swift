import Foundation
import Survey360Core
import Survey360Reports
import Survey360XML
import Testing

/// Figures in the XML re-derived here from the raw responses, without the
/// aggregator: what an auditor does with the archive.
@Suite struct ReportFigureTests {
    static let namespaces = ["r": ReportVocabulary.namespace]

    func personDocument(_ id: PersonID) throws -> XMLDocument {
        let context = HospitalCampaign.context
        let data = try ReportWriter(context: context).personDocument(at: context.index(of: id)!)
        return try XMLDocument(data: data, name: "\(id).xml")
    }

    /// The submitted non-self ratings of `ratee` for `item`, each rater once.
    func otherRatings(of ratee: PersonID, item: ItemID) -> [Double] {
        let groups = Dictionary(
            HospitalCampaign.plan.assignments.map { ($0.pair, $0.group) },
            uniquingKeysWith: { first, _ in first })
        return HospitalCampaign.currentResponses.filter {
            $0.rateeID == ratee && $0.isSubmitted && groups[$0.pair] != .selfRating
        }.compactMap { response in response.ratings[item]?.score.map(Double.init) }
    }

    @Test(arguments: ["P004", "P032"])
    func allOthersItemCellsMatchTheRawResponses(_ person: String) throws {
        let document = try personDocument(PersonID(person))
        var checked = 0
        for item in HospitalCampaign.questionnaire.items {
            let cells = try document.select(
                "/r:personReport/r:scores/r:column[@group='all-others']/r:item[@ref='\(item.id)']",
                namespaces: Self.namespaces)
            let cell = try #require(cells.first)
            let ratings = otherRatings(of: PersonID(person), item: item.id)
            guard cell[attribute: "withheld"] == nil else {
                #expect(ratings.count < 3 || cell[attribute: "withheld"] == "complementary-suppression")
                continue
            }
            let n = Double(ratings.count)
            let mean = ratings.reduce(0, +) / n
            let variance = ratings.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
            #expect(cell[attribute: "n"] == String(ratings.count))
            #expect(abs(Double(cell[attribute: "mean"]!)! - mean) <= 5e-7)
            #expect(abs(Double(cell[attribute: "sd"]!)! - variance.squareRoot()) <= 5e-7)
            #expect(abs(Double(cell[attribute: "se"]!)! - (variance / n).squareRoot()) <= 5e-7)
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test func participationCountsAssignmentsAndSubmissions() throws {
        let document = try personDocument("P004")
        for group in RaterGroup.allCases {
            let pairs = Set(
                HospitalCampaign.plan.assignments.filter { $0.rateeID == "P004" && $0.group == group }.map(
                    \.pair))
            let submitted = HospitalCampaign.currentResponses.filter {
                pairs.contains($0.pair) && $0.isSubmitted
            }.count
            let rows = try document.select(
                "/r:personReport/r:participation/r:group[@group='\(group.rawValue)']",
                namespaces: Self.namespaces)
            if pairs.isEmpty {
                #expect(rows.isEmpty)
            } else {
                #expect(rows.first?[attribute: "invited"] == String(pairs.count))
                #expect(rows.first?[attribute: "responded"] == String(submitted))
            }
        }
    }

    @Test func everyWithheldCodeIsExplainedOnceInReasons() throws {
        let document = try personDocument("P004")
        let used = Set(try document.select("//*[@withheld]").compactMap { $0[attribute: "withheld"] })
        let explained = try document.select("/r:personReport/r:reasons/r:reason", namespaces: Self.namespaces)
        #expect(Set(explained.compactMap { $0[attribute: "code"] }) == used)
        #expect(explained.count == used.count)
        #expect(!used.isEmpty)
    }

    @Test func numbersUseOneFixedFormat() throws {
        let context = HospitalCampaign.context
        let text = String(decoding: try ReportWriter(context: context).personDocument(at: 0), as: UTF8.self)
        // No exponent, no trailing zero, at most six decimals.
        let numbers = text.matches(of: /\s(mean|sd|se|ciLower|ciUpper|t|agreement)="([^"]*)"/).map {
            String($0.output.2)
        }
        #expect(!numbers.isEmpty)
        for number in numbers {
            #expect(number.wholeMatch(of: /-?[0-9]+(\.[0-9]{0,5}[1-9])?/) != nil, "\(number)")
        }
    }
}
