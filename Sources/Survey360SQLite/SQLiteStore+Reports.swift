import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// Report documents in the `stored_report` table of the "v3: stored
/// reports" migration. Keys compare as SQLite's default `BINARY` collation
/// does, byte by byte, which is the order ``StoredReport/Key`` defines.
extension SQLiteStore {
    public func storeReports(_ reports: [StoredReport], in campaign: CampaignID) async throws {
        guard reports.allSatisfy({ $0.campaignID == campaign }) else {
            throw StorageError.conflict("A report of another campaign cannot be stored in '\(campaign)'")
        }
        try await writer.write { db in
            try Self.requireCampaign(campaign, db)
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO stored_report (campaign_id, kind, subject, bytes, sha256) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(campaign_id, kind, subject) DO UPDATE SET bytes = excluded.bytes,
                    sha256 = excluded.sha256
                    """)
            for report in reports {
                try statement.execute(arguments: [
                    campaign.rawValue, report.key.kind.rawValue, report.key.subject, report.bytes, report.sha256,
                ])
            }
        }
    }

    public func storedReport(_ key: StoredReport.Key, in campaign: CampaignID) async throws -> StoredReport? {
        try await writer.read { db in
            try StoredReportRecord
                .fetchOne(
                    db, key: ["campaign_id": campaign.rawValue, "kind": key.kind.rawValue, "subject": key.subject])?
                .report()
        }
    }

    public func storedReports(in campaign: CampaignID, after key: StoredReport.Key?, limit: Int) async throws
        -> [StoredReport]
    {
        try await writer.read { db in
            var request = StoredReportRecord.filter(Column("campaign_id") == campaign.rawValue)
            if let key {
                request = request.filter(
                    Column("kind") > key.kind.rawValue
                        || (Column("kind") == key.kind.rawValue && Column("subject") > key.subject))
            }
            return try request.order(Column("kind"), Column("subject")).limit(max(0, limit)).fetchAll(db)
                .map { try $0.report() }
        }
    }
}
