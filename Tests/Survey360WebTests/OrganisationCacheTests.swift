import Foundation
import Survey360Core
import Survey360SQLite
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

    /// Two servers on one database, each with its store and cache: an
    /// import through one is on the other's very next page, with no timer to
    /// wait out (issue #12, item 4).
    @Test func anImportIsSeenByTheNextRequestOfAnotherServer() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try SQLiteStore(path: path)
        _ = try await Fixture.load(into: first)
        let second = OrganisationCache(store: try SQLiteStore(path: path))
        #expect(try await second.organisation().person("P02")?.name == "李护士长")

        try await first.replaceOrganisation(Self.renamed)
        #expect(try await second.organisation().person("P02")?.name == "李芳")
    }

    /// While the current version stays the same, its copy serves every
    /// page: an import that changes nothing, or a campaign bound to the
    /// current version, reads nothing again.
    @Test func anUnchangedVersionIsNotReadAgain() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let cache = OrganisationCache(store: store)
        for _ in 0..<20 { #expect(try await cache.organisation().person("P02")?.name == "李护士长") }
        try await store.replaceOrganisation(Fixture.organisation)
        #expect(try await cache.organisation(version: 1).person("P02")?.name == "李护士长")
        #expect(try await cache.organisation().person("P02")?.name == "李护士长")
        #expect(await cache.reads == 1)

        try await store.replaceOrganisation(Self.renamed)
        #expect(try await cache.organisation().person("P02")?.name == "李芳")
        #expect(await cache.reads == 2)
    }

    /// Pages arriving together while a version is read wait for that read.
    @Test func pagesArrivingTogetherShareOneRead() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let cache = OrganisationCache(store: store)
        let names = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<50 { group.addTask { try await cache.organisation().person("P02")?.name } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(names == Array(repeating: "李护士长", count: 50))
        #expect(await cache.reads == 1)
    }

    @Test func aCampaignsVersionStaysWhatItWasAfterAnImport() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let cache = OrganisationCache(store: store)
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
