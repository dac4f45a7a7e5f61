import Foundation
import Survey360Core
import Survey360Storage

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
    /// Failed attempts allowed within `failureWindow` seconds: unknown rater
    /// links per client address, and wrong passwords per client address and
    /// account together. A link that resolves is always served.
    public var maximumFailedAttempts: Int = 10
    /// Wrong passwords allowed for one account from all addresses together,
    /// against guessing spread over many addresses.
    public var maximumFailedAttemptsPerAccount: Int = 30
    /// Wrong passwords allowed from one address for all accounts together,
    /// against one address trying one password on many accounts.
    public var maximumFailedAttemptsPerAddress: Int = 30
    public var failureWindow: TimeInterval = 15 * 60
    /// The addresses of the reverse proxies in front of the server. Only a
    /// request from one of them has its `X-Forwarded-For` read, for the
    /// address the proxy received it from; from anyone else the header is
    /// ignored, since a client can write whatever it likes there.
    public var trustedProxies: Set<String> = []
    /// The PBKDF2 work factor of the managers' credentials HR issues.
    public var passwordIterations: Int = PasswordHash.defaultIterations
    /// How long sessions live and how many are kept.
    public var sessionLimits = SessionLimits()
    /// HR's progress counts are a snapshot taken once per period of this
    /// many seconds, not live counts (see `SURVEY360_PROGRESS_REFRESH`).
    public var progressRefreshInterval: TimeInterval = 60 * 60
    /// The fewest PBKDF2 iterations the administrator's hash may have; the
    /// server refuses to start below it. Lower it only in tests.
    public var minimumAdministratorIterations: Int = PasswordHash.minimumIterations
    /// The key that signs the sign-in form's token, which protects the form
    /// without opening a session for every visitor. Random per process by
    /// default; servers that share a database and take turns answering the
    /// same browsers must share it (`SURVEY360_FORM_KEY`).
    public var formKey: [UInt8] = SecureRandom.bytes(32)

    public init() {}

    /// Reads `SURVEY360_ADMIN_PASSWORD_HASH` (a ``PasswordHash`` in its text
    /// form), `SURVEY360_ADMIN_USER`, `SURVEY360_SECURE_COOKIES` (`1`/`true`),
    /// `SURVEY360_ASSETS`, `SURVEY360_PROGRESS_REFRESH` (seconds between
    /// snapshots of HR's progress counts, at least 60),
    /// `SURVEY360_TRUSTED_PROXIES` (IP addresses, separated by commas) and
    /// `SURVEY360_FORM_KEY` (at least 32 bytes in base64url).
    ///
    /// - Throws: ``WebConfigurationError`` if a value cannot be read, so that
    ///   a typo does not silently lock HR out or trust the wrong proxy.
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
        if let proxies = environment["SURVEY360_TRUSTED_PROXIES"] {
            trustedProxies = try Set(
                proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .map { text in
                        guard let address = ClientAddress.canonical(text) else {
                            throw WebConfigurationError(
                                message: "SURVEY360_TRUSTED_PROXIES: '\(text)' is not an IP address")
                        }
                        return address
                    })
        }
        if let text = environment["SURVEY360_FORM_KEY"], !text.isEmpty {
            guard let key = Base64URL.decode(text), key.count >= 32 else {
                throw WebConfigurationError(message: "SURVEY360_FORM_KEY is not at least 32 bytes in base64url")
            }
            formKey = key
        }
    }

    /// Checks what cannot be read wrong but is still unsafe to start with.
    ///
    /// - Throws: ``WebConfigurationError`` for an administrator's hash with
    ///   fewer than `minimumAdministratorIterations` iterations.
    func validate() throws {
        if let hash = administratorPasswordHash, hash.iterations < minimumAdministratorIterations {
            throw WebConfigurationError(
                message:
                    "SURVEY360_ADMIN_PASSWORD_HASH has \(hash.iterations) PBKDF2 iterations, fewer than the \(minimumAdministratorIterations) required; make a new one with 'survey360 hash-password'"
            )
        }
    }
}

/// A configuration the server cannot start with.
public struct WebConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
