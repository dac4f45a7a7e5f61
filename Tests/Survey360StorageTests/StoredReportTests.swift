import Foundation
import Survey360Core
import Survey360Storage
import Testing

/// Stored report documents, the same on every store: replaced by key, paged
/// in key order, hashed, and kept per campaign.
@Suite struct StoredReportTests {
    typealias Kind = SurveyStoreTests.Kind

    private static let campaign = SurveyStoreTests.campaign.id

    private func prepared(_ kind: Kind) async throws -> any SurveyStore {
        let store = try await kind.makeStore()
        try await store.createCampaign(
            SurveyStoreTests.campaign, event: AuditEvent(campaignID: Self.campaign, actor: "hr", action: "created"))
        return store
    }

    private func report(_ kind: StoredReport.Kind, _ subject: String = "", _ text: String) -> StoredReport {
        StoredReport(
            campaign: Self.campaign, key: StoredReport.Key(kind, subject),
            bytes: Data("<r:\(kind.rawValue) xmlns:r=\"urn:survey360:report:1\">\(text)</r:\(kind.rawValue)>".utf8))
    }

    @Test(arguments: Kind.allCases)
    func aDocumentRoundTripsWithItsHash(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        let person = report(.person, "P2", "李小華")
        try await store.storeReports([person], in: Self.campaign)
        let stored = try #require(try await store.storedReport(person.key, in: Self.campaign))
        #expect(stored == person)
        #expect(stored.isIntact)
        #expect(stored.sha256 == StoredReport.hash(person.bytes))
        #expect(stored.sha256.count == 64)
        #expect(try await store.storedReport(StoredReport.Key(.person, "P3"), in: Self.campaign) == nil)
        #expect(try await store.storedReport(person.key, in: "2027-Q1") == nil)
    }

    @Test(arguments: Kind.allCases)
    func storingTheSameKeyAgainReplacesTheDocument(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        try await store.storeReports([report(.department, "D2", "old")], in: Self.campaign)
        let newer = report(.department, "D2", "new")
        try await store.storeReports([newer], in: Self.campaign)
        #expect(try await store.storedReport(newer.key, in: Self.campaign) == newer)
        #expect(try await store.storedReports(in: Self.campaign, after: nil, limit: 10) == [newer])
    }

    @Test(arguments: Kind.allCases)
    func pagesFollowTheKeyOrder(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        // Stored out of order, with subjects whose byte order differs from
        // their length order and a non-ASCII one that sorts last.
        let documents = [
            report(.person, "P10", "a"), report(.organisation, "", "b"), report(.department, "護理部", "c"),
            report(.person, "P2", "d"), report(.campaign, "", "e"), report(.department, "D1", "f"),
        ]
        try await store.storeReports(Array(documents.prefix(3)), in: Self.campaign)
        try await store.storeReports(Array(documents.suffix(3)), in: Self.campaign)
        var paged: [StoredReport] = []
        var last: StoredReport.Key?
        while true {
            let page = try await store.storedReports(in: Self.campaign, after: last, limit: 4)
            guard !page.isEmpty else { break }
            #expect(page.count <= 4)
            paged += page
            last = page.last?.key
        }
        #expect(
            paged.map(\.key.description) == [
                "campaign", "department 'D1'", "department '護理部'", "organisation", "person 'P10'", "person 'P2'",
            ])
        #expect(paged.map(\.key) == documents.map(\.key).sorted())
    }

    @Test(arguments: Kind.allCases)
    func documentsBelongToAnExistingCampaign(_ kind: Kind) async throws {
        let store = try await prepared(kind)
        await #expect(throws: StorageError.notFound("No campaign '2027-Q1'")) {
            try await store.storeReports([], in: "2027-Q1")
        }
        await #expect(throws: StorageError.self) {
            try await store.storeReports([self.report(.campaign, "", "x")], in: "2027-Q1")
        }
        #expect(try await store.storedReports(in: Self.campaign, after: nil, limit: 10).isEmpty)
    }

    @Test func aChangedDocumentIsNoLongerIntact() {
        let stored = report(.person, "P2", "4.5")
        let changed = StoredReport(
            campaign: stored.campaignID, key: stored.key, bytes: Data("<x>5.0</x>".utf8), sha256: stored.sha256)
        #expect(stored.isIntact)
        #expect(!changed.isIntact)
    }
}
