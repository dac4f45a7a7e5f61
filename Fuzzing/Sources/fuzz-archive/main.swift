import Crypto
import Foundation
import FuzzSupport
import Survey360Reports

// The archive manifest reader, on `verify`'s path: a real archive of one
// document and its schema is written once; each input replaces its
// MANIFEST.sha256 and is signed with the archive's key, so that `verify`
// goes past the signature to the checksums, the schemas the manifest names
// and the documents' validation, as for an archive whose signer is trusted.
let namespace = "urn:survey360:fuzz:1"
let schema = ScratchFolder.url.appending(path: "fuzz.xsd")
try! Data(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="\(namespace)" \
    elementFormDefault="qualified">
      <xs:element name="note" type="xs:string"/>
    </xs:schema>
    """.utf8
).write(to: schema)
let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32))
let archive = ScratchFolder.url.appending(path: "archive")
try! AuditArchive.write(
    documents: [(name: "note.xml", data: Data("<note xmlns=\"\(namespace)\">intact</note>".utf8))],
    schemas: [schema], to: archive, signingKey: key)
let manifestURL = archive.appending(path: AuditArchive.manifestFile)
let signatureURL = archive.appending(path: AuditArchive.signatureFile)
let original = [UInt8](try! Data(contentsOf: manifestURL))
Fuzzer.require(AuditArchive.verify(archive).isEmpty, "the archive as written does not verify")

Fuzzer.run { data in
    ScratchFolder.write(data, to: manifestURL)
    ScratchFolder.write(try! key.signature(for: data), to: signatureURL)
    let failures = AuditArchive.verify(archive, trustedKey: key.publicKey)
    Fuzzer.require(failures == failures.sorted(), "failures out of order")
    if [UInt8](data) == original {
        Fuzzer.require(failures.isEmpty, "the intact manifest fails: \(failures)")
    }
}
