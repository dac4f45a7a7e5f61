import Foundation
import Survey360Core
import Survey360Storage
import Testing

@testable import Survey360Web

@Suite struct OrganisationCacheTests {
    /// The fixture's organisation after HR renamed the head nurse.
    static let renamed = Organisation(
        departments: Fixture.organisation.departments,
        people: Fixture.organisation.people.map { person in
            var person = person
            if person.id == "P02" { person.name = "李芳" }
            return person
        })

    @Test func theOrganisationIsReReadOnceItsCopyIsOlderThanTheLifetime() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let clock = TestClock()
        let cache = OrganisationCache(store: store, lifetime: 10, now: clock.now)
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")

        // HR renames someone: the copy stays until it is 10 seconds old.
        try await store.replaceOrganisation(Self.renamed)
        clock.advance(9)
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")
        clock.advance(2)
        #expect(try await cache.organisation().person("P02")?.name == "李芳")
    }

    @Test func aCampaignsVersionStaysWhatItWasAfterAnImport() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let cache = OrganisationCache(store: store, lifetime: 0)
        try await store.replaceOrganisation(Self.renamed)
        #expect(try await cache.organisation(version: 1).person("P02")?.name == "李护士长")
        #expect(try await cache.organisation(version: 2).person("P02")?.name == "李芳")
        #expect(try await cache.organisation().person("P02")?.name == "李芳")
        #expect(try await cache.organisation(version: 1).person("P02")?.name == "李护士长")
    }

    @Test func beforeTheFirstImportTheOrganisationIsEmpty() async throws {
        let cache = OrganisationCache(store: MemoryStore())
        let organisation = try await cache.organisation()
        #expect(organisation.people.isEmpty && organisation.departments.isEmpty)
    }

    /// A re-read that takes 20 s (a large organisation on a busy store):
    /// the copy's age counts from the end of the read, so a request 5 s
    /// later is served from it instead of reading for another 20 s (issue
    /// #10, item 8).
    @Test func theCopysAgeCountsFromTheEndOfTheRead() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        // The times the cache sees, in order: the first read ends at 0; at
        // 15 the copy is too old and a re-read starts, ending at 35; the
        // next request comes at 40.
        let times = TimeSequence([start, start + 15, start + 35, start + 40])
        let cache = OrganisationCache(store: store, lifetime: 10, now: times.next)
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")
        try await store.replaceOrganisation(Self.renamed)
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")
    }
}

/// A clock that answers the given times in order, then the last one.
final class TimeSequence: @unchecked Sendable {
    // Safe: every access to `remaining` holds `lock`.
    private let lock = NSLock()
    private var remaining: [Date]

    init(_ times: [Date]) { remaining = times }

    var next: @Sendable () -> Date {
        { self.lock.withLock { self.remaining.count > 1 ? self.remaining.removeFirst() : self.remaining[0] } }
    }
}
