import Survey360Reports

extension ReportRecorder {
    /// Scores campaign `id` and records its reports unless they are stored
    /// already, with the command line's messages for a campaign that is
    /// missing, not closed or never launched.
    ///
    /// - Parameter progress: Called with (done, total) documents.
    /// - Returns: How many documents were recorded now; `nil` when the
    ///   campaign's reports were stored already.
    func record(
        _ id: String, context: CommandContext, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Int? {
        let campaign = try await context.campaign(id)
        guard try await !isRecorded(campaign.id) else { return nil }
        let loaded = try await CampaignScoringInput.load(id, context: context)
        return try await record(loaded.reportContext(), progress: progress)
    }
}
