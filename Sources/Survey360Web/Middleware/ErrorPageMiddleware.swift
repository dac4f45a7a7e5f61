import Hummingbird
import Logging
import Survey360Core
import Survey360Storage

/// Turns every error into a page a person can read, in their language, with
/// the right status, and never a stack trace or an internal message.
///
/// Unexpected errors are logged by type only: a storage error's message may
/// name a campaign, but nothing that reaches the log names a rater or a token.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            if error.code == .signInRequired {
                return Response(status: .seeOther, headers: [.location: "/signin"])
            }
            return Self.page(for: error, language: request.preferredLanguage)
        } catch StorageError.alreadySubmitted {
            return Self.page(for: .alreadySubmitted, language: request.preferredLanguage)
        } catch let error as StorageError where error.isUnavailable {
            // The database is restarting or unreachable: say so at once, and
            // when to come back, rather than a generic error (or a hang).
            let strings = UIStrings(request.preferredLanguage)
            var response = Self.page(
                strings.unavailableTitle, strings.unavailableBody, strings, status: .serviceUnavailable)
            response.headers[.retryAfter] = "30"
            return response
        } catch let error as StorageError where error.isInvalidState {
            // The campaign closed while the request was in flight: the store
            // refused the write inside its transaction.
            return Self.page(for: .gone, language: request.preferredLanguage)
        } catch let error as any HTTPResponseError {
            let mapped: WebError? =
                switch error.status {
                case .notFound: .notFound
                case .contentTooLarge: nil
                case .methodNotAllowed, .badRequest, .unsupportedMediaType: .badRequest
                default: nil
                }
            if let mapped { return Self.page(for: mapped, language: request.preferredLanguage) }
            let strings = UIStrings(request.preferredLanguage)
            if error.status == .contentTooLarge {
                return Self.page(strings.tooLargeTitle, strings.tooLargeBody, strings, status: .contentTooLarge)
            }
            return Self.page(strings.serverErrorTitle, strings.serverErrorBody, strings, status: error.status)
        } catch {
            context.logger.error(
                "Request failed", metadata: ["error.type": .string(String(describing: type(of: error)))])
            let strings = UIStrings(request.preferredLanguage)
            return Self.page(strings.serverErrorTitle, strings.serverErrorBody, strings, status: .internalServerError)
        }
    }

    static func page(for error: WebError, language: SurveyLanguage) -> Response {
        let strings = UIStrings(language)
        let (title, body): (String, String) =
            switch error.code {
            case .notFound: (strings.notFoundTitle, strings.notFoundBody)
            case .gone: (strings.goneTitle, strings.goneBody)
            case .notOpen: (strings.notOpenTitle, strings.notOpenBody)
            case .forbidden, .signInRequired: (strings.forbiddenTitle, strings.forbiddenBody)
            case .tooManyRequests: (strings.tooManyTitle, strings.tooManyBody)
            case .alreadySubmitted: (strings.conflictTitle, strings.conflictBody)
            case .badRequest: (strings.badRequestTitle, strings.badRequestBody)
            }
        return page(title, body, strings, status: error.status)
    }

    static func page(_ title: String, _ body: String, _ strings: UIStrings, status: HTTPResponse.Status) -> Response {
        Page(
            title: title, language: strings.language,
            body: "<section class=\"notice\"><h1>\(title)</h1><p>\(body)</p></section>"
        ).response(status: status)
    }
}
