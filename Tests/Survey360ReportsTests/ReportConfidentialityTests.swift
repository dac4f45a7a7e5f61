import Foundation
import Survey360Core
import Survey360Reports
import Testing

/// No report, XML or HTML, names a rater: not by id, name or e-mail, and
/// text from comments is escaped, never markup.
@Suite struct ReportConfidentialityTests {
    @Test func noPersonalReportNamesItsRaters() throws {
        for person in HospitalCampaign.context.peopleRated {
            let file = ReportVocabulary.personFile(person.rawValue)
            let xml = ReportSetFixture.text(ReportSetFixture.directory.appending(path: file + ".xml"))
            let html = ReportSetFixture.text(ReportSetFixture.directory.appending(path: file + ".html"))
            for rater in HospitalCampaign.raters(of: person) {
                for secret in [rater.id.rawValue, rater.name, rater.email] {
                    let inXML = xml.contains(secret)
                    let inHTML = html.contains(secret)
                    #expect(!inXML, "\(file).xml names a rater")
                    #expect(!inHTML, "\(file).html names a rater")
                }
            }
        }
    }

    @Test func noDepartmentOrOrganisationPageNamesAnyone() throws {
        let files = (ReportSetFixture.files("xml") + ReportSetFixture.files("html")).filter {
            !$0.path.contains("/people/") && !["campaign.xml", "index.html"].contains($0.lastPathComponent)
        }
        #expect(files.count == 2 * (1 + HospitalCampaign.context.departments.count))
        for file in files {
            let text = ReportSetFixture.text(file)
            let named = HospitalCampaign.organisation.people.filter {
                text.contains($0.name) || text.contains($0.email)
            }
            #expect(named.isEmpty, "\(file.lastPathComponent) names \(named.count) people")
        }
    }

    @Test func noDocumentHoldsAnEmailAddress() throws {
        for file in ReportSetFixture.files("xml") + ReportSetFixture.files("html") {
            let hasAddress = ReportSetFixture.text(file).contains(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]/)
            #expect(!hasAddress, "\(file.lastPathComponent)")
        }
    }

    @Test func aScriptInACommentComesOutEscaped() throws {
        let file = ReportSetFixture.directory.appending(path: ReportVocabulary.personFile("P004"))
        let xml = ReportSetFixture.text(file.appendingPathExtension("xml"))
        let html = ReportSetFixture.text(file.appendingPathExtension("html"))
        #expect(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; "))
        #expect(!xml.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\""))
        for file in ReportSetFixture.files("html") {
            let hasScript = ReportSetFixture.text(file).lowercased().contains("<script")
            #expect(!hasScript, "\(file.lastPathComponent)")
        }
    }
}
