import Foundation
import Survey360Core
import Survey360Storage

extension ReportFolder {
    /// Writes a recorded campaign's documents from the store, a page of
    /// documents at a time, then makes the folder durable.
    ///
    /// - Parameters:
    ///   - campaign: A campaign whose reports ``ReportRecorder`` stored.
    ///   - store: Where they are.
    ///   - selection: Everything, or some people and departments.
    ///   - progress: Called with the number of documents done so far.
    /// - Throws: `ReportError` `.unknownSubject` for a person or department
    ///   without a stored report, `.damaged`, `.rendering` or `.output`
    ///   from ``write(_:)``.
    public func write(
        _ campaign: CampaignID, from store: any SurveyStore, selection: ReportPublisher.Selection = .everything,
        progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> ReportPublisher.Summary {
        var summary = ReportPublisher.Summary()
        func add(_ page: [StoredReport]) async throws {
            try await write(page, adding: &summary)
            progress?(summary.documents)
        }
        if selection.isEverything {
            var last: StoredReport.Key?
            while true {
                let page = try await store.storedReports(
                    in: campaign, after: last, limit: ReportProducer.batchSize)
                guard let end = page.last?.key else { break }
                try await add(page)
                last = end
            }
        } else {
            let keys =
                (selection.departments ?? []).map { StoredReport.Key(.department, $0.rawValue) }
                + (selection.people ?? []).map { StoredReport.Key(.person, $0.rawValue) }
            var page: [StoredReport] = []
            for key in keys {
                guard let report = try await store.storedReport(key, in: campaign) else {
                    throw ReportError(.unknownSubject, Self.noReport(key, campaign))
                }
                page.append(report)
                if page.count == ReportProducer.batchSize {
                    try await add(page)
                    page = []
                }
            }
            try await add(page)
        }
        try await ReportRecorder.offload { try self.finish() }
        return summary
    }

    /// Writes a page of documents off the caller's thread (on every core)
    /// and counts them into `summary`: for ``write(_:from:selection:progress:)``
    /// and for a caller that writes a campaign's documents as
    /// ``ReportRecorder`` stores them, then calls ``finish()``.
    public func write(_ page: [StoredReport], adding summary: inout ReportPublisher.Summary) async throws {
        let written = try await ReportRecorder.offload { try self.write(page) }
        summary.documents += page.count
        summary.files += written.files
        summary.bytes += written.bytes
    }

    private static func noReport(_ key: StoredReport.Key, _ campaign: CampaignID) -> String {
        key.kind == .person
            ? "No personal report for '\(key.subject)' in campaign '\(campaign)'"
            : "No scorecard for department '\(key.subject)' in campaign '\(campaign)'"
    }
}
