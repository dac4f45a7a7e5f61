import Crypto
import Foundation

/// The secret in a rater's link: 128 random bits, shown once when the
/// invitations are exported and stored only as a SHA-256 hash.
///
/// A token's description is redacted so that it cannot reach a log line by
/// accident; the text for the link is ``linkText``.
public struct RaterToken: Hashable, Sendable, CustomStringConvertible {
    /// The token as it appears in the link: 22 characters of base64url.
    public let linkText: String

    /// The length of ``linkText``.
    public static let length = 22

    /// Draws a new token from the system's cryptographic random source.
    public static func generate() -> RaterToken {
        RaterToken(linkText: SecureRandom.token(bytes: 16))!
    }

    /// Reads a token from a link; `nil` for text that cannot be a token, so
    /// that malformed links are refused before any database work.
    public init?(linkText: String) {
        guard linkText.utf8.count == Self.length, linkText.utf8.allSatisfy(Base64URL.isAlphabet) else { return nil }
        self.linkText = linkText
    }

    /// The SHA-256 of the token, the only form a store keeps.
    public var hash: Data { Data(SHA256.hash(data: Data(linkText.utf8))) }

    public var description: String { "RaterToken(redacted)" }
}
