import Crypto
import Foundation
import Survey360Reports
import Testing

/// Every way of changing an archive after it was written is caught, and the
/// failure names the file that changed.
@Suite struct ArchiveTamperTests {
    @Test func flippedByteInADocument() throws {
        let fixture = try ArchiveFixture()
        try fixture.flipByte(in: "documents/person-P2.xml", at: 60)
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "documents/person-P2.xml: SHA-256 differs from the manifest"
            ])
    }

    @Test func flippedByteInTheManifest() throws {
        let fixture = try ArchiveFixture()
        // A byte in a checksum: the signature fails, and the checksum too.
        let manifest = try String(contentsOf: fixture.url(AuditArchive.manifestFile), encoding: .utf8)
        let offset =
            try #require(manifest.utf8.firstIndex(of: UInt8(ascii: "\n"))).utf16Offset(in: manifest) + 5
        try fixture.flipByte(in: AuditArchive.manifestFile, at: offset)
        let failures = AuditArchive.verify(fixture.archive).map(\.description)
        #expect(
            failures.contains(
                "MANIFEST.sha256.sig: signature of 'MANIFEST.sha256' does not verify with 'signing-key.pub.pem'"
            ))
    }

    @Test func flippedByteInTheSignature() throws {
        let fixture = try ArchiveFixture()
        try fixture.flipByte(in: AuditArchive.signatureFile, at: 40)
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "MANIFEST.sha256.sig: signature of 'MANIFEST.sha256' does not verify with 'signing-key.pub.pem'"
            ])
    }

    @Test func flippedByteInASchema() throws {
        let fixture = try ArchiveFixture()
        try fixture.flipByte(in: "schemas/person.xsd", at: 200)
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "schemas/person.xsd: SHA-256 differs from the manifest"
            ])
    }

    @Test func deletedFile() throws {
        let fixture = try ArchiveFixture()
        try FileManager.default.removeItem(at: fixture.url("documents/person-P1.xml"))
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "documents/person-P1.xml: missing from the archive"
            ])
    }

    @Test func deletedSignature() throws {
        let fixture = try ArchiveFixture()
        try FileManager.default.removeItem(at: fixture.url(AuditArchive.signatureFile))
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "MANIFEST.sha256.sig: missing from the archive"
            ])
    }

    @Test func addedFile() throws {
        let fixture = try ArchiveFixture()
        try Data("<person/>".utf8).write(to: fixture.url("documents/person-P9.xml"))
        try Data().write(to: fixture.url("notes.txt"))
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "documents/person-P9.xml: not listed in the manifest",
                "notes.txt: not listed in the manifest",
            ])
    }

    @Test func documentSwappedInFromAnotherArchive() throws {
        let fixture = try ArchiveFixture()
        var documents = ArchiveFixture.documents
        documents[0].text = documents[0].text.replacingOccurrences(of: "4.25", with: "4.75")
        let other = try ArchiveFixture(key: fixture.key, documents: documents)
        let swapped = fixture.url("documents/person-P1.xml")
        try FileManager.default.removeItem(at: swapped)
        try FileManager.default.copyItem(at: other.url("documents/person-P1.xml"), to: swapped)
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "documents/person-P1.xml: SHA-256 differs from the manifest"
            ])
    }

    @Test func archiveResignedWithAnotherKey() throws {
        let trusted = Curve25519.Signing.PrivateKey()
        let forged = try ArchiveFixture(key: Curve25519.Signing.PrivateKey())
        let failures = AuditArchive.verify(forged.archive, trustedKey: trusted.publicKey)
        #expect(failures.count == 1)
        #expect(failures.first?.file == "signing-key.pub.pem")
        #expect(failures.first?.message.hasPrefix("not the trusted key; fingerprint '") == true)
    }

    @Test func validButNonCanonicalDocumentWithMatchingManifest() throws {
        // Someone holding the key rewrites a document without canonicalising
        // it and updates the manifest: hashes and signature agree, but the
        // document is not what Survey360 writes.
        let fixture = try ArchiveFixture()
        let path = "documents/person-P2.xml"
        let original = try Data(contentsOf: fixture.url(path))
        let rewritten = Data(
            #"<person xmlns="urn:example:person:1" id="P2"><score dimension="follow-through" mean="3.5"/></person>"#
                .utf8)
        try rewritten.write(to: fixture.url(path))
        var manifest = try String(contentsOf: fixture.url(AuditArchive.manifestFile), encoding: .utf8)
        manifest = manifest.replacingOccurrences(
            of: hex(SHA256.hash(data: original)), with: hex(SHA256.hash(data: rewritten)))
        try Data(manifest.utf8).write(to: fixture.url(AuditArchive.manifestFile))
        try fixture.key.signature(for: Data(manifest.utf8)).write(to: fixture.url(AuditArchive.signatureFile))
        #expect(
            AuditArchive.verify(fixture.archive).map(\.description) == [
                "documents/person-P2.xml: not in exclusive canonical form"
            ])
    }

    /// The strongest form of the requirement: flip each bit-0 of every byte
    /// of every file in turn; verification must fail every single time,
    /// naming a file.
    @Test func everyChangedByteIsDetected() throws {
        let fixture = try ArchiveFixture()
        let files = [
            AuditArchive.manifestFile, AuditArchive.signatureFile, AuditArchive.publicKeyFile,
            "documents/person-P1.xml", "documents/person-P2.xml", "schemas/person.xsd",
        ]
        var undetected: [String] = []
        for file in files {
            let original = try Data(contentsOf: fixture.url(file))
            for offset in original.indices {
                var changed = original
                changed[offset] ^= 0x01
                try changed.write(to: fixture.url(file))
                if AuditArchive.verify(fixture.archive).isEmpty { undetected.append("\(file)@\(offset)") }
            }
            try original.write(to: fixture.url(file))
        }
        #expect(undetected == [])
        #expect(AuditArchive.verify(fixture.archive) == [])
    }

    private func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
