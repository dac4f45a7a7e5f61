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

    /// The organisation, or an empty one before the first import.
    func organisation() async throws -> Organisation {
        let date = now()
        if let cached, date.timeIntervalSince(cached.read) < lifetime { return cached.organisation }
        let organisation = try await store.organisation() ?? Organisation(departments: [], people: [])
        cached = (organisation, date)
        return organisation
    }
}
