import Foundation

/// Random secrets for sessions, CSRF tokens, salts and issued passwords.
enum SecureRandom {
    /// `count` bytes from the system's cryptographic random source.
    static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// `count` random bytes as base64url without padding: safe in cookies,
    /// URLs and form fields without further encoding.
    static func token(bytes count: Int = 32) -> String {
        Base64URL.encode(bytes(count))
    }
}

/// base64url (RFC 4648 §5) without padding.
enum Base64URL {
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.utf8.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map { Array($0) }
    }
}
