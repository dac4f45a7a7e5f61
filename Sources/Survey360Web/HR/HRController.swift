import Foundation
import Hummingbird
import Survey360Core
import Survey360Storage

/// HR's pages: the campaigns, each campaign's progress and audit log, and
/// issuing managers' credentials. Administrator only.
struct HRController: Sendable {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/hr") { request, _ in try await campaigns(request) }
        router.get("/hr/campaigns/:id") { request, context in try await progress(request, context) }
        router.post("/hr/credentials") { request, context in try await issue(request, context) }
    }

    @Sendable func campaigns(_ request: Request) async throws -> Response {
        let session = try await services.requireAdministrator(request)
        let strings = UIStrings(request.preferredLanguage)
        let campaigns = try await services.store.campaigns()
        let rows = campaigns.map { campaign -> HTML in
            let link = "/hr/campaigns/\(ManagerController.segment(campaign.id.rawValue))"
            return
                "<li><a href=\"\(link)\">\(campaign.title)</a> <span class=\"state\">\(strings.state(campaign.state))</span></li>"
        }
        let body: HTML = """
            <h1>\(strings.campaignsTitle)</h1>
            <ul class="campaigns">\(rows)</ul>
            \(HRPages.issueForm(strings, csrf: session.csrfToken))
            """
        return Page(
            title: strings.campaignsTitle, language: strings.language, body: body,
            signOut: (session.csrfToken, strings.signOutButton)
        ).response()
    }

    @Sendable func progress(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let session = try await services.requireAdministrator(request)
        let strings = UIStrings(request.preferredLanguage)
        let id = CampaignID(try context.parameters.decoded("id"))
        guard let campaign = try await services.store.campaign(id) else { throw WebError.notFound }
        let organisation = try await services.organisation.organisation(version: campaign.organisationVersion)
        let (progress, taken) = try await services.progress.progress(of: id, organisation: organisation)
        let log = try await services.store.auditLog(of: id)
        let body = HRPages.progress(
            campaign: campaign, progress: progress, takenAt: taken, log: log, strings: strings)
        return Page(
            title: strings.progressTitle(campaign.title), language: strings.language, body: body,
            signOut: (session.csrfToken, strings.signOutButton)
        ).response()
    }

    /// Issues a manager's credential from the form on `/hr`; the password is
    /// shown once, on the response page, and stored only as a hash.
    @Sendable func issue(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let session = try await services.requireAdministrator(request)
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        try services.verifyCSRF(form, session: session)
        let strings = UIStrings(request.preferredLanguage)
        let id = (form["person"] ?? "").trimmingCharacters(in: .whitespaces)
        let message: HTML
        var status = HTTPResponse.Status.ok
        do {
            let issued = try await CredentialIssuer(
                store: services.store, sessions: services.sessions,
                iterations: services.configuration.passwordIterations
            ).issue(for: PersonID(id))
            message = """
                <p class="saved" role="status">\(strings.issued(issued.name))</p>\
                <p class="password"><code>\(issued.password)</code></p>
                """
        } catch is CredentialIssuer.UnknownPerson {
            message = "<p class=\"error\" role=\"alert\">\(strings.unknownPerson(id))</p>"
            status = .unprocessableContent
        }
        let body: HTML = """
            <h1>\(strings.issueHeading)</h1>
            \(message)
            <p><a href="/hr">\(strings.campaignsTitle)</a></p>
            """
        return Page(
            title: strings.issueHeading, language: strings.language, body: body,
            signOut: (session.csrfToken, strings.signOutButton)
        ).response(status: status)
    }
}
