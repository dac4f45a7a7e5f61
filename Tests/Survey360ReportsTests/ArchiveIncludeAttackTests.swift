import Crypto
import Foundation
import Survey360Reports
import Survey360TestSupport
import Testing

/// An archive whose schema gains one `xs:include`, with its manifest hash
/// updated (issue #10, item 1): `verify` reads nothing outside the archive,
/// sends nothing anywhere and never blocks, whether or not the attacker
/// could re-sign the manifest.
@Suite struct ArchiveIncludeAttackTests {
    enum Include: String, CaseIterable, CustomTestStringConvertible {
        case localFileOutsideTheArchive, httpAddress, fifo
        var testDescription: String { rawValue }

        func line(in attack: SchemaIncludeAttack) -> String {
            switch self {
            case .localFileOutsideTheArchive: attack.localInclude
            case .httpAddress: attack.networkInclude
            case .fifo: attack.fifoInclude
            }
        }
    }

    /// Adds `include` to the archive's schema and updates its hash in the
    /// manifest; re-signs the manifest with the archive's key if `resign`.
    private func tamper(_ fixture: ArchiveFixture, include: String, resign: Bool) throws {
        let schemaPath = "schemas/person.xsd"
        let original = try String(contentsOf: fixture.url(schemaPath), encoding: .utf8)
        let hostile = Data(SchemaIncludeAttack.inserting(include, into: original).utf8)
        try hostile.write(to: fixture.url(schemaPath))
        let oldHash = SHA256.hash(data: Data(original.utf8)).map { String(format: "%02x", $0) }.joined()
        let newHash = SHA256.hash(data: hostile).map { String(format: "%02x", $0) }.joined()
        var manifest = try String(contentsOf: fixture.url(AuditArchive.manifestFile), encoding: .utf8)
        manifest = manifest.replacingOccurrences(of: oldHash, with: newHash)
        try Data(manifest.utf8).write(to: fixture.url(AuditArchive.manifestFile))
        if resign {
            try fixture.key.signature(for: Data(manifest.utf8)).write(to: fixture.url(AuditArchive.signatureFile))
        }
    }

    @Test(arguments: Include.allCases)
    func unsignedChangeIsNotParsedAtAll(_ include: Include) throws {
        let attack = try SchemaIncludeAttack()
        let fixture = try ArchiveFixture()
        try tamper(fixture, include: include.line(in: attack), resign: false)
        let failures = AuditArchive.verify(fixture.archive).map(\.description)
        #expect(
            failures == [
                "MANIFEST.sha256.sig: signature of 'MANIFEST.sha256' does not verify with 'signing-key.pub.pem'"
            ])
        #expect(attack.requests == [])
    }

    @Test(arguments: Include.allCases)
    func signedSchemaWithAnIncludeIsRefused(_ include: Include) throws {
        let attack = try SchemaIncludeAttack()
        let fixture = try ArchiveFixture()
        let line = include.line(in: attack)
        try tamper(fixture, include: line, resign: true)
        let failures = AuditArchive.verify(fixture.archive).map(\.description)
        let location = try #require(line.split(separator: "\"").dropFirst().first)
        #expect(
            failures == [
                "schemas/person.xsd:4: element 'include' of '\(location)' refers to another resource, "
                    + "which an archive's schema may not"
            ])
        #expect(attack.requests == [])
        #expect(!failures.joined().contains(SchemaIncludeAttack.secret))
    }

    @Test func schemaWithADocumentTypeDeclarationIsRefused() throws {
        let fixture = try ArchiveFixture()
        let schemaPath = "schemas/person.xsd"
        let original = try String(contentsOf: fixture.url(schemaPath), encoding: .utf8)
        let hostile = original.replacingOccurrences(
            of: "<xs:schema ", with: "<!DOCTYPE xs:schema [<!ENTITY x \"y\">]>\n<xs:schema ")
        try Data(hostile.utf8).write(to: fixture.url(schemaPath))
        let oldHash = SHA256.hash(data: Data(original.utf8)).map { String(format: "%02x", $0) }.joined()
        let newHash = SHA256.hash(data: Data(hostile.utf8)).map { String(format: "%02x", $0) }.joined()
        let manifest = try String(contentsOf: fixture.url(AuditArchive.manifestFile), encoding: .utf8)
            .replacingOccurrences(of: oldHash, with: newHash)
        try Data(manifest.utf8).write(to: fixture.url(AuditArchive.manifestFile))
        try fixture.key.signature(for: Data(manifest.utf8)).write(to: fixture.url(AuditArchive.signatureFile))
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "schemas/person.xsd:1: a document type declaration refers to another resource, "
                    + "which an archive's schema may not"
            ])
    }

    @Test func writingAnArchiveRefusesASchemaWithAnInclude() throws {
        let attack = try SchemaIncludeAttack()
        let folder = attack.folder.appending(path: "given")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let schema = folder.appending(path: "person.xsd")
        try Data(SchemaIncludeAttack.inserting(attack.localInclude, into: ArchiveFixture.schemaText).utf8)
            .write(to: schema)
        #expect(throws: ArchiveError.self) {
            try AuditArchive.write(
                documents: [(name: String, data: Data)](), schemas: [schema], to: folder.appending(path: "archive"),
                signingKey: Curve25519.Signing.PrivateKey())
        }
        #expect(attack.requests == [])
    }
}
