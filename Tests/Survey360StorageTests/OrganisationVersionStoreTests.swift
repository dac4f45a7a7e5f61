import Foundation
import Survey360Core
import Survey360Storage
import Testing

/// Organisation versions and campaigns bound to them, on every store.
@Suite struct OrganisationVersionStoreTests {
    typealias Kind = SurveyStoreTests.Kind

    /// The fixture's organisation after P3 moved to D1 and reports to P1,
    /// P4 joined and the process lost its second stage.
    static let reorganised = Organisation(
        departments: SurveyStoreTests.organisation.departments,
        people: SurveyStoreTests.organisation.people.map { person in
            var person = person
            if person.id == "P3" {
                person.departmentID = "D1"
                person.managerID = "P1"
            }
            return person
        } + [Person(id: "P4", name: "林志豪", email: "p4@example.org", departmentID: "D2", managerID: "P2")],
        services: SurveyStoreTests.organisation.services,
        processes: [
            ProcessChain(
                id: "R", name: "報修", stages: [ProcessStage(step: 1, departmentID: "D2", personIDs: ["P2", "P3"])])
        ])

    /// Whole seconds, which every store keeps exactly.
    static let importTime = Date(timeIntervalSince1970: 1_790_000_000)
    static let files = [
        ImportedFile(name: "departments.csv", contents: Data("id,name,parent_id\n".utf8)),
        ImportedFile(name: "people.csv", contents: Data("id,name\n".utf8)),
    ]

    @Test(arguments: Kind.allCases)
    func everyChangingImportAddsAVersionAndNothingIsOverwritten(_ kind: Kind) async throws {
        let store = try await kind.makeStore()
        #expect(try await store.organisationVersions().isEmpty)
        #expect(try await store.currentOrganisationVersion() == nil)
        let first = try await store.addOrganisationVersion(
            SurveyStoreTests.organisation, files: Self.files, imported: Self.importTime)
        let expectedFirst = OrganisationVersion(
            number: 1, imported: Self.importTime, files: Self.files,
            counts: OrganisationCounts(
                people: 3, departments: 2, reportingLines: 2, services: 1, processes: 1, processStages: 2))
        #expect(first == .added(expectedFirst))

        let again = try await store.addOrganisationVersion(
            SurveyStoreTests.organisation, files: [], imported: Self.importTime.addingTimeInterval(60))
        #expect(again == .unchanged(expectedFirst))
        #expect(try await store.currentOrganisationVersion() == 1, "an unchanged import keeps the version")

        let second = try await store.addOrganisationVersion(
            Self.reorganised, files: [], imported: Self.importTime.addingTimeInterval(120))
        #expect(second.version.number == 2)
        #expect(second.version.counts.people == 4 && second.version.counts.processStages == 1)
        #expect(try await store.organisationVersions().map(\.number) == [1, 2])
        #expect(try await store.organisationVersions().first == expectedFirst)
        #expect(try await store.organisation(version: 1) == SurveyStoreTests.organisation)
        #expect(try await store.organisation(version: 2) == Self.reorganised)
        #expect(try await store.organisation() == Self.reorganised)
        #expect(try await store.currentOrganisationVersion() == 2)
        #expect(try await store.organisation(version: 3) == nil)

        // Going back to an earlier directory is a change too: a new version.
        let third = try await store.addOrganisationVersion(
            SurveyStoreTests.organisation, files: [], imported: Self.importTime.addingTimeInterval(180))
        #expect(third.version.number == 3)
        #expect(try await store.currentOrganisationVersion() == 3)
        #expect(try await store.organisation() == SurveyStoreTests.organisation)
    }

    @Test(arguments: Kind.allCases)
    func aCampaignIsBoundWhenAssignedReboundWhileADraftAndFrozenAtLaunch(_ kind: Kind) async throws {
        let store = try await SurveyStoreTests.prepared(kind, launched: false)
        let id = SurveyStoreTests.campaign.id
        #expect(try await store.campaign(id)?.organisationVersion == 1)

        try await store.replaceOrganisation(Self.reorganised)
        #expect(try await store.campaign(id)?.organisationVersion == 1, "an import does not move a campaign")
        #expect(
            try await store.organisation(for: try #require(try await store.campaign(id)))
                == SurveyStoreTests.organisation)

        try await store.replaceAssignments(SurveyStoreTests.assignments, in: id)
        #expect(try await store.campaign(id)?.organisationVersion == 2, "re-assigning binds to the current version")
        try await store.replaceAssignments(SurveyStoreTests.assignments, in: id, organisationVersion: 1)
        #expect(try await store.campaign(id)?.organisationVersion == 1, "an edit keeps the version it was made on")
        await #expect(throws: StorageError.noOrganisationVersion(7)) {
            try await store.replaceAssignments(SurveyStoreTests.assignments, in: id, organisationVersion: 7)
        }

        // Neither an update nor a launch moves the binding; after launch the
        // assignments, and so the version, are frozen.
        var campaign = try #require(try await store.campaign(id))
        campaign.organisationVersion = 2
        try await store.updateCampaign(campaign, event: AuditEvent(campaignID: id, actor: "hr", action: "edited"))
        #expect(try await store.campaign(id)?.organisationVersion == 1)
        try await store.transition(
            id, from: .draft, to: .open, event: AuditEvent(campaignID: id, actor: "hr", action: "launched"))
        await #expect(
            throws: StorageError.invalidState("Campaign '2026-Q4' is open; assignments can change only before launch")
        ) {
            try await store.replaceAssignments(SurveyStoreTests.assignments, in: id)
        }
        #expect(try await store.campaign(id)?.organisationVersion == 1)
    }

    @Test(arguments: Kind.allCases)
    func aNewCampaignIsUnboundAndAssigningNeedsAnOrganisation(_ kind: Kind) async throws {
        let store = try await kind.makeStore()
        var campaign = SurveyStoreTests.campaign
        campaign.organisationVersion = 5
        try await store.createCampaign(
            campaign, event: AuditEvent(campaignID: campaign.id, actor: "hr", action: "created"))
        #expect(try await store.campaign(campaign.id)?.organisationVersion == nil)
        await #expect(throws: StorageError.noOrganisation) {
            try await store.replaceAssignments(SurveyStoreTests.assignments, in: campaign.id)
        }
    }
}
