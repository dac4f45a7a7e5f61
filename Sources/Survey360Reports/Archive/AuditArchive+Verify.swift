import Crypto
import Foundation
import Survey360Core
import Survey360XML

extension AuditArchive {
    /// Checks an archive completely and returns every failure, each naming
    /// its file; an empty list means the archive is intact.
    ///
    /// It checks the signature of the manifest with the archive's public key
    /// (and that key against `trustedKey`, when the auditor has one from a
    /// separate channel: without it, someone who rewrote the whole archive
    /// and signed it with a key of their own would go unnoticed), recomputes
    /// every SHA-256, reports files that are missing or not listed, checks
    /// that every document is in canonical form and re-validates it against
    /// the schema the manifest names.
    ///
    /// Nothing is parsed as XML unless the signature verifies (with the
    /// trusted key, when one is given): an archive anyone could have written
    /// gets its hashes compared and nothing more. Even a signed archive's
    /// schemas are refused if they refer to anything (includes, imports,
    /// DTDs), so a schema cannot make the verifier read other files.
    ///
    /// - Parameters:
    ///   - directory: The archive.
    ///   - trustedKey: The public key the archive must be signed with.
    /// - Returns: The failures, sorted by file and line.
    public static func verify(
        _ directory: URL, trustedKey: Curve25519.Signing.PublicKey? = nil
    ) -> [ArchiveFailure] {
        var failures: [ArchiveFailure] = []
        let files = Dictionary(
            uniqueKeysWithValues: listFiles(in: directory).map { ($0, directory.appending(path: $0)) })
        func contents(_ path: String) -> Data? {
            guard let url = files[path] else {
                failures.append(ArchiveFailure(file: path, message: "missing from the archive"))
                return nil
            }
            guard let data = try? Data(contentsOf: url) else {
                failures.append(ArchiveFailure(file: path, message: "cannot be read"))
                return nil
            }
            return data
        }

        // The signature over the manifest
        let manifestData = contents(manifestFile)
        let signature = contents(signatureFile)
        let publicKey = contents(publicKeyFile).flatMap { data -> Curve25519.Signing.PublicKey? in
            let text = String(decoding: data, as: UTF8.self)
            guard let key = try? SigningKeys.publicKey(fromPEM: text, file: publicKeyFile),
                SigningKeys.publicPEM(key) == text
            else {
                failures.append(
                    ArchiveFailure(file: publicKeyFile, message: "not an Ed25519 public key in PEM form"))
                return nil
            }
            return key
        }
        var signed = false
        if let manifestData, let signature, let publicKey {
            signed = publicKey.isValidSignature(signature, for: manifestData)
        }
        if manifestData != nil, signature != nil, publicKey != nil, !signed {
            failures.append(
                ArchiveFailure(
                    file: signatureFile,
                    message: "signature of '\(manifestFile)' does not verify with '\(publicKeyFile)'"))
        }
        if let trustedKey, let publicKey, publicKey.rawRepresentation != trustedKey.rawRepresentation {
            signed = false
            failures.append(
                ArchiveFailure(
                    file: publicKeyFile,
                    message: "not the trusted key; fingerprint '\(SigningKeys.fingerprint(of: publicKey))'"))
        }
        guard let manifestData else { return failures.sorted() }

        // The files the manifest lists, and only those
        let (manifest, manifestFailures) = ArchiveManifest.parse(
            String(decoding: manifestData, as: UTF8.self), file: manifestFile)
        failures += manifestFailures
        let ownFiles: Set<String> = [manifestFile, signatureFile, publicKeyFile]
        for path in files.keys where manifest.checksums[path] == nil && !ownFiles.contains(path) {
            failures.append(ArchiveFailure(file: path, message: "not listed in the manifest"))
        }
        // Every document: listed with a schema, intact, and for a signed
        // archive canonical and valid against that schema
        for path in manifest.checksums.keys
        where path.hasPrefix("\(documentsFolder)/") && manifest.schemas[path] == nil {
            failures.append(ArchiveFailure(file: path, message: "the manifest names no schema for it"))
        }
        var schemas: [String: XMLSchema] = [:]
        if signed {
            let compiled = compileSchemas(of: manifest, files: files)
            schemas = compiled.schemas
            failures += compiled.failures
        }
        return (failures + check(manifest, files: files, schemas: schemas)).sorted()
    }

    /// The schemas the manifest names, compiled, each only if it is listed
    /// and intact (a changed one is reported by ``check(_:files:schemas:)``),
    /// and why the others cannot be used.
    private static func compileSchemas(
        of manifest: ArchiveManifest, files: [String: URL]
    ) -> (schemas: [String: XMLSchema], failures: [ArchiveFailure]) {
        var failures: [ArchiveFailure] = []
        var schemas: [String: XMLSchema] = [:]
        for (path, schemaPath) in manifest.schemas.sorted(by: { $0.key < $1.key })
        where manifest.checksums[schemaPath] == nil || manifest.checksums[path] == nil {
            failures.append(ArchiveFailure(file: path, message: "schema '\(schemaPath)' is not listed in the manifest"))
        }
        for schemaPath in Set(manifest.schemas.values).sorted() {
            guard let checksum = manifest.checksums[schemaPath], let url = files[schemaPath],
                let data = try? Data(contentsOf: url), sha256(data) == checksum
            else { continue }
            do {
                schemas[schemaPath] = try XMLSchema(contentsOf: url, selfContained: true)
            } catch {
                failures += schemaFailures(path: schemaPath, error)
            }
        }
        return (schemas, failures)
    }

    /// Each file the manifest lists: present, readable, with the SHA-256 the
    /// manifest gives, and, when its schema is in `schemas` (only a signed
    /// archive's are), canonical and valid. Files are independent, so they
    /// are checked in parallel, and each is read once and dropped after its
    /// check: an archive of a large quarter is gigabytes.
    private static func check(
        _ manifest: ArchiveManifest, files: [String: URL], schemas: [String: XMLSchema]
    ) -> [ArchiveFailure] {
        let paths = manifest.checksums.keys.sorted()
        return WorkQueue.map(paths.count) { index -> [ArchiveFailure] in
            let path = paths[index]
            guard let url = files[path] else {
                return [ArchiveFailure(file: path, message: "missing from the archive")]
            }
            guard let data = try? Data(contentsOf: url) else {
                return [ArchiveFailure(file: path, message: "cannot be read")]
            }
            guard sha256(data) == manifest.checksums[path] else {
                return [ArchiveFailure(file: path, message: "SHA-256 differs from the manifest")]
            }
            guard let schemaPath = manifest.schemas[path], manifest.checksums[schemaPath] != nil,
                let schema = schemas[schemaPath]
            else { return [] }
            return documentFailures(path: path, data: data, schema: schema)
        }.flatMap { $0 }
    }

    /// Why a schema of the archive cannot be used: each reference to
    /// another resource on its line, or that it is not a valid schema.
    private static func schemaFailures(path: String, _ error: any Error) -> [ArchiveFailure] {
        guard let error = error as? XMLError, error.code == .reference else {
            return [ArchiveFailure(file: path, message: "not a valid XML schema")]
        }
        return error.diagnostics.map {
            ArchiveFailure(
                file: path, line: $0.line,
                message: "\($0.message) refers to another resource, which an archive's schema may not")
        }
    }

    private static func documentFailures(path: String, data: Data, schema: XMLSchema) -> [ArchiveFailure] {
        do {
            let document = try XMLDocument(data: data, name: path)
            var failures: [ArchiveFailure] = []
            if try document.canonicalData() != data {
                failures.append(ArchiveFailure(file: path, message: "not in exclusive canonical form"))
            }
            for problem in schema.problems(in: document) {
                failures.append(ArchiveFailure(file: path, line: problem.line, message: problem.message))
            }
            return failures
        } catch let error as XMLError {
            return [
                ArchiveFailure(
                    file: path, line: error.diagnostics.first?.line, message: "not well-formed XML")
            ]
        } catch {
            return [ArchiveFailure(file: path, message: "cannot be checked")]
        }
    }

    /// Every regular file below `directory`, as a path relative to it with
    /// `/` separators; links and other special files are listed too, so
    /// that they show up as unlisted.
    static func listFiles(in directory: URL) -> [String] {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if type != .typeDirectory { paths.append(relative) }
        }
        return paths.sorted()
    }
}
