import Crypto
import Foundation
import Survey360Core

/// The names raters go by once a campaign has closed: a keyed hash of the
/// person's id, with a key kept outside the database.
///
/// At close, every answer, comment and assignment of the campaign trades
/// its rater's id for the pseudonym, and the rater's department is kept
/// beside it (see `SurveyStore.closeCampaign`). Scoring needs no more: the
/// rater-centred z-scores, the distinct-respondent counts and the service
/// matrix only need to know which questionnaires share a rater and where
/// that rater works, and trends only need to know which raters of a person
/// rated them in both quarters, which is why the pseudonym is the same in
/// every campaign. Without the key, nothing in the database turns a
/// pseudonym back into a person (see docs/storage.md for what the remaining
/// structure still tells).
///
/// ```swift
/// let pseudonyms = try RaterPseudonyms.key(at: URL(fileURLWithPath: "survey360.sqlite.pseudonym-key"))
/// pseudonyms.pseudonym(of: "P0042")   // "~3f9a…" (20 hex digits)
/// ```
public struct RaterPseudonyms: Sendable {
    /// What every pseudonym starts with, so that none is taken for an id.
    public static let prefix = "~"
    /// The key's bytes: `SymmetricKey` is not `Sendable`.
    private let key: Data

    public init(key: SymmetricKey) {
        self.key = key.withUnsafeBytes { Data($0) }
    }

    /// The pseudonym of `person`.
    public func pseudonym(of person: PersonID) -> PersonID {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(person.rawValue.utf8), using: SymmetricKey(data: key))
        let hex = mac.prefix(10).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        return PersonID(Self.prefix + hex)
    }

    /// Whether `id` is a pseudonym rather than a directory id.
    public static func isPseudonym(_ id: PersonID) -> Bool {
        id.rawValue.hasPrefix(prefix)
    }

    /// The key stored at `url`, made (32 random bytes, owner-only) if the
    /// file does not exist yet.
    ///
    /// - Throws: ``StorageError`` `.unavailable` when the file cannot be
    ///   read or written, or does not hold a key.
    public static func key(at url: URL) throws -> RaterPseudonyms {
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) {
            let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            guard manager.createFile(atPath: url.path, contents: bytes, attributes: [.posixPermissions: 0o600])
            else { throw StorageError.unavailable("Cannot write the pseudonym key '\(url.path)'") }
        }
        guard let bytes = manager.contents(atPath: url.path), bytes.count == 32 else {
            throw StorageError.unavailable("The pseudonym key '\(url.path)' cannot be read or is not 32 bytes")
        }
        return RaterPseudonyms(key: SymmetricKey(data: bytes))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
