import Crypto
import Foundation
import Survey360Core
import Survey360Reports
import Survey360Storage
import Survey360XML
import Testing

/// Recording a report set batch by batch, the next batch written while the
/// store takes the one before.
@Suite struct ReportRecorderTests {
    static let context = HospitalCampaign.context
    static let batchSize = 4

    /// A copy of the templates whose report schema refuses the personal
    /// report of `person`: `person/@id` may be any other person rated.
    final class RefusingTemplates {
        let url: URL
        let directory: TemplateDirectory

        init(refusing person: PersonID) throws {
            url = FileManager.default.temporaryDirectory.appending(path: "survey360-refusing-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: HospitalCampaign.templates.url, to: url)
            let schema = url.appending(path: "schemas/report.xsd")
            let text = String(decoding: try Data(contentsOf: schema), as: UTF8.self)
            let allowed = ReportRecorderTests.context.peopleRated.filter { $0 != person }
                .map { #"<xs:enumeration value="\#($0.rawValue)"/>"# }.joined()
            let original = """
                <xs:element name="person">
                          <xs:complexType>
                            <xs:attribute name="id" type="Identifier" use="required"/>
                """
            let refusing = """
                <xs:element name="person">
                          <xs:complexType>
                            <xs:attribute name="id" use="required">
                              <xs:simpleType><xs:restriction base="xs:string">\(allowed)</xs:restriction></xs:simpleType>
                            </xs:attribute>
                """
            guard text.contains(original) else { throw CocoaError(.fileReadCorruptFile) }
            try Data(text.replacingOccurrences(of: original, with: refusing).utf8).write(to: schema)
            directory = TemplateDirectory(url: url)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func recorder(_ templates: TemplateDirectory) async throws -> (ReportRecorder, MemoryStore) {
        let store = MemoryStore()
        try await store.createCampaign(
            context.campaign, event: AuditEvent(campaignID: context.campaign.id, actor: "hr", action: "created"))
        let keyFile = FileManager.default.temporaryDirectory.appending(path: "survey360-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: keyFile) }
        let recorder = ReportRecorder(
            store: store, validator: try ReportValidator(templates: templates),
            pseudonyms: try RaterPseudonyms.key(at: keyFile))
        return (recorder, store)
    }

    static func storedKeys(_ store: MemoryStore) async throws -> Set<StoredReport.Key> {
        let stored = try await store.storedReports(in: context.campaign.id, after: nil, limit: 100_000)
        return Set(stored.map(\.key))
    }

    @Test func everyBatchIsStoredWithTheCampaignDocumentLast() async throws {
        let (recorder, store) = try await Self.recorder(HospitalCampaign.templates)
        let count = try await recorder.record(Self.context, batchSize: Self.batchSize)
        let keys = try await Self.storedKeys(store)
        #expect(count == 2 + Self.context.departments.count + Self.context.peopleRated.count)
        #expect(keys.count == count)
        #expect(keys.contains(StoredReport.Key(.campaign)))
        #expect(try await recorder.isRecorded(Self.context.campaign.id))
    }

    /// A personal report the schema refuses, the second of its batch, in a
    /// batch after the first with people: the batches before it are stored
    /// and handed on, nothing of its own batch or after it, and the set is
    /// not complete.
    @Test func aRefusedDocumentStopsTheRunWithNothingOfItsBatchStored() async throws {
        // Jobs: the organisation, the departments, then the people.
        let firstPersonJob = 1 + Self.context.departments.count
        let refusedBatch = firstPersonJob / Self.batchSize + 1
        let refusedJob = refusedBatch * Self.batchSize + 1
        let refused = Self.context.peopleRated[refusedJob - firstPersonJob]
        let templates = try RefusingTemplates(refusing: refused)
        let (recorder, store) = try await Self.recorder(templates.directory)
        var handedOn: [StoredReport.Key] = []
        let error = try await #require(throws: ReportError.self) {
            try await recorder.record(
                Self.context, batchSize: Self.batchSize, stored: { page in handedOn += page.map(\.key) })
        }
        #expect(error.code == .invalidDocument)
        #expect(error.message.contains(ReportVocabulary.personFile(refused.rawValue)))
        let keys = try await Self.storedKeys(store)
        #expect(keys.count == refusedBatch * Self.batchSize)
        // Every batch stored, and only those, was handed on, in order.
        #expect(Set(handedOn) == keys)
        #expect(handedOn.count == keys.count)
        #expect(!keys.contains(StoredReport.Key(.person, refused.rawValue)))
        #expect(!keys.contains(StoredReport.Key(.campaign)))
        #expect(try await !recorder.isRecorded(Self.context.campaign.id))
    }

    /// A stored document changed since it was recorded (its bytes no
    /// longer match their hash) is never archived: the run stops, naming
    /// it, and leaves no archive.
    @Test func aDamagedStoredDocumentIsNeverArchived() async throws {
        let (recorder, store) = try await Self.recorder(HospitalCampaign.templates)
        try await recorder.record(Self.context, batchSize: Self.batchSize)
        let campaign = Self.context.campaign.id
        let person = StoredReport.Key(.person, Self.context.peopleRated.last!.rawValue)
        let stored = try #require(try await store.storedReport(person, in: campaign))
        let changed = String(decoding: stored.bytes, as: UTF8.self).replacingOccurrences(of: "n=\"", with: "n=\"1")
        #expect(changed.utf8.count > stored.bytes.count)
        try await store.storeReports(
            [StoredReport(campaign: campaign, key: person, bytes: Data(changed.utf8), sha256: stored.sha256)],
            in: campaign)
        let directory = FileManager.default.temporaryDirectory.appending(path: "survey360-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try await #require(throws: ReportError.self) {
            try await StoredReportArchive(store: store, campaign: campaign).write(
                to: directory, schemas: [HospitalCampaign.templates.schema(named: "report.xsd")],
                signingKey: Curve25519.Signing.PrivateKey())
        }
        #expect(error.code == .damaged)
        #expect(error.message.contains(person.description))
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }
}
