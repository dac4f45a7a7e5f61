import Foundation
import Survey360Core
import Survey360Storage

/// HR's progress counts, taken at most once per period of `interval`
/// seconds (an hour by default) and shown unchanged until the next period.
///
/// Counts that follow every submission let two loads a minute apart, with
/// the assignments HR already has, tell who just answered and about whom;
/// a count that moves once an hour mixes the submissions of the hour.
/// Periods are aligned to the clock (whole hours for an hour), so every
/// load within one period sees the same snapshot.
actor ProgressSnapshots {
    private let store: any SurveyStore
    private let interval: TimeInterval
    private let now: @Sendable () -> Date
    private var snapshots: [CampaignID: (period: Int, taken: Date, progress: CampaignProgress)] = [:]

    init(store: any SurveyStore, interval: TimeInterval, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.interval = max(1, interval)
        self.now = now
    }

    /// The campaign's progress as of this period's snapshot, and when that
    /// snapshot was taken.
    func progress(of campaign: CampaignID, organisation: Organisation) async throws -> (
        progress: CampaignProgress, taken: Date
    ) {
        let date = now()
        let period = Int((date.timeIntervalSince1970 / interval).rounded(.down))
        if let snapshot = snapshots[campaign], snapshot.period == period {
            return (snapshot.progress, snapshot.taken)
        }
        let progress = CampaignProgress(
            organisation: organisation, assignments: try await store.assignments(in: campaign),
            statuses: try await store.responseStatuses(in: campaign))
        snapshots[campaign] = (period, date, progress)
        return (progress, date)
    }
}
