import Foundation
import Survey360Core
import Survey360Storage

/// The organisation, by version: each stored version read from the store
/// once, and the current one found by asking the store for its number.
///
/// Every rater page needs a few names and languages from the organisation
/// of its campaign, and the store only hands out the whole of it: decoding
/// 1,000 people took most of a page's 16 ms in the benchmark. A stored
/// version never changes, so its copy stays good. Which version is current
/// changes with an `org import`, possibly through another server on the
/// same database, so every request for the current organisation asks the
/// store for the current number (one indexed lookup): the next page after
/// an import shows it, and nothing is re-read while the number stays.
actor OrganisationCache {
    private let store: any SurveyStore
    /// The versions read, most recently used last; a few, since only the
    /// current version and the open campaigns' ones are asked for.
    private var versions: [(number: Int, organisation: Organisation)] = []
    private let versionsKept = 4
    /// The reads under way, by version: every request for a version being
    /// read waits for that read instead of starting its own.
    private var loading: [Int: Task<Organisation?, any Error>] = [:]
    /// How many times a whole organisation was read from the store.
    private(set) var reads = 0

    init(store: any SurveyStore) {
        self.store = store
    }

    /// The organisation of version `number`, or the current one for `nil`
    /// (a campaign not yet assigned) and for a version the store lacks; an
    /// empty one before the first import.
    func organisation(version number: Int? = nil) async throws -> Organisation {
        if let number, let organisation = try await stored(number) { return organisation }
        guard let current = try await store.currentOrganisationVersion(),
            let organisation = try await stored(current)
        else { return Organisation(departments: [], people: []) }
        return organisation
    }

    /// Version `number`, from the copy if there is one, or `nil` if the
    /// store has no such version.
    private func stored(_ number: Int) async throws -> Organisation? {
        if let index = versions.firstIndex(where: { $0.number == number }) {
            let hit = versions.remove(at: index)
            versions.append(hit)
            return hit.organisation
        }
        if let read = loading[number] { return try await read.value }
        let read = Task { [store] in try await store.organisation(version: number) }
        loading[number] = read
        reads += 1
        defer { loading[number] = nil }
        guard let organisation = try await read.value else { return nil }
        versions.append((number, organisation))
        if versions.count > versionsKept { versions.removeFirst() }
        return organisation
    }
}
