import Hummingbird
import Survey360Core
import Survey360Storage

/// The rater's pages at `/r/<token>`: the link is the rater's only
/// credential, so there is no sign-in, and no CSRF token is needed either (a
/// forged form from another site would have to know the secret link).
struct RaterController: Sendable {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/r/:token") { request, context in try await list(request, context) }
        router.get("/r/:token/:number") { request, context in try await show(request, context) }
        router.post("/r/:token/:number") { request, context in try await answer(request, context) }
    }

    private func visit(_ context: WebRequestContext) async throws -> RaterVisit {
        try await RaterVisit.resolve(
            context.parameters.require("token"), client: context.rateLimitKey, services: services)
    }

    private func pages(_ visit: RaterVisit, _ context: WebRequestContext) async throws -> RaterPages {
        let organisation = try await services.organisation.organisation(version: visit.campaign.organisationVersion)
        return RaterPages(
            visit: visit, organisation: organisation, base: "/r/\(try context.parameters.require("token"))")
    }

    @Sendable func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(context)
        let statuses = try await services.store.responseStatuses(in: visit.campaign.id)
        return try await pages(visit, context).list(statuses: statuses).response()
    }

    @Sendable func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(context)
        let number = try context.parameters.require("number")
        let assignment = try visit.assignment(number: number)
        let response = try await services.store.response(for: assignment.pair, in: visit.campaign.id)
        let pages = try await pages(visit, context)
        let saved = request.uri.queryParameters["saved"] != nil && response?.isSubmitted != true
        let message: HTML = saved ? "<p class=\"saved\" role=\"status\">\(pages.strings.draftSavedMessage)</p>" : .empty
        return pages.questionnaire(number: Int(number)!, assignment: assignment, response: response, message: message)
            .response()
    }

    /// Saves a draft or submits: `action=save` keeps a draft (also what the
    /// autosave script posts), `action=submit` makes the answers final if
    /// every item has a score or "cannot judge".
    @Sendable func answer(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(context)
        do {
            return try await store(request, context, visit)
        } catch StorageError.alreadySubmitted {
            // Said in the rater's language, which the error middleware cannot know.
            let language = try await pages(visit, context).language
            return ErrorPageMiddleware.page(for: .alreadySubmitted, language: language)
        }
    }

    private func store(_ request: Request, _ context: WebRequestContext, _ visit: RaterVisit) async throws -> Response {
        let number = try context.parameters.require("number")
        let assignment = try visit.assignment(number: number)
        let form = try await FormData.read(request, limit: services.configuration.maximumRequestBytes)
        let answers = try AnswerForm(
            form, questionnaire: visit.questionnaire,
            maximumCommentLength: services.configuration.maximumCommentLength)
        let response = Survey360Core.Response(
            rater: assignment.raterID, ratee: assignment.rateeID, ratings: answers.ratings, comments: answers.comments)
        let isAutosave = request.headers[.survey360Autosave] != nil
        let location = "/r/\(try context.parameters.require("token"))/\(number)"

        if answers.action == .submit && !isAutosave {
            let missing = answers.missingCount(in: visit.questionnaire)
            if missing == 0 {
                try await services.store.submit(response, in: visit.campaign.id)
                return Response(status: .seeOther, headers: [.location: location])
            }
            try await services.store.saveDraft(response, in: visit.campaign.id)
            let pages = try await pages(visit, context)
            let message: HTML = "<p class=\"error\" role=\"alert\">\(pages.strings.missingAnswers(missing))</p>"
            return pages.questionnaire(
                number: Int(number)!, assignment: assignment, response: response, message: message
            ).response(status: .unprocessableContent)
        }
        try await services.store.saveDraft(response, in: visit.campaign.id)
        if isAutosave { return Response(status: .noContent) }
        return Response(status: .seeOther, headers: [.location: "\(location)?saved=1"])
    }
}
