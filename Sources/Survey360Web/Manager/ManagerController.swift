import Foundation
import Hummingbird
import Survey360Core
import Survey360Storage

/// Managers' pages, once a campaign has closed: the list of what they may
/// read, and the scorecards themselves, from the ``ScorecardSource``.
struct ManagerController: Sendable {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/m") { request, _ in try await home(request) }
        router.get("/m/campaigns/:campaign/departments/:department") { request, context in
            try await departmentScorecard(request, context)
        }
        router.get("/m/campaigns/:campaign/people/:person") { request, context in
            try await personalReport(request, context)
        }
    }

    /// The signed-in manager and what they may read.
    ///
    /// - Throws: ``WebError`` `.signInRequired` without a session,
    ///   `.forbidden` for the administrator or a person no longer in the
    ///   organisation.
    private func signedInManager(_ request: Request) async throws -> (Session, ManagerAccess, Organisation) {
        guard let session = try await services.session(of: request) else { throw WebError.signInRequired }
        // The current version, exactly: the cache asks the store which one
        // that is, so a manager moved by an import has the new rights at once.
        let organisation = try await services.organisation.organisation()
        guard case .manager(let id) = session.principal, let manager = organisation.person(id) else {
            throw WebError.forbidden
        }
        return (session, ManagerAccess(manager: manager, organisation: organisation), organisation)
    }

    /// A campaign whose reports may be read: closed or archived.
    private func closedCampaign(_ context: WebRequestContext) async throws -> Campaign {
        let id = CampaignID(try context.parameters.decoded("campaign"))
        guard let campaign = try await services.store.campaign(id) else { throw WebError.notFound }
        guard campaign.state == .closed || campaign.state == .archived else { throw WebError.forbidden }
        return campaign
    }

    @Sendable func home(_ request: Request) async throws -> Response {
        let (session, access, organisation) = try await signedInManager(request)
        let strings = UIStrings(access.manager.language ?? request.preferredLanguage)
        let closed = try await services.store.campaigns().filter { $0.state == .closed || $0.state == .archived }
        let sections = closed.reversed().map { campaign -> HTML in
            let base = "/m/campaigns/\(Self.segment(campaign.id.rawValue))"
            let departments = access.departments.map { id -> HTML in
                let name = organisation.department(id)?.name ?? id.rawValue
                return
                    "<li><a href=\"\(base)/departments/\(Self.segment(id.rawValue))\">\(strings.departmentScorecard)\(strings.colon)\(HTML.isolated(name))</a></li>"
            }
            return """
                <section><h2>\(campaign.title)</h2><ul class="reports">\
                <li><a href="\(base)/people/\(Self.segment(access.manager.id.rawValue))">\(strings.personalReport)\(strings.colon)\
                \(HTML.isolated(access.manager.name))</a></li>\(departments)</ul></section>
                """
        }
        let body: HTML = """
            <h1>\(strings.reportsTitle)</h1>
            \(closed.isEmpty ? "<p>\(strings.noCampaigns)</p>" : HTML.empty)
            \(sections)
            """
        return Page(
            title: strings.reportsTitle, language: strings.language, body: body,
            signOut: (session.csrfToken, strings.signOutButton)
        ).response()
    }

    @Sendable func departmentScorecard(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (_, access, _) = try await signedInManager(request)
        let department = DepartmentID(try context.parameters.decoded("department"))
        guard access.mayReadScorecard(of: department) else { throw WebError.forbidden }
        let campaign = try await closedCampaign(context)
        let language = access.manager.language ?? campaign.language
        let html = try await services.scorecards.departmentScorecard(
            campaign: campaign.id, department: department, language: language)
        try await audit(html, campaign: campaign.id, access: access, subject: "department \(department)")
        return try report(html, language: language)
    }

    @Sendable func personalReport(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (_, access, _) = try await signedInManager(request)
        let person = PersonID(try context.parameters.decoded("person"))
        guard access.mayReadReport(of: person) else { throw WebError.forbidden }
        let campaign = try await closedCampaign(context)
        let language = access.manager.language ?? campaign.language
        let html = try await services.scorecards.personalReport(
            campaign: campaign.id, person: person, language: language)
        try await audit(html, campaign: campaign.id, access: access, subject: "person \(person)")
        return try report(html, language: language)
    }

    /// Logs that a manager saw a scorecard's figures (a page that is not
    /// made yet reveals nothing and is not logged).
    private func audit(_ html: String?, campaign: CampaignID, access: ManagerAccess, subject: String) async throws {
        guard html != nil else { return }
        try await services.store.appendAuditEvent(
            AuditEvent(
                campaignID: campaign, actor: "manager \(access.manager.id) (web)", action: "scorecard-viewed",
                detail: subject))
    }

    /// The report document as is, or a "not made yet" page.
    private func report(_ html: String?, language: SurveyLanguage) throws -> Response {
        guard let html else {
            let strings = UIStrings(language)
            return ErrorPageMiddleware.page(strings.personalReport, strings.reportNotReady, strings, status: .notFound)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<WebRequestContext>.reportPolicy
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// An id as one path segment.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
