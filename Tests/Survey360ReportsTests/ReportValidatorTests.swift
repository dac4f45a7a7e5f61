import Foundation
import Survey360Reports
import Survey360XML
import Testing

@Suite struct ReportValidatorTests {
    @Test func aDocumentOffTheSchemaIsRejectedWithItsLine() throws {
        let validator = try ReportValidator(templates: HospitalCampaign.templates)
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <personReport xmlns="urn:survey360:report:1" version="1" language="fr"/>
            """
        let error = try #require(throws: ReportError.self) {
            try validator.validate(Data(text.utf8), name: "people/P001.xml")
        }
        #expect(error.code == .invalidDocument)
        #expect(error.message == "Report 'people/P001.xml' does not match 'report.xsd'")
        #expect(error.diagnostics.contains { $0.line == 2 })
        // What `report` runs on every document it stores: the same refusal.
        let checked = try #require(throws: ReportError.self) {
            try validator.check(Data(text.utf8), name: "people/P001.xml")
        }
        #expect(checked.message == error.message)
        #expect(checked.diagnostics.map(\.description) == error.diagnostics.map(\.description))
    }

    @Test func everyHospitalDocumentPassesAsBytesAndAsATree() throws {
        let validator = try ReportValidator(templates: HospitalCampaign.templates)
        let writer = ReportWriter(context: HospitalCampaign.context)
        for index in HospitalCampaign.context.peopleRated.indices {
            let xml = try writer.personDocument(at: index)
            try validator.check(xml, name: "person.xml")
            try validator.validate(xml, name: "person.xml")
        }
    }

    /// person.xsl finds a column's cells by the column's group, so a
    /// document with two columns of one group must never be stored.
    @Test func twoColumnsOfOneGroupAreRejected() throws {
        let validator = try ReportValidator(templates: HospitalCampaign.templates)
        let xml = String(
            decoding: try ReportWriter(context: HospitalCampaign.context).personDocument(at: 0), as: UTF8.self)
        let start = try #require(xml.range(of: "<column "))
        let end = try #require(xml.range(of: "</column>"))
        let column = xml[start.lowerBound..<end.upperBound]
        let doubled = xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: column + column)
        try validator.check(Data(xml.utf8), name: "person.xml")
        let error = try #require(throws: ReportError.self) {
            try validator.check(Data(doubled.utf8), name: "person.xml")
        }
        #expect(error.code == .invalidDocument)
        #expect(error.diagnostics.contains { $0.description.contains("column-group") })
    }

    @Test func unknownSubjectsAreNamed() throws {
        let renderer = try ReportRenderer(templates: HospitalCampaign.templates)
        let error = try #require(throws: ReportError.self) {
            try renderer.personHTML("P999", context: HospitalCampaign.context)
        }
        #expect(error.code == .unknownSubject)
        #expect(error.message == "No personal report for 'P999' in campaign '2026-Q4'")
    }

    @Test func oneScorecardRendersOnItsOwnWithoutABackLink() throws {
        let renderer = try ReportRenderer(templates: HospitalCampaign.templates)
        let page = String(
            decoding: try renderer.departmentHTML("D04", context: HospitalCampaign.context), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h1><bdi>設備科</bdi></h1>"))
        #expect(!page.contains("index.html"))
    }

    @Test(arguments: [
        ("P001", "P001"), ("D-ICU", "D-ICU"), ("a/../b", "a_2F.._2Fb"), ("..", "_2E."), ("a_b", "a_5Fb"),
        ("護理", "_E8_AD_B7_E7_90_86"), ("", "_"),
    ])
    func fileNamesNeverLeaveTheirFolder(_ id: String, _ expected: String) {
        #expect(ReportVocabulary.fileName(id) == expected)
    }
}
