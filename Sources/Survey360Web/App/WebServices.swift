import Survey360Core
import Survey360Storage

/// What every controller of the application shares, built once by
/// ``buildRouter(configuration:store:scorecards:sessions:)``.
struct WebServices: Sendable {
    /// Database work happens inside the store: the SQLite store runs it through
    /// GRDB's async accessors on GRDB's own queue, never on an event loop.
    let store: any SurveyStore & CredentialStore
    let configuration: WebConfiguration
    /// The organisation for names and languages, by version.
    let organisation: OrganisationCache
    /// Signed-in sessions only; the sign-in form needs none (``signInForm``).
    let sessions: any SessionStore
    /// HR's progress counts, refreshed on `progressRefreshInterval`.
    let progress: ProgressSnapshots
    let signInForm: SignInFormToken
    /// Unknown or malformed rater links per client address
    /// (``AttemptLimits``), in this process's memory.
    let failures: RateLimiter
    /// Sign-in attempts per address and account (``AttemptLimits``): in
    /// the database under `survey360 serve`, so that servers sharing it
    /// count them together.
    let signInAttempts: any AttemptStore
    let scorecards: any ScorecardSource
    let assets: Assets
}
