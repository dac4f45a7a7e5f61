import Foundation
import Survey360Core
import Survey360Storage

/// The organisation, by version: a stored version read from the store once,
/// the current one at most once per `lifetime`.
///
/// Every rater page needs a few names and languages from the organisation
/// of its campaign, and the store only hands out the whole of it: decoding
/// 1,000 people took most of a page's 16 ms in the benchmark. A stored
/// version never changes, so its copy stays good; which version is current
/// changes with an import, so a copy of the current one is kept a few
/// seconds, and servers sharing a database still agree within that delay.
actor OrganisationCache {
    private let store: any SurveyStore
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date
    private var current: (organisation: Organisation, read: Date)?
    /// The versions read, most recently used last; a few, since only the
    /// open campaigns' versions are asked for.
    private var versions: [(number: Int, organisation: Organisation)] = []
    private let versionsKept = 4

    init(store: any SurveyStore, lifetime: TimeInterval = 10, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.lifetime = lifetime
        self.now = now
    }

    /// The organisation of version `number`, or the current one for `nil`
    /// (a campaign not yet assigned) and for a version the store lacks; an
    /// empty one before the first import.
    func organisation(version number: Int? = nil) async throws -> Organisation {
        guard let number else { return try await currentOrganisation() }
        if let index = versions.firstIndex(where: { $0.number == number }) {
            let hit = versions.remove(at: index)
            versions.append(hit)
            return hit.organisation
        }
        guard let organisation = try await store.organisation(version: number) else {
            return try await currentOrganisation()
        }
        versions.append((number, organisation))
        if versions.count > versionsKept { versions.removeFirst() }
        return organisation
    }

    private func currentOrganisation() async throws -> Organisation {
        let date = now()
        if let current, date.timeIntervalSince(current.read) < lifetime { return current.organisation }
        let organisation = try await store.organisation() ?? Organisation(departments: [], people: [])
        current = (organisation, date)
        return organisation
    }
}
