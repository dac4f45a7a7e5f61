import Survey360Core
import Survey360Storage

/// What every controller of the application shares, built once by
/// ``buildRouter(configuration:store:scorecards:)``.
struct WebServices: Sendable {
    /// Database work happens inside the store: the SQLite store runs it through
    /// GRDB's async accessors on GRDB's own queue, never on an event loop.
    let store: any SurveyStore & CredentialStore
    let configuration: WebConfiguration
    /// The organisation for names and languages, re-read every few seconds.
    let organisation: OrganisationCache
    let sessions: SessionStore
    /// HR's progress counts, refreshed on `progressRefreshInterval`.
    let progress: ProgressSnapshots
    /// Unknown or malformed rater links, per client address.
    let tokenFailures: RateLimiter
    /// Wrong user names or passwords, per client address.
    let signInFailures: RateLimiter
    let scorecards: any ScorecardSource
    let assets: Assets
}
