import Crypto
import Foundation
import Survey360Storage
import _CryptoExtras

/// A salted, slow password hash: PBKDF2-HMAC-SHA256, written as
/// `pbkdf2-sha256$<iterations>$<salt>$<hash>` (salt and hash in base64url).
///
/// PBKDF2 comes from swift-crypto's `_CryptoExtras` (BoringSSL's
/// implementation, tested here against the RFC 7914 vectors). 600,000
/// iterations is OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about a fifth of
/// a second per sign-in here, which is nothing for a person and a lot for
/// someone trying a dictionary against a stolen hash.
///
/// ```swift
/// let stored = PasswordHash.make(password: "correct horse battery staple")
/// stored.verify("correct horse battery staple")   // true
/// ```
public struct PasswordHash: Hashable, Sendable, CustomStringConvertible {
    /// The default work factor.
    public static let defaultIterations = 600_000
    /// The fewest iterations an administrator's hash may have: the server
    /// refuses to start with a weaker one (an old hash, or one made for a
    /// test), since a stolen configuration would then give the password away
    /// quickly. The same OWASP figure as the default.
    public static let minimumIterations = defaultIterations
    /// Past this, verifying one attempt would tie up a core for seconds.
    static let maximumIterations = 10_000_000

    public let iterations: Int
    public let salt: [UInt8]
    public let hash: [UInt8]

    /// Reads a hash in the text form; `nil` for anything else, including a
    /// password pasted by mistake where its hash belongs.
    public init?(encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256",
            let iterations = Int(parts[1]), (1...Self.maximumIterations).contains(iterations),
            let salt = Base64URL.decode(parts[2]), salt.count >= 8,
            let hash = Base64URL.decode(parts[3]), hash.count == 32
        else { return nil }
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    private init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// Hashes `password` with a new 16-byte random salt.
    public static func make(password: String, iterations: Int = defaultIterations) -> PasswordHash {
        let salt = SecureRandom.bytes(16)
        return PasswordHash(
            iterations: iterations, salt: salt,
            hash: derive(password: Array(password.utf8), salt: salt, iterations: iterations, length: 32))
    }

    /// Whether `password` is the one hashed; compares in constant time.
    public func verify(_ password: String) -> Bool {
        let candidate = Self.derive(password: Array(password.utf8), salt: salt, iterations: iterations, length: 32)
        return ConstantTime.equals(candidate, hash)
    }

    /// The text form, for a configuration file or an environment variable.
    public var encoded: String {
        "pbkdf2-sha256$\(iterations)$\(Base64URL.encode(salt))$\(Base64URL.encode(hash))"
    }

    /// Never the hash itself: a hash in a log is a dictionary attack waiting.
    public var description: String { "PasswordHash(pbkdf2-sha256, \(iterations) iterations)" }

    /// PBKDF2-HMAC-SHA256 (RFC 8018 §5.2).
    static func derive(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        // The only failure BoringSSL reports is an allocation failure.
        let key = try! KDF.Insecure.PBKDF2.deriveKey(
            from: password, salt: salt, using: .sha256, outputByteCount: length,
            unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Array($0) }
    }
}
