import Foundation
import Hummingbird
import Logging
import Survey360Storage

/// Logs one line per request with every rater token replaced by
/// `(redacted)`, instead of Hummingbird's `LogRequestsMiddleware`, which
/// would write the whole URI, and with it a secret that opens a questionnaire.
///
/// The router serves `/r/<token>` under other spellings too (`//r/<token>`,
/// `/r//<token>`), and people mistype links (`/R/<token>`), so the token is
/// not looked for in one position: any run of 22 or more base64url
/// characters anywhere in the path, percent-encoded or not, is replaced.
/// Ids that long in HR's pages are redacted too, which costs nothing.
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

    /// `/r/<token>/…` becomes `/r/(redacted)/…`, wherever the token is.
    static func redactedPath(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // The current run of base64url characters: where it starts in
        // `bytes`, and how many characters it has (a `%XX` is one).
        var runStart = 0
        var runLength = 0
        func endRun(at end: Int) {
            guard runLength > 0 else { return }
            output += runLength >= RaterToken.length ? Array("(redacted)".utf8) : Array(bytes[runStart..<end])
            runLength = 0
        }
        var index = 0
        while index < bytes.count {
            // A percent-encoded byte is the character it encodes.
            var byte = bytes[index]
            var width = 1
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let decoded = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                byte = decoded
                width = 3
            }
            if Base64URL.isAlphabet(byte) {
                if runLength == 0 { runStart = index }
                runLength += 1
            } else {
                endRun(at: index)
                output += bytes[index..<index + width]
            }
            index += width
        }
        endRun(at: bytes.count)
        return String(decoding: output, as: UTF8.self)
    }
}
