import Crypto
import Foundation
import Survey360Core
import Survey360XML

/// Writes an ``AuditArchive`` document by document, so that archiving a
/// quarter of 100,000 reports never holds them all: each batch is
/// parsed once, canonicalised, validated as it stands in canonical form
/// (see `SchemaCatalogue` for how that is checked without parsing the
/// canonical bytes again) and hashed on every core, written, and
/// forgotten; only the manifest's lines are kept.
///
/// ```swift
/// let writer = try AuditArchiveWriter(
///     to: archiveURL, schemas: [templates.schema(named: "report.xsd")], signingKey: key)
/// do {
///     try writer.add([(name: "person-P0042.xml", data: reportData)])
///     try writer.finish()
/// } catch {
///     writer.discard()
///     throw error
/// }
/// ```
///
/// A rejected document stops the run; ``discard()`` then removes what was
/// written, so no half-written archive is left behind. Files are made
/// durable once, by ``finish()``.
///
/// `@unchecked Sendable`: the manifest and the names seen are only touched
/// under `lock`; the catalogue and the folder are safe to share.
public final class AuditArchiveWriter: @unchecked Sendable {
    private let directory: URL
    private let signingKey: Curve25519.Signing.PrivateKey
    private let catalogue: SchemaCatalogue
    private let folder: DurableFolder
    private let createdDirectory: Bool
    private let lock = NSLock()
    private var manifest = ArchiveManifest()
    private var names: Set<String> = []

    /// Checks the schemas and the directory, then writes the schemas.
    ///
    /// - Parameters:
    ///   - directory: Where to write; must not exist yet or be empty.
    ///   - schemas: The XSD files, every file a schema includes among them.
    ///   - signingKey: The private key from `SigningKeys`.
    /// - Throws: `ArchiveError` `.invalidInput` for a schema without a
    ///   target namespace or a non-empty directory, `.fileSystem` when
    ///   writing fails.
    public init(to directory: URL, schemas: [URL], signingKey: Curve25519.Signing.PrivateKey) throws {
        try AuditArchive.checkNames(schemas.map(\.lastPathComponent), suffix: ".xsd", kind: "schema")
        try AuditArchive.checkEmpty(directory)
        self.directory = directory
        self.signingKey = signingKey
        catalogue = try SchemaCatalogue(schemas)
        let schemaData = try schemas.map { (name: $0.lastPathComponent, data: try AuditArchive.read($0)) }
        createdDirectory = !FileManager.default.fileExists(atPath: directory.path)
        do {
            folder = try DurableFolder(directory)
            try folder.makeFolder(AuditArchive.schemasFolder)
            try folder.makeFolder(AuditArchive.documentsFolder)
        } catch {
            throw ArchiveError(.fileSystem, "Cannot create archive directory '\(directory.path)'")
        }
        for schema in schemaData {
            let path = "\(AuditArchive.schemasFolder)/\(schema.name)"
            try store(schema.data, at: path)
            manifest.checksums[path] = AuditArchive.sha256(schema.data)
        }
    }

    /// Canonicalises, validates, hashes and writes a batch of documents.
    ///
    /// Each document is matched to the schema whose `targetNamespace` is
    /// its root element's namespace and validated as it stands in
    /// canonical form: what is archived is exactly what was found valid.
    ///
    /// - Parameter documents: Names (`person-P0042.xml`: letters, digits,
    ///   `.`, `_`, `-`, ending in `.xml`, unique in the archive) and bytes.
    /// - Throws: `ArchiveError` `.invalidInput` for a bad or repeated name,
    ///   `.invalidDocument` for a malformed or invalid document (with every
    ///   schema error in `details`), `.fileSystem` when writing fails.
    public func add(_ documents: [(name: String, data: Data)]) throws {
        try AuditArchive.checkNames(documents.map(\.name), suffix: ".xml", kind: "document")
        try lock.withLock {
            for document in documents where names.contains(document.name) {
                throw ArchiveError(.invalidInput, "Two documents are named '\(document.name)'")
            }
            names.formUnion(documents.map(\.name))
        }
        let entries = try WorkQueue.map(documents.count) { [self] index in
            let (name, data) = documents[index]
            do {
                let (canonical, schema) = try catalogue.canonicalValidated(data, name: name)
                let path = "\(AuditArchive.documentsFolder)/\(name)"
                try store(canonical, at: path)
                return (path: path, sha256: AuditArchive.sha256(canonical), schema: schema)
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw ArchiveError(.invalidDocument, "Document '\(name)': \(error)")
            }
        }
        lock.withLock {
            for entry in entries {
                manifest.checksums[entry.path] = entry.sha256
                manifest.schemas[entry.path] = "\(AuditArchive.schemasFolder)/\(entry.schema)"
            }
        }
    }

    /// Writes the manifest, its signature and the public key, then makes
    /// the whole archive durable with one sync.
    ///
    /// - Throws: `ArchiveError` `.fileSystem` when writing fails.
    public func finish() throws {
        let manifestData = Data(lock.withLock { manifest.text }.utf8)
        try store(manifestData, at: AuditArchive.manifestFile)
        try store(try signingKey.signature(for: manifestData), at: AuditArchive.signatureFile)
        try store(Data(SigningKeys.publicPEM(signingKey.publicKey).utf8), at: AuditArchive.publicKeyFile)
        do {
            try folder.sync()
        } catch {
            throw ArchiveError(.fileSystem, "Cannot write the archive to disk in '\(directory.path)'")
        }
    }

    /// Removes everything this writer wrote, after a failure.
    public func discard() {
        let fileManager = FileManager.default
        if createdDirectory {
            try? fileManager.removeItem(at: directory)
        } else {
            for name in (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? [] {
                try? fileManager.removeItem(at: directory.appending(path: name))
            }
        }
    }

    private func store(_ data: Data, at path: String) throws {
        do {
            try folder.write(data, to: path, exclusive: true)
        } catch {
            throw ArchiveError(.fileSystem, "Cannot write '\(path)' in '\(directory.path)'")
        }
    }
}
