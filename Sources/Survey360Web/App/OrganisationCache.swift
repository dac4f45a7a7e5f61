import Foundation
import Survey360Core
import Survey360Storage

/// The organisation, read from the store at most once per `lifetime`.
///
/// Every rater page needs a few names and languages from the organisation,
/// and the store only hands out the whole of it: decoding 1,000 people took
/// most of a page's 16 ms in the benchmark. The organisation changes between
/// campaigns, not during one, so a copy a few seconds old is as good as new,
/// and servers sharing a database still agree within that delay.
actor OrganisationCache {
    private let store: any SurveyStore
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: (organisation: Organisation, read: Date)?

    init(store: any SurveyStore, lifetime: TimeInterval = 10, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.lifetime = lifetime
        self.now = now
    }

    /// The read under way, which every request that finds the copy too old
    /// waits for, instead of starting a read of its own.
    private var loading: Task<Organisation, any Error>?

    /// The organisation, or an empty one before the first import.
    ///
    /// The copy's age is counted from the end of the read that made it: a
    /// read that takes longer than `lifetime` (a large organisation on a
    /// busy store) would otherwise leave a copy that is already too old, and
    /// every request would read again.
    func organisation() async throws -> Organisation {
        if let cached, now().timeIntervalSince(cached.read) < lifetime { return cached.organisation }
        if let loading { return try await loading.value }
        let task = Task { [store] in try await store.organisation() ?? Organisation(departments: [], people: []) }
        loading = task
        defer { loading = nil }
        let organisation = try await task.value
        cached = (organisation, now())
        return organisation
    }
}
