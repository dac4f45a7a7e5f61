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
}
