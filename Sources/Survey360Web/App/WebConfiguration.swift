import Foundation
import Survey360Core

/// How the web server runs: where it listens, who may sign in as HR, and the
/// limits that protect it.
///
/// ```swift
/// var configuration = try WebConfiguration(environment: ProcessInfo.processInfo.environment)
/// configuration.port = 8080
/// ```
public struct WebConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// The administrator's user name on the sign-in form.
    public var administratorName: String = "admin"
    /// The administrator's password hash; without one, nobody can sign in as
    /// HR (raters and managers are unaffected).
    public var administratorPasswordHash: PasswordHash?
    /// Marks the session cookie `Secure` (and names it `__Host-…`) and sends
    /// HSTS: set it whenever the server is reached over HTTPS.
    public var secureCookies: Bool = false
    /// The folder with the stylesheet and the autosave script.
    public var assetsDirectory: String = "templates/web"
    /// The largest request body accepted; a questionnaire with long comments
    /// is a few kilobytes.
    public var maximumRequestBytes: Int = 64 * 1024
    /// The longest comment kept, in characters: the limit of a responses
    /// file too.
    public var maximumCommentLength: Int = InputLimits.commentCharacters
    /// Failed attempts (unknown links, wrong passwords) allowed per client
    /// address within `failureWindow` seconds.
    public var maximumFailedAttempts: Int = 10
    public var failureWindow: TimeInterval = 15 * 60
    /// The PBKDF2 work factor of the managers' credentials HR issues.
    public var passwordIterations: Int = PasswordHash.defaultIterations
    /// A session ends after this many seconds without a request.
    public var sessionIdleTimeout: TimeInterval = 30 * 60
    /// HR's progress counts are a snapshot taken once per period of this
    /// many seconds, not live counts (see `SURVEY360_PROGRESS_REFRESH`).
    public var progressRefreshInterval: TimeInterval = 60 * 60

    public init() {}

    /// Reads `SURVEY360_ADMIN_PASSWORD_HASH` (a ``PasswordHash`` in its text
    /// form), `SURVEY360_ADMIN_USER`, `SURVEY360_SECURE_COOKIES` (`1`/`true`)
    /// `SURVEY360_ASSETS` and `SURVEY360_PROGRESS_REFRESH` (seconds between
    /// snapshots of HR's progress counts, at least 60).
    ///
    /// - Throws: ``WebConfigurationError`` if the hash cannot be read, so that
    ///   a typo does not silently lock HR out.
    public init(environment: [String: String]) throws {
        self.init()
        if let text = environment["SURVEY360_ADMIN_PASSWORD_HASH"], !text.isEmpty {
            guard let hash = PasswordHash(encoded: text) else {
                throw WebConfigurationError(
                    message: "SURVEY360_ADMIN_PASSWORD_HASH is not a 'pbkdf2-sha256$iterations$salt$hash' password hash"
                )
            }
            administratorPasswordHash = hash
        }
        if let name = environment["SURVEY360_ADMIN_USER"], !name.isEmpty { administratorName = name }
        if let secure = environment["SURVEY360_SECURE_COOKIES"] {
            secureCookies = ["1", "true", "yes"].contains(secure.lowercased())
        }
        if let assets = environment["SURVEY360_ASSETS"], !assets.isEmpty { assetsDirectory = assets }
        if let refresh = environment["SURVEY360_PROGRESS_REFRESH"], !refresh.isEmpty {
            guard let seconds = Int(refresh), seconds >= 60 else {
                throw WebConfigurationError(
                    message: "SURVEY360_PROGRESS_REFRESH '\(refresh)' is not a number of seconds of at least 60")
            }
            progressRefreshInterval = TimeInterval(seconds)
        }
    }
}

/// A configuration the server cannot start with.
public struct WebConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
