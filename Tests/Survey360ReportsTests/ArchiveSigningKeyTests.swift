import Crypto
import Foundation
import Survey360Reports
import Testing

@Suite struct ArchiveSigningKeyTests {
    @Test func generatedKeysArePrivateAndReadableByOpenSSL() throws {
        let fixture = try ArchiveFixture()
        let keys = fixture.root.appending(path: "keys")
        let publicKey = try SigningKeys.generate(to: keys)
        let privateURL = keys.appending(path: SigningKeys.privateKeyFile)
        let attributes = try FileManager.default.attributesOfItem(atPath: privateURL.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let privateKey = try SigningKeys.loadPrivateKey(from: privateURL)
        #expect(privateKey.publicKey.rawRepresentation == publicKey.rawRepresentation)
        let loaded = try SigningKeys.loadPublicKey(from: keys.appending(path: SigningKeys.publicKeyFile))
        #expect(loaded.rawRepresentation == publicKey.rawRepresentation)
        // OpenSSL derives the same public key from the private key file.
        let derived = try ArchiveFixture.run(
            ["openssl", "pkey", "-in", SigningKeys.privateKeyFile, "-pubout"], in: keys)
        #expect(derived.status == 0)
        #expect(
            derived.output
                == (try String(contentsOf: keys.appending(path: SigningKeys.publicKeyFile), encoding: .utf8)))
    }

    @Test func keysAreNeverOverwritten() throws {
        let fixture = try ArchiveFixture()
        let keys = fixture.root.appending(path: "keys")
        try SigningKeys.generate(to: keys)
        let error = try #require(throws: ArchiveError.self) { try SigningKeys.generate(to: keys) }
        #expect(error.code == .key)
        #expect(
            error.message
                == "Key file '\(keys.appending(path: SigningKeys.publicKeyFile).path)' already exists; keys are never overwritten"
        )
    }

    @Test func keyFromOpenSSLSignsArchives() throws {
        let fixture = try ArchiveFixture()
        let generated = try ArchiveFixture.run(
            ["openssl", "genpkey", "-algorithm", "ed25519", "-out", "openssl.pem"], in: fixture.root)
        #expect(generated.status == 0)
        let key = try SigningKeys.loadPrivateKey(from: fixture.root.appending(path: "openssl.pem"))
        let archive = fixture.root.appending(path: "second")
        try AuditArchive.write(
            documents: [(name: "p.xml", data: Data(ArchiveFixture.documents[1].text.utf8))],
            schemas: [fixture.schema],
            to: archive, signingKey: key)
        #expect(AuditArchive.verify(archive, trustedKey: key.publicKey) == [])
    }
}
