import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// A row of `stored_report`: one validated report document and its SHA-256.
struct StoredReportRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stored_report"

    var campaignID: String
    var kind: String
    var subject: String
    var bytes: Data
    var sha256: String

    enum CodingKeys: String, CodingKey {
        case campaignID = "campaign_id"
        case kind, subject, bytes, sha256
    }

    init(_ report: StoredReport) {
        campaignID = report.campaignID.rawValue
        kind = report.key.kind.rawValue
        subject = report.key.subject
        bytes = report.bytes
        sha256 = report.sha256
    }

    /// - Throws: ``StorageError`` `.corrupt` for a kind no version wrote.
    func report() throws -> StoredReport {
        guard let kind = StoredReport.Kind(rawValue: kind) else {
            throw StorageError.corrupt("unknown report kind '\(kind)'")
        }
        return StoredReport(
            campaign: CampaignID(campaignID), key: StoredReport.Key(kind, subject), bytes: bytes, sha256: sha256)
    }
}
