import Crypto
import Foundation
import Survey360Storage

/// The sign-in form's protection against login CSRF, without a session.
///
/// Showing the form sets a cookie with a random nonce and puts into the form
/// an HMAC of that nonce and an expiry time, under a server key (a signed
/// double-submit cookie). Another site can neither read the cookie nor,
/// without the key, make a token that matches it; and since nothing is kept
/// on the server, any number of anonymous visits cost nothing and cannot
/// push a signed-in session out of the ``SessionStore``.
///
/// ```swift
/// let signing = SignInFormToken(key: configuration.formKey)
/// let token = signing.token(for: nonce, at: Date())   // into the form
/// signing.isValid(token, for: nonce, at: Date())      // true for an hour
/// ```
struct SignInFormToken: Sendable {
    /// The key's bytes; Crypto's `SymmetricKey` is not `Sendable`, so it is
    /// made for each token.
    let key: [UInt8]
    /// How long a form may stay open before it must be reloaded.
    let lifetime: TimeInterval

    init(key: [UInt8], lifetime: TimeInterval = 3600) {
        self.key = key
        self.lifetime = lifetime
    }

    /// A fresh nonce for the cookie.
    static func nonce() -> String { SecureRandom.token() }

    /// Whether `text` has a nonce's form: 43 characters of base64url.
    static func isNonce(_ text: String) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy(Base64URL.isAlphabet)
    }

    /// The form's token for `nonce`, valid for `lifetime` from `date`:
    /// `<expiry>.<mac>`.
    func token(for nonce: String, at date: Date) -> String {
        let expiry = Int(date.timeIntervalSince1970 + lifetime)
        return "\(expiry).\(mac(nonce, expiry))"
    }

    /// Whether `token` was made by this server for `nonce` and has not expired.
    func isValid(_ token: String, for nonce: String, at date: Date) -> Bool {
        let parts = token.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let expiry = Int(parts[0]), Double(expiry) >= date.timeIntervalSince1970,
            !nonce.isEmpty
        else { return false }
        return ConstantTime.equals(String(parts[1]), mac(nonce, expiry))
    }

    private func mac(_ nonce: String, _ expiry: Int) -> String {
        Base64URL.encode(
            HMAC<SHA256>.authenticationCode(
                for: Data("sign-in\0\(nonce)\0\(expiry)".utf8), using: SymmetricKey(data: key)))
    }
}
