import Crypto
import Foundation
import Survey360Core

/// One validated XML report document of a campaign, as kept in the store:
/// the version of record that managers' pages are rendered from and that the
/// audit archive canonicalises and signs.
///
/// A document is stored only after it passed `report.xsd`; its SHA-256 is
/// taken when it is made and kept beside the bytes, so that a reader can tell
/// a document changed in the database by hand (``isIntact``).
///
/// The campaign document is stored last of a report run: while it is
/// missing, the campaign's report set is not complete.
public struct StoredReport: Hashable, Sendable {
    /// What a document reports on; the raw values are what stores keep.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case campaign, organisation, department, person
    }

    /// A document's identity within its campaign.
    ///
    /// Keys sort by kind, then subject, both compared as UTF-8 bytes (what
    /// SQLite's `BINARY` and PostgreSQL's `COLLATE "C"` do), so that every
    /// store pages through a campaign's documents in the same order.
    public struct Key: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var kind: Kind
        /// The department or person id; empty for the campaign and the
        /// organisation documents.
        public var subject: String

        public init(_ kind: Kind, _ subject: String = "") {
            self.kind = kind
            self.subject = subject
        }

        public static func < (left: Key, right: Key) -> Bool {
            if left.kind != right.kind {
                return left.kind.rawValue.utf8.lexicographicallyPrecedes(right.kind.rawValue.utf8)
            }
            return left.subject.utf8.lexicographicallyPrecedes(right.subject.utf8)
        }

        public var description: String { subject.isEmpty ? kind.rawValue : "\(kind.rawValue) '\(subject)'" }
    }

    public let campaignID: CampaignID
    public let key: Key
    /// The document exactly as the report writer produced it.
    public let bytes: Data
    /// The SHA-256 of ``bytes`` when the document was made, lowercase hex.
    public let sha256: String

    /// A document just written and validated; its hash is taken now.
    public init(campaign: CampaignID, key: Key, bytes: Data) {
        self.init(campaign: campaign, key: key, bytes: bytes, sha256: Self.hash(bytes))
    }

    /// A document read back from a store, with the hash stored beside it.
    public init(campaign: CampaignID, key: Key, bytes: Data, sha256: String) {
        campaignID = campaign
        self.key = key
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// Whether the bytes still have the hash they were stored with.
    public var isIntact: Bool { Self.hash(bytes) == sha256 }

    /// Lowercase hex SHA-256, the form of `sha256sum` and the archive manifest.
    public static func hash(_ bytes: Data) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
