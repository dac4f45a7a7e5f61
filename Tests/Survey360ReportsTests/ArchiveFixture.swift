import Crypto
import Foundation
import Survey360Reports
import Survey360XML

/// A small archive written to a fresh temporary directory: two documents
/// and their schema, signed with a new key.
final class ArchiveFixture {
    static let schemaText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:person:1"
                   xmlns="urn:example:person:1" elementFormDefault="qualified">
          <xs:element name="person">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="score" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="dimension" type="xs:string" use="required"/>
                    <xs:attribute name="mean" type="xs:decimal" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
              <xs:attribute name="id" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    /// Two documents as another program might write them: attribute order,
    /// quotes and an unused namespace declaration that C14N normalises.
    static let documents: [(name: String, text: String)] = [
        (
            "person-P1.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <person xmlns="urn:example:person:1" xmlns:unused="urn:unused" id='P1'>
              <score mean="4.25" dimension="lead-time"/>
            </person>
            """
        ),
        (
            "person-P2.xml",
            #"<person xmlns="urn:example:person:1" id="P2"><score dimension="follow-through" mean="3.5"/></person>"#
        ),
    ]

    /// The canonical forms of `documents`, written out by hand.
    static let canonicalDocuments = [
        "<person xmlns=\"urn:example:person:1\" id=\"P1\">\n  <score dimension=\"lead-time\" mean=\"4.25\"></score>\n</person>",
        #"<person xmlns="urn:example:person:1" id="P2"><score dimension="follow-through" mean="3.5"></score></person>"#,
    ]

    let root: URL
    let archive: URL
    let schema: URL
    let key: Curve25519.Signing.PrivateKey

    init(
        key: Curve25519.Signing.PrivateKey = Curve25519.Signing.PrivateKey(),
        documents: [(name: String, text: String)] = documents
    ) throws {
        root = FileManager.default.temporaryDirectory.appending(
            path: "survey360-archive-\(UUID().uuidString)")
        archive = root.appending(path: "archive")
        schema = root.appending(path: "person.xsd")
        self.key = key
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(Self.schemaText.utf8).write(to: schema)
        try AuditArchive.write(
            documents: documents.map { (name: $0.name, data: Data($0.text.utf8)) }, schemas: [schema],
            to: archive,
            signingKey: key)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ path: String) -> URL { archive.appending(path: path) }

    /// Flips the lowest bit of the byte at `offset` of the file at `path`.
    func flipByte(in path: String, at offset: Int) throws {
        var data = try Data(contentsOf: url(path))
        data[offset] ^= 0x01
        try data.write(to: url(path))
    }

    /// Runs a command-line tool and returns its exit status and output.
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
