import Hummingbird
import Logging
import Survey360Core
import Survey360Storage

/// Builds the web application: the router with every page, the middleware
/// and the server configuration.
///
/// The command line's `survey360 serve` and the tests build the same app; the
/// tests drive it in-process with `app.test(.router)`.
///
/// ```swift
/// let store = try SQLiteStore(path: "survey360.sqlite")
/// let configuration = try WebConfiguration(environment: ProcessInfo.processInfo.environment)
/// let app = try buildApplication(configuration: configuration, store: store)
/// try await app.runService()
/// ```
///
/// - Parameters:
///   - configuration: Where to listen, the administrator's password hash, limits.
///   - store: Where everything is kept; the SQLite store does its work off
///     the event loop through GRDB's async API.
///   - scorecards: The reports module's renderer of managers' scorecards.
///   - sessions: Where signed-in sessions live: by default in this
///     process's memory (``MemorySessionStore``); servers sharing a database
///     pass one kept in it.
///   - signInAttempts: Where sign-in attempts are counted: by default in
///     this process's memory; servers sharing a database pass one kept in
///     it (`SQLiteAttemptStore`, `PostgreSQLAttemptStore`).
///   - logger: The application's logger; request lines never contain tokens.
///   - onServerRunning: Called once the server listens, with the port it
///     listens on: the one asked for, or the one the system chose for port 0.
/// - Throws: ``WebConfigurationError`` if the assets cannot be read or the
///   administrator's hash is too weak.
public func buildApplication(
    configuration: WebConfiguration,
    store: any SurveyStore & CredentialStore,
    scorecards: any ScorecardSource = NoScorecards(),
    sessions: (any SessionStore)? = nil,
    signInAttempts: (any AttemptStore)? = nil,
    logger: Logger = Logger(label: "survey360.web"),
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(
        configuration: configuration, store: store, scorecards: scorecards, sessions: sessions,
        signInAttempts: signInAttempts)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// Builds the router of ``buildApplication(configuration:store:scorecards:sessions:signInAttempts:logger:onServerRunning:)``.
public func buildRouter(
    configuration: WebConfiguration,
    store: any SurveyStore & CredentialStore,
    scorecards: any ScorecardSource = NoScorecards(),
    sessions: (any SessionStore)? = nil,
    signInAttempts: (any AttemptStore)? = nil
) throws -> Router<WebRequestContext> {
    try configuration.validate()
    let failures = RateLimiter(window: configuration.failureWindow)
    let services = WebServices(
        store: store, configuration: configuration, organisation: OrganisationCache(store: store),
        sessions: sessions ?? MemorySessionStore(limits: configuration.sessionLimits),
        progress: ProgressSnapshots(store: store, interval: configuration.progressRefreshInterval),
        signInForm: SignInFormToken(key: configuration.formKey),
        failures: failures, signInAttempts: signInAttempts ?? failures,
        scorecards: scorecards, assets: try Assets(directory: configuration.assetsDirectory))

    let router = Router(context: WebRequestContext.self)
    // First, so that every later middleware and the log see the client's
    // own address.
    router.add(middleware: ClientAddressMiddleware(trustedProxies: configuration.trustedProxies))
    router.add(middleware: RedactingLogMiddleware(level: .info))
    router.add(middleware: SecurityHeadersMiddleware(strictTransport: configuration.secureCookies))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: StorageTimeLimitMiddleware())

    router.get("/assets/:name") { _, context in
        guard let response = services.assets.response(for: try context.parameters.require("name")) else {
            throw WebError.notFound
        }
        return response
    }
    router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/signin"]) }
    router.get("/healthz") { _, _ in "ok" }
    RaterController(services: services).register(on: router)
    AuthController(services: services).register(on: router)
    HRController(services: services).register(on: router)
    ManagerController(services: services).register(on: router)
    return router
}
