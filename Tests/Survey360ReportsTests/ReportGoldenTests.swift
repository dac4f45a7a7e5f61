import Foundation
import Survey360Core
import Survey360Reports
import Testing

/// The XML of the hospital campaign pinned byte for byte: any change to the
/// vocabulary, the order or the number format shows up here.
///
/// Re-record on purpose only: `RECORD_SNAPSHOTS=1 swift test --filter ReportGoldenTests`.
@Suite struct ReportGoldenTests {
    static let golden = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    enum Document: String, CaseIterable, CustomTestStringConvertible {
        case campaign, organisation, nursing = "department-D02", headNurseDirector = "person-P004",
            equipmentHead = "person-P032"

        var testDescription: String { rawValue }

        func xml(_ writer: ReportWriter) throws -> Data {
            let context = writer.context
            switch self {
            case .campaign: return try writer.campaignDocument()
            case .organisation: return try writer.organisationDocument()
            case .nursing: return try writer.departmentDocument(at: context.index(of: DepartmentID("D02"))!)
            case .headNurseDirector:
                return try writer.personDocument(at: context.index(of: PersonID("P004"))!)
            case .equipmentHead: return try writer.personDocument(at: context.index(of: PersonID("P032"))!)
            }
        }
    }

    @Test(arguments: Document.allCases)
    func documentMatchesItsGoldenFile(_ document: Document) throws {
        let data = try document.xml(ReportWriter(context: HospitalCampaign.context))
        let file = Self.golden.appending(path: "\(document.rawValue).xml")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try data.write(to: file)
        }
        let expected = try Data(contentsOf: file)
        #expect(
            data == expected,
            "\(file.lastPathComponent) differs; if the change is intended, re-record with RECORD_SNAPSHOTS=1")
    }

    @Test func sameScoresGiveTheSameBytes() throws {
        let first = ReportWriter(context: HospitalCampaign.context)
        let again = ReportWriter(context: HospitalCampaign.context)
        for index in HospitalCampaign.context.peopleRated.indices {
            #expect(try first.personDocument(at: index) == again.personDocument(at: index))
        }
        #expect(try first.campaignDocument() == again.campaignDocument())
        #expect(try first.organisationDocument() == again.organisationDocument())
    }
}
