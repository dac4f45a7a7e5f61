import Hummingbird

/// Why a request was refused, as the page the visitor sees.
///
/// A struct over a private code, like the other modules' errors. It carries
/// no token, no answers and no rater identity: only which page to show.
public struct WebError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Code: Hashable, Sendable {
        case notFound, gone, notOpen, forbidden, tooManyRequests, alreadySubmitted, badRequest, signInRequired
    }

    let code: Code

    static let notFound = WebError(code: .notFound)
    static let gone = WebError(code: .gone)
    static let notOpen = WebError(code: .notOpen)
    static let forbidden = WebError(code: .forbidden)
    static let tooManyRequests = WebError(code: .tooManyRequests)
    static let alreadySubmitted = WebError(code: .alreadySubmitted)
    static let badRequest = WebError(code: .badRequest)
    static let signInRequired = WebError(code: .signInRequired)

    var status: HTTPResponse.Status {
        switch code {
        case .notFound, .notOpen: .notFound
        case .gone: .gone
        case .forbidden: .forbidden
        case .tooManyRequests: .tooManyRequests
        case .alreadySubmitted: .conflict
        case .badRequest: .badRequest
        case .signInRequired: .seeOther
        }
    }

    public var description: String { "Web request refused (\(status.code))" }
}
