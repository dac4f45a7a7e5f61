import Foundation
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360Storage
import Survey360Web
import Testing

/// A report source that answers for every department and person, so that
/// only the access control decides what a manager sees.
struct EveryReport: ScorecardSource {
    func departmentScorecard(campaign: CampaignID, department: DepartmentID, language: SurveyLanguage) async throws
        -> String?
    {
        "<!DOCTYPE html><html><body><h1>Scorecard \(department.rawValue) \(campaign.rawValue) \(language.rawValue)</h1></body></html>"
    }

    func personalReport(campaign: CampaignID, person: PersonID, language: SurveyLanguage) async throws -> String? {
        "<!DOCTYPE html><html><body><h1>Report \(person.rawValue)</h1></body></html>"
    }
}

@Suite struct ManagerTests {
    /// P02 李护士长 heads nursing (D-NUR), whose subtree is D-NUR and D-ICU.
    private func signedInHeadOfNursing(
        _ store: MemoryStore, _ client: some TestClientProtocol
    ) async throws -> String {
        let issued = try await CredentialIssuer(store: store, sessions: MemorySessionStore(), iterations: 1_000).issue(
            for: "P02")
        #expect(issued.name == "李护士长")
        #expect(issued.password.count == 23)
        return try #require(try await client.signIn(user: "P02", password: issued.password))
    }

    @Test func aManagerReadsTheirDepartmentItsSubtreeAndTheirOwnReportOnly() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await Fixture.setState(.closed, in: store)
        try await WebTestSupport.app(store, scorecards: EveryReport()).test(.router) { client in
            let session = try await signedInHeadOfNursing(store, client)
            let base = "/m/campaigns/2026-Q4"

            let own = try await client.get(base + "/departments/D-NUR", cookie: session)
            #expect(own.status == .ok)
            #expect(own.text.contains("<h1>Scorecard D-NUR 2026-Q4 zh-Hans</h1>"))
            #expect(try await client.get(base + "/departments/D-ICU", cookie: session).status == .ok)
            #expect(try await client.get(base + "/people/P02", cookie: session).text.contains("<h1>Report P02</h1>"))

            // Above, beside, and people other than themself: forbidden.
            for uri in [
                "/departments/D-HOS", "/departments/D-EQP", "/departments/D-NONE", "/people/P03", "/people/P01",
            ] {
                let response = try await client.get(base + uri, cookie: session)
                #expect(response.status == .forbidden, "\(uri)")
                #expect(!response.text.contains("Scorecard"))
                #expect(!response.text.contains("Report"))
            }

            let home = try await client.get("/m", cookie: session)
            #expect(home.text.contains("/m/campaigns/2026-Q4/departments/D-NUR"))
            #expect(home.text.contains("/m/campaigns/2026-Q4/departments/D-ICU"))
            #expect(!home.text.contains("D-EQP"))
            // A manager is not HR.
            #expect(try await client.get("/hr", cookie: session).status == .forbidden)
        }
        // Every scorecard that showed figures is in the audit log; refusals are not.
        let viewed = try await store.auditLog(of: Fixture.campaignID).filter { $0.action == "scorecard-viewed" }
        #expect(viewed.map(\.detail) == ["department D-NUR", "department D-ICU", "person P02"])
        #expect(viewed.allSatisfy { $0.actor == "manager P02 (web)" })
    }

    @Test func nothingIsShownBeforeTheCampaignCloses() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await WebTestSupport.app(store, scorecards: EveryReport()).test(.router) { client in
            let session = try await signedInHeadOfNursing(store, client)
            let response = try await client.get("/m/campaigns/2026-Q4/departments/D-NUR", cookie: session)
            #expect(response.status == .forbidden)
        }
    }

    @Test func theAdministratorAndStrangersCannotReadScorecards() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await Fixture.setState(.closed, in: store)
        try await WebTestSupport.app(store, scorecards: EveryReport()).test(.router) { client in
            #expect(try await client.get("/m/campaigns/2026-Q4/departments/D-NUR").status == .seeOther)
            let admin = try await client.signIn(user: "admin", password: WebTestSupport.adminPassword)
            #expect(try await client.get("/m/campaigns/2026-Q4/departments/D-NUR", cookie: admin).status == .forbidden)
        }
    }

    @Test func aNewCredentialRevokesTheOldOne() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let issuer = CredentialIssuer(store: store, sessions: MemorySessionStore(), iterations: 1_000)
        let first = try await issuer.issue(for: "P02")
        let second = try await issuer.issue(for: "P02")
        try await WebTestSupport.app(store).test(.router) { client in
            let withOld = try await client.signIn(user: "P02", password: first.password)
            #expect(withOld == nil)
            // The e-mail address works as the user name too.
            let withNew = try await client.signIn(user: "li@hospital.example", password: second.password)
            #expect(withNew != nil)
        }
        await #expect(throws: CredentialIssuer.UnknownPerson(personID: "P99")) {
            try await issuer.issue(for: "P99")
        }
    }

    @Test func aReportNotMadeYetSaysSo() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        try await Fixture.setState(.closed, in: store)
        try await WebTestSupport.app(store).test(.router) { client in
            let session = try await signedInHeadOfNursing(store, client)
            let response = try await client.get("/m/campaigns/2026-Q4/people/P02", cookie: session)
            #expect(response.status == .notFound)
            #expect(response.text.contains("报告尚未生成"))
        }
        #expect(try await store.auditLog(of: Fixture.campaignID).allSatisfy { $0.action != "scorecard-viewed" })
    }
}
