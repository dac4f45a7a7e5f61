import Hummingbird
import Survey360Storage

/// Gives every store operation of a request a time limit, so that a request
/// ends, with the 503 page of ``ErrorPageMiddleware``, instead of hanging
/// when the database does not answer (see ``StorageTimeLimit``).
///
/// A page needs a few rows: thirty seconds is far beyond any answer of a
/// healthy database, even a loaded one, and short of a browser's patience.
struct StorageTimeLimitMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    static let perOperation: Duration = .seconds(30)

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await StorageTimeLimit.$perOperation.withValue(Self.perOperation) {
            try await next(request, context)
        }
    }
}
