import Survey360Reports
import Survey360Storage

extension ReportRecorder {
    /// Scores campaign `id` and records its reports unless they are stored
    /// already, with the command line's messages for a campaign that is
    /// missing, not closed or never launched.
    ///
    /// - Parameters:
    ///   - progress: Called with (done, total) documents.
    ///   - stored: Called with each batch once it is stored (see
    ///     ``ReportRecorder/record(_:progress:stored:)``).
    /// - Returns: How many documents were recorded now; `nil` when the
    ///   campaign's reports were stored already.
    func record(
        _ id: String, context: CommandContext, progress: (@Sendable (Int, Int) -> Void)? = nil,
        stored: ([StoredReport]) async throws -> Void = { _ in }
    ) async throws -> Int? {
        let campaign = try await context.campaign(id)
        guard try await !isRecorded(campaign.id) else { return nil }
        let loaded = try await CampaignScoringInput.load(id, context: context)
        return try await record(loaded.reportContext(), progress: progress, stored: stored)
    }
}
