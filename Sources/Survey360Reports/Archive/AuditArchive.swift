import Crypto
import Foundation
import Survey360Storage
import Survey360XML

/// An audit archive: a directory that proves, years later, which XML
/// documents a campaign produced and that none of them changed since.
///
///     archive/
///       MANIFEST.sha256          SHA-256 of every file, the schema of each document
///       MANIFEST.sha256.sig      Ed25519 signature of MANIFEST.sha256 (64 raw bytes)
///       signing-key.pub.pem      the public key that signature verifies with
///       documents/*.xml          every document, in exclusive canonical form (C14N)
///       schemas/*.xsd            the schemas the documents were validated against
///
/// Canonical form makes the hash a property of the document's content, not
/// of how one program happened to serialise it; the manifest is plain text
/// and the keys are PEM, so an auditor can check everything with `sha256sum`,
/// `xmllint` and `openssl` alone (see `docs/xml.md`).
///
/// ```swift
/// let key = try SigningKeys.loadPrivateKey(from: keyURL)
/// try AuditArchive.write(
///     documents: [(name: "person-P0042.xml", data: reportData)],
///     schemas: [templates.schema(named: "report.xsd")], to: archiveURL, signingKey: key)
/// let failures = try AuditArchive.verify(archiveURL)  // [] when intact
/// ```
public enum AuditArchive {
    public static let manifestFile = "MANIFEST.sha256"
    public static let signatureFile = "MANIFEST.sha256.sig"
    public static let publicKeyFile = "signing-key.pub.pem"
    static let documentsFolder = "documents"
    static let schemasFolder = "schemas"

    /// Writes an archive of documents given as bytes.
    ///
    /// Each document is matched to the schema whose `targetNamespace` is
    /// its root element's namespace, canonicalised, and validated in that
    /// canonical form; a rejected document leaves no archive behind.
    /// Documents are processed in parallel: they are independent. For more
    /// documents than fit in memory, use ``AuditArchiveWriter``.
    ///
    /// - Parameters:
    ///   - documents: Names (`person-P0042.xml`: letters, digits, `.`, `_`,
    ///     `-`, ending in `.xml`, unique) and bytes of the documents.
    ///   - schemas: The XSD files, every file a schema includes among them.
    ///   - directory: Where to write; must not exist yet or be empty.
    ///   - signingKey: The private key from `SigningKeys`.
    /// - Throws: `ArchiveError`: `.invalidInput` for a bad name, a schema
    ///   without a target namespace or a non-empty directory,
    ///   `.invalidDocument` for a malformed or invalid document (with every
    ///   schema error in `details`), `.fileSystem` when writing fails.
    public static func write(
        documents: [(name: String, data: Data)], schemas: [URL], to directory: URL,
        signingKey: Curve25519.Signing.PrivateKey
    ) throws {
        try checkNames(documents.map(\.name), suffix: ".xml", kind: "document")
        let writer = try AuditArchiveWriter(to: directory, schemas: schemas, signingKey: signingKey)
        do {
            try writer.add(documents)
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Writes an archive of documents built in memory; see
    /// `write(documents:schemas:to:signingKey:)` for the rules.
    public static func write(
        documents: [(name: String, document: XMLDocument)], schemas: [URL], to directory: URL,
        signingKey: Curve25519.Signing.PrivateKey
    ) throws {
        let data = try documents.map { entry in
            do {
                return (name: entry.name, data: try entry.document.canonicalData())
            } catch {
                throw ArchiveError(
                    .invalidDocument, "Cannot canonicalise document '\(entry.name)'", details: ["\(error)"])
            }
        }
        try write(documents: data, schemas: schemas, to: directory, signingKey: signingKey)
    }

    // MARK: - Steps

    static func checkNames(_ names: [String], suffix: String, kind: String) throws {
        var seen: Set<String> = []
        for name in names {
            let allowed = name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "._-".unicodeScalars.contains($0)
            }
            guard allowed, !name.hasPrefix("."), name.hasSuffix(suffix), name.count > suffix.count else {
                throw ArchiveError(
                    .invalidInput,
                    "Invalid \(kind) name '\(name)'; use letters, digits, '.', '_' and '-', ending in '\(suffix)'"
                )
            }
            guard seen.insert(name).inserted else {
                throw ArchiveError(.invalidInput, "Two \(kind)s are named '\(name)'")
            }
        }
    }

    static func checkEmpty(_ directory: URL) throws {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            !contents.isEmpty
        {
            throw ArchiveError(.invalidInput, "Archive directory '\(directory.path)' is not empty")
        }
    }

    static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ArchiveError(.fileSystem, "Cannot read '\(url.path)'")
        }
    }

    static func sha256(_ data: Data) -> String {
        StoredReport.hash(data)
    }
}
