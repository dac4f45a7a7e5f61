import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// Report documents in `stored_report`, as on SQLite. Keys are in the `"C"`
/// collation, which compares byte by byte as SQLite's `BINARY` does: the
/// order ``StoredReport/Key`` defines, so that pages follow one another on
/// both backends.
extension PostgreSQLStore {
    public func storeReports(_ reports: [StoredReport], in campaign: CampaignID) async throws {
        guard reports.allSatisfy({ $0.campaignID == campaign }) else {
            throw StorageError.conflict("A report of another campaign cannot be stored in '\(campaign)'")
        }
        try await database.write { connection in
            _ = try await CampaignRow.require(campaign, lock: .share, on: connection, logger: Self.logger)
            // One statement per document: documents are up to megabytes,
            // and travel as bytes rather than as text.
            for report in reports {
                try await connection.query(
                    """
                    INSERT INTO stored_report (campaign_id, kind, subject, bytes, sha256)
                    VALUES (\(campaign.rawValue), \(report.key.kind.rawValue), \(report.key.subject), \(report.bytes),
                        \(report.sha256))
                    ON CONFLICT (campaign_id, kind, subject) DO UPDATE
                        SET bytes = excluded.bytes, sha256 = excluded.sha256
                    """, logger: Self.logger)
            }
        }
    }

    public func storedReport(_ key: StoredReport.Key, in campaign: CampaignID) async throws -> StoredReport? {
        try await reports(
            in: campaign,
            """
            SELECT kind, subject, bytes, sha256 FROM stored_report
            WHERE campaign_id = \(campaign.rawValue) AND kind = \(key.kind.rawValue) AND subject = \(key.subject)
            """
        ).first
    }

    public func storedReports(in campaign: CampaignID, after key: StoredReport.Key?, limit: Int) async throws
        -> [StoredReport]
    {
        let kind = key?.kind.rawValue
        let subject = key?.subject
        return try await reports(
            in: campaign,
            """
            SELECT kind, subject, bytes, sha256 FROM stored_report
            WHERE campaign_id = \(campaign.rawValue)
                AND (\(kind)::text IS NULL OR (kind, subject) > (\(kind)::text, \(subject)::text))
            ORDER BY kind, subject LIMIT \(max(0, limit))
            """)
    }

    private func reports(in campaign: CampaignID, _ query: PostgresQuery) async throws -> [StoredReport] {
        try await database.read { connection in
            var reports: [StoredReport] = []
            for try await (kind, subject, bytes, sha256) in try await connection.query(query, logger: Self.logger)
                .decode((String, String, Data, String).self)
            {
                guard let kind = StoredReport.Kind(rawValue: kind) else {
                    throw StorageError.corrupt("unknown report kind '\(kind)'")
                }
                reports.append(
                    StoredReport(campaign: campaign, key: StoredReport.Key(kind, subject), bytes: bytes, sha256: sha256)
                )
            }
            return reports
        }
    }
}
