import Hummingbird

/// Adds strict security headers to every response, error pages included.
///
/// The policy allows scripts, styles and fetches from the server's own origin
/// only (so no inline script can run even if escaping failed somewhere),
/// forbids framing (clickjacking), never sends a Referer (a rater's link
/// must not leak to another site) and, over HTTPS, pins HTTPS.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    /// The policy of a report document from the ``ScorecardSource``: the
    /// same, except that the report's own inline `<style>` may apply.
    static var reportPolicy: String {
        contentSecurityPolicy.replacingOccurrences(of: "style-src 'self'", with: "style-src 'self' 'unsafe-inline'")
    }

    let strictTransport: Bool

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        response.headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=()"
        if strictTransport {
            response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains"
        }
        return response
    }
}
