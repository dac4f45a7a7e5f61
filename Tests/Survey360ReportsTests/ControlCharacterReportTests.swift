import Crypto
import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360XML
import Testing

/// Text with characters XML cannot carry that reached the store before the
/// entries refused them (issue #10, item 2): the writer replaces them, so
/// the reports, their pages and the archive are still written.
@Suite struct ControlCharacterReportTests {
    @Test func aCommentAndANameWithControlCharactersDoNotStopPublication() throws {
        let responses = HospitalCampaign.currentResponses.map { response in
            var response = response
            response.comments = response.comments.mapValues { $0 + " \u{1}end\u{0}\u{FFFE}" }
            return response
        }
        let original = HospitalCampaign.organisation
        var people = original.people
        people[0].name += "\u{1}"
        let organisation = Organisation(
            departments: original.departments, people: people, services: original.services,
            processes: original.processes)
        let input = ScoringInput(
            questionnaire: HospitalCampaign.questionnaire, organisation: organisation,
            assignments: HospitalCampaign.plan.assignments, responses: responses, policy: ScoringPolicy())
        let campaign = Campaign(
            id: "2026-Q4", title: "2026 Q4\u{B}", opens: CalendarDate(year: 2026, month: 10, day: 5)!,
            closes: CalendarDate(year: 2026, month: 10, day: 23)!, language: .traditionalChinese, state: .closed)
        let context = ReportContext(
            campaign: campaign, organisation: organisation, questionnaire: HospitalCampaign.questionnaire,
            scores: CampaignScorer().score(input), previousCampaignID: nil)
        let directory = FileManager.default.temporaryDirectory.appending(path: "survey360-control-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }

        try ReportPublisher(context: context, renderer: try ReportRenderer(templates: HospitalCampaign.templates))
            .publish(to: directory.appending(path: "reports"), formats: [.xml, .html])

        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
        let xml = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }
        let texts = try xml.map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(texts.contains { $0.contains("end\u{FFFD}\u{FFFD}") })
        #expect(!texts.contains { $0.unicodeScalars.contains { !TextCharacters.isAllowed($0) } })
        try AuditArchive.write(
            documents: try xml.map { (name: $0.lastPathComponent, data: try Data(contentsOf: $0)) },
            schemas: [HospitalCampaign.templates.schema(named: "report.xsd")], to: directory.appending(path: "archive"),
            signingKey: Curve25519.Signing.PrivateKey())
        #expect(AuditArchive.verify(directory.appending(path: "archive")) == [])
    }
}
