import Foundation
import Hummingbird
import Logging

/// Logs one line per request with the rater's token replaced by
/// `(redacted)`, instead of Hummingbird's `LogRequestsMiddleware`, which
/// would write the whole URI, and with it a secret that opens a questionnaire.
///
/// Query strings are left out too, and no header is logged (cookies hold
/// session ids).
struct RedactingLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let path = Self.redactedPath(request.uri.path)
        do {
            let response = try await next(request, context)
            log(request, path: path, status: response.status.code, since: start, context: context)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, path: path, status: status, since: start, context: context)
            throw error
        }
    }

    private func log(
        _ request: Request, path: String, status: Int, since start: ContinuousClock.Instant, context: Context
    ) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.log(
            level: level, "\(request.method.rawValue) \(path) \(status)",
            metadata: ["survey360.duration_ms": .string(String(format: "%.1f", milliseconds))])
    }

    /// `/r/<token>/…` becomes `/r/(redacted)/…`; every other path is kept.
    static func redactedPath(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count > 2, segments[1] == "r" else { return path }
        segments[2] = "(redacted)"
        return segments.joined(separator: "/")
    }
}
