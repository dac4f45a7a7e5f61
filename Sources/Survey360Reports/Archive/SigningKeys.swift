import Crypto
import Foundation

/// The Ed25519 key pair that signs audit archives, kept in PEM files that
/// OpenSSL and Python's `cryptography` read as they are.
///
/// - `survey360-signing-key.pem`: the private key (PKCS #8), created with
///   file mode 0600 and never overwritten; it stays with the operator who
///   writes archives.
/// - `survey360-signing-key.pub.pem`: the public key (SubjectPublicKeyInfo),
///   which is copied into every archive and handed to auditors by a separate
///   channel, so that they can tell a genuine archive from a re-signed one.
///
/// ```swift
/// let publicKey = try SigningKeys.generate(to: URL(filePath: "keys"))
/// let privateKey = try SigningKeys.loadPrivateKey(from: URL(filePath: "keys/survey360-signing-key.pem"))
/// ```
public enum SigningKeys {
    public static let privateKeyFile = "survey360-signing-key.pem"
    public static let publicKeyFile = "survey360-signing-key.pub.pem"

    /// Creates a new key pair in `directory` (created if needed).
    ///
    /// - Returns: The public key, to print its fingerprint for auditors.
    /// - Throws: `ArchiveError` with code `.key` when a key file already
    ///   exists there: replacing a key would orphan every archive it signed.
    @discardableResult
    public static func generate(to directory: URL) throws -> Curve25519.Signing.PublicKey {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = Curve25519.Signing.PrivateKey()
        let privateURL = directory.appending(path: privateKeyFile)
        let publicURL = directory.appending(path: publicKeyFile)
        if FileManager.default.fileExists(atPath: publicURL.path) {
            throw ArchiveError(
                .key, "Key file '\(publicURL.path)' already exists; keys are never overwritten")
        }
        try writeExclusively(Data(privatePEM(key).utf8), to: privateURL, mode: 0o600)
        try writeExclusively(Data(publicPEM(key.publicKey).utf8), to: publicURL, mode: 0o644)
        return key.publicKey
    }

    /// Reads a private key written by `generate(to:)` (or by
    /// `openssl genpkey -algorithm ed25519`).
    public static func loadPrivateKey(from url: URL) throws -> Curve25519.Signing.PrivateKey {
        let der = try PEM.decode(try readText(url), label: "PRIVATE KEY", file: url.lastPathComponent)
        guard der.count == 48, der.prefix(16) == PEM.ed25519PrivatePrefix else {
            throw ArchiveError(.key, "'\(url.lastPathComponent)' is not an Ed25519 private key")
        }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32))
    }

    /// Reads a public key in PEM form, as in an archive's
    /// `signing-key.pub.pem`.
    public static func loadPublicKey(from url: URL) throws -> Curve25519.Signing.PublicKey {
        try publicKey(fromPEM: try readText(url), file: url.lastPathComponent)
    }

    static func publicKey(fromPEM text: String, file: String) throws -> Curve25519.Signing.PublicKey {
        let der = try PEM.decode(text, label: "PUBLIC KEY", file: file)
        guard der.count == 44, der.prefix(12) == PEM.ed25519PublicPrefix else {
            throw ArchiveError(.key, "'\(file)' is not an Ed25519 public key")
        }
        return try Curve25519.Signing.PublicKey(rawRepresentation: der.suffix(32))
    }

    /// The SHA-256 of the public key's raw 32 bytes, in hex: short enough to
    /// read out over the phone to an auditor.
    public static func fingerprint(of key: Curve25519.Signing.PublicKey) -> String {
        SHA256.hash(data: key.rawRepresentation).map { String(format: "%02x", $0) }.joined()
    }

    static func publicPEM(_ key: Curve25519.Signing.PublicKey) -> String {
        PEM.encode(PEM.ed25519PublicPrefix + key.rawRepresentation, label: "PUBLIC KEY")
    }

    static func privatePEM(_ key: Curve25519.Signing.PrivateKey) -> String {
        PEM.encode(PEM.ed25519PrivatePrefix + key.rawRepresentation, label: "PRIVATE KEY")
    }

    private static func readText(_ url: URL) throws -> String {
        guard let data = try? Data(contentsOf: url) else {
            throw ArchiveError(.key, "Cannot read key file '\(url.path)'")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Creates the file with `mode` from the start (no moment in which a
    /// private key is readable by others) and fails if it exists.
    private static func writeExclusively(_ data: Data, to url: URL, mode: mode_t) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw ArchiveError(.key, "Cannot create key file '\(url.path)'; keys are never overwritten")
        }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fchmod(descriptor, mode) == 0 else {
            throw ArchiveError(.key, "Cannot write key file '\(url.path)'")
        }
    }
}

/// The two fixed DER structures of Ed25519 keys (RFC 8410), so that keys are
/// exchanged in the PEM files every tool reads, without an ASN.1 library.
enum PEM {
    /// SubjectPublicKeyInfo { id-Ed25519 }, BIT STRING of 32 bytes.
    static let ed25519PublicPrefix = Data([
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
    ])
    /// PrivateKeyInfo v0 { id-Ed25519 }, OCTET STRING { OCTET STRING of 32 bytes }.
    static let ed25519PrivatePrefix = Data([
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ])

    static func encode(_ der: Data, label: String) -> String {
        let base64 = der.base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN \(label)-----\n\(base64)\n-----END \(label)-----\n"
    }

    static func decode(_ text: String, label: String, file: String) throws -> Data {
        let begin = "-----BEGIN \(label)-----"
        let end = "-----END \(label)-----"
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        guard let first = lines.firstIndex(of: begin), let last = lines.firstIndex(of: end), first < last,
            let der = Data(base64Encoded: lines[(first + 1)..<last].joined())
        else {
            throw ArchiveError(.key, "'\(file)' is not a PEM file with a '\(label)'")
        }
        return der
    }
}
