import Crypto
import Foundation
import Survey360Reports
import Survey360XML
import Testing

@Suite struct ArchiveWriteTests {
    @Test func intactArchiveVerifies() throws {
        let fixture = try ArchiveFixture()
        #expect(AuditArchive.verify(fixture.archive, trustedKey: fixture.key.publicKey) == [])
    }

    @Test func documentsAreStoredInCanonicalForm() throws {
        let fixture = try ArchiveFixture()
        for (document, canonical) in zip(ArchiveFixture.documents, ArchiveFixture.canonicalDocuments) {
            let stored = try String(contentsOf: fixture.url("documents/\(document.name)"), encoding: .utf8)
            #expect(stored == canonical)
        }
        let schema = try Data(contentsOf: fixture.url("schemas/person.xsd"))
        #expect(schema == Data(ArchiveFixture.schemaText.utf8))
    }

    @Test func manifestListsEveryFileSorted() throws {
        let fixture = try ArchiveFixture()
        let manifest = try String(contentsOf: fixture.url(AuditArchive.manifestFile), encoding: .utf8)
        // Checksums from coreutils, not from the code under test.
        let sums = try ArchiveFixture.run(
            ["sha256sum", "documents/person-P1.xml", "documents/person-P2.xml", "schemas/person.xsd"],
            in: fixture.archive)
        #expect(sums.status == 0)
        let expected = """
            # survey360-archive 1
            # validate documents/person-P1.xml schemas/person.xsd
            # validate documents/person-P2.xml schemas/person.xsd

            """ + sums.output
        #expect(manifest == expected)
        let check = try ArchiveFixture.run(
            ["sha256sum", "--strict", "-c", AuditArchive.manifestFile], in: fixture.archive)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func sameInputGivesTheSameArchive() throws {
        let key = Curve25519.Signing.PrivateKey()
        let first = try ArchiveFixture(key: key)
        let second = try ArchiveFixture(key: key)
        for file in [AuditArchive.manifestFile, AuditArchive.signatureFile, AuditArchive.publicKeyFile] {
            #expect(try Data(contentsOf: first.url(file)) == Data(contentsOf: second.url(file)))
        }
    }

    @Test func opensslVerifiesTheSignatureAndXmllintTheCanonicalForm() throws {
        let fixture = try ArchiveFixture()
        let signature = try ArchiveFixture.run(
            [
                "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", AuditArchive.publicKeyFile, "-rawin",
                "-in", AuditArchive.manifestFile, "-sigfile", AuditArchive.signatureFile,
            ], in: fixture.archive)
        #expect(signature.status == 0, "\(signature.output)")
        #expect(signature.output.contains("Signature Verified Successfully"))
        let canonical = try ArchiveFixture.run(
            ["xmllint", "--exc-c14n", "documents/person-P1.xml"], in: fixture.archive)
        #expect(canonical.output == ArchiveFixture.canonicalDocuments[0])
        let valid = try ArchiveFixture.run(
            [
                "xmllint", "--noout", "--schema", "schemas/person.xsd", "documents/person-P1.xml",
                "documents/person-P2.xml",
            ],
            in: fixture.archive)
        #expect(valid.status == 0, "\(valid.output)")
    }

    @Test func invalidDocumentIsNeverArchived() throws {
        let fixture = try ArchiveFixture()
        let invalid = """
            <person xmlns="urn:example:person:1" id="P2">
              <score dimension="follow-through" mean="high"/>
            </person>
            """
        let target = fixture.root.appending(path: "rejected")
        let error = try #require(throws: ArchiveError.self) {
            try AuditArchive.write(
                documents: [
                    (name: "person-P1.xml", data: Data(ArchiveFixture.documents[0].text.utf8)),
                    (name: "person-P2.xml", data: Data(invalid.utf8)),
                ], schemas: [fixture.schema], to: target, signingKey: fixture.key)
        }
        #expect(error.code == .invalidDocument)
        #expect(error.message == "Document 'person-P2.xml' does not match schema 'person.xsd'")
        #expect(
            error.details == [
                "person-P2.xml:2: element 'score', attribute 'mean': 'high' is not a valid 'xs:decimal'"
            ])
        // Nothing half-written is left behind.
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test(arguments: ["../escape.xml", "person.txt", ".hidden.xml", "with space.xml"])
    func unsafeNamesAreRefused(name: String) throws {
        let error = try #require(throws: ArchiveError.self) {
            try ArchiveFixture(documents: [(name, ArchiveFixture.documents[0].text)])
        }
        #expect(
            error.message
                == "Invalid document name '\(name)'; use letters, digits, '.', '_' and '-', ending in '.xml'")
    }

    @Test func existingArchiveIsNeverOverwritten() throws {
        let fixture = try ArchiveFixture()
        let error = try #require(throws: ArchiveError.self) {
            try AuditArchive.write(
                documents: [(name: "x.xml", data: Data(ArchiveFixture.documents[0].text.utf8))],
                schemas: [fixture.schema], to: fixture.archive, signingKey: fixture.key)
        }
        #expect(error.message == "Archive directory '\(fixture.archive.path)' is not empty")
    }

    @Test func documentsBuiltInMemoryAreArchived() throws {
        let fixture = try ArchiveFixture()
        let document = XMLDocument(root: "person", namespace: "urn:example:person:1")
        document.root.setAttribute("id", "P3")
        let score = document.root.addChild("score")
        score.setAttribute("dimension", "lead-time")
        score.setAttribute("mean", "2.0")
        let archive = fixture.root.appending(path: "built")
        try AuditArchive.write(
            documents: [(name: "person-P3.xml", document: document)], schemas: [fixture.schema], to: archive,
            signingKey: fixture.key)
        #expect(AuditArchive.verify(archive) == [])
        #expect(
            try String(contentsOf: archive.appending(path: "documents/person-P3.xml"), encoding: .utf8)
                == #"<person xmlns="urn:example:person:1" id="P3"><score dimension="lead-time" mean="2.0"></score></person>"#
        )
    }
}
