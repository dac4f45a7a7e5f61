/// The keys failed attempts are counted under in the ``RateLimiter``, and
/// how many failures each key allows.
///
/// Failures are counted per client address *and* per account or link, so
/// that one address cannot lock everyone out (behind a reverse proxy every
/// browser shared one address until ``WebConfiguration/trustedProxies``), and
/// many addresses cannot guess one password together:
///
/// - an unknown rater link counts against its address; a link that resolves
///   is always served, from any address;
/// - a wrong password counts against the address and account together
///   (`maximumFailedAttempts`), the account from every address
///   (`maximumFailedAttemptsPerAccount`) and the address for every account
///   (`maximumFailedAttemptsPerAddress`).
struct AttemptLimits: Sendable {
    let configuration: WebConfiguration

    /// The key of unknown links from `address`, and its maximum.
    func link(from address: String) -> (key: String, maximum: Int) {
        ("link address \(address)", configuration.maximumFailedAttempts)
    }

    /// The keys of a sign-in as `account` from `address`, each with its
    /// maximum. The account is the name as typed, in lower case, known or
    /// not: counting only known accounts would tell which ones exist.
    func signIn(as account: String, from address: String) -> [String: Int] {
        let account = account.lowercased()
        return [
            "sign-in \(address) as \(account)": configuration.maximumFailedAttempts,
            "sign-in as \(account)": configuration.maximumFailedAttemptsPerAccount,
            "sign-in from \(address)": configuration.maximumFailedAttemptsPerAddress,
        ]
    }
}

extension WebServices {
    var limits: AttemptLimits { AttemptLimits(configuration: configuration) }
}
