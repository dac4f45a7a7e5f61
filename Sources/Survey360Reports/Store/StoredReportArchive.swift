import Crypto
import Foundation
import Survey360Core
import Survey360Storage

/// A campaign's stored report documents written as a signed audit archive,
/// straight from the store: no staging copy, a page of documents in memory
/// at a time, each canonicalised and validated once by
/// ``AuditArchiveWriter``.
///
/// Documents are named flat for the archive: the stored person report
/// `people/P004` becomes `people-P004.xml`.
public struct StoredReportArchive: Sendable {
    public let store: any SurveyStore
    public let campaign: CampaignID

    public init(store: any SurveyStore, campaign: CampaignID) {
        self.store = store
        self.campaign = campaign
    }

    /// Writes the archive; on any failure, nothing of it is left.
    ///
    /// - Returns: How many documents were archived.
    /// - Throws: `ReportError` `.notReportable` when no report of the
    ///   campaign is stored, `.damaged` for a stored document whose bytes
    ///   no longer match their SHA-256; `ArchiveError` from
    ///   ``AuditArchiveWriter``.
    public func write(to directory: URL, schemas: [URL], signingKey: Curve25519.Signing.PrivateKey) async throws
        -> Int
    {
        let writer = try AuditArchiveWriter(to: directory, schemas: schemas, signingKey: signingKey)
        do {
            var count = 0
            var last: StoredReport.Key?
            while true {
                let page = try await store.storedReports(in: campaign, after: last, limit: ReportProducer.batchSize)
                guard let end = page.last?.key else { break }
                let documents = page.map { (name: Self.name(of: $0.key), data: $0.bytes) }
                try await ReportRecorder.offload {
                    // Each document's hash checked on every core, as the
                    // writer then canonicalises them.
                    let intact = WorkQueue.map(page.count) { page[$0].isIntact }
                    if let damaged = intact.firstIndex(of: false) { throw ReportRenderer.damaged(page[damaged]) }
                    try writer.add(documents)
                }
                count += page.count
                last = end
            }
            guard count > 0 else {
                throw ReportError(.notReportable, "No report of campaign '\(campaign)' is stored")
            }
            try await ReportRecorder.offload { try writer.finish() }
            return count
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The document's name in the archive.
    public static func name(of key: StoredReport.Key) -> String {
        key.file.replacingOccurrences(of: "/", with: "-") + ".xml"
    }
}
