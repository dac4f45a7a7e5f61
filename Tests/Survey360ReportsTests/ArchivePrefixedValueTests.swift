import Crypto
import Foundation
import Survey360Reports
import Testing

/// Documents that are valid as written but not in the canonical form the
/// archive would hold: exclusive canonicalisation drops a namespace
/// declaration that only a value uses (an `xsi:type`, a `QName`), so the
/// value's prefix comes loose. The archive validates its parsed tree where
/// that cannot happen; these must still be refused, as `verify` would
/// reject them once archived.
@Suite struct ArchivePrefixedValueTests {
    /// `item` of type `plain`, or of `special`, derived from it, by `xsi:type`.
    static let typesSchema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:ref:1"
                   xmlns="urn:example:ref:1" elementFormDefault="qualified">
          <xs:complexType name="plain"><xs:attribute name="id" type="xs:string"/></xs:complexType>
          <xs:complexType name="special"><xs:complexContent><xs:extension base="plain"/></xs:complexContent></xs:complexType>
          <xs:element name="item" type="plain"/>
        </xs:schema>
        """

    /// `item` whose `ref` names something by a prefixed name.
    static let qualifiedNameSchema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:ref:1"
                   xmlns="urn:example:ref:1" elementFormDefault="qualified">
          <xs:element name="item"><xs:complexType><xs:attribute name="ref" type="xs:QName"/></xs:complexType></xs:element>
        </xs:schema>
        """

    @Test func aTypeNamedThroughADroppedPrefixIsRefused() throws {
        let document = """
            <item xmlns="urn:example:ref:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xmlns:t="urn:example:ref:1" xsi:type="t:special" id="I1"/>
            """
        let error = try Self.refusal(of: document, schema: Self.typesSchema)
        #expect(error.details.contains { $0.contains("'t:special' has no corresponding namespace declaration") })
    }

    @Test func aQualifiedNameThroughADroppedPrefixIsRefused() throws {
        let document = #"<item xmlns="urn:example:ref:1" xmlns:p="urn:example:other" ref="p:thing"/>"#
        let error = try Self.refusal(of: document, schema: Self.qualifiedNameSchema)
        #expect(error.details.contains { $0.contains("'p:thing' has no corresponding namespace declaration") })
    }

    @Test func theSameValuesWithTheirPrefixesInUseAreArchived() throws {
        // Canonical form keeps a declaration an element's own name uses.
        let documents = [
            (
                Self.typesSchema,
                #"<t:item xmlns:t="urn:example:ref:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="t:special"/>"#
            ),
            (Self.qualifiedNameSchema, #"<p:item xmlns:p="urn:example:ref:1" ref="p:thing"/>"#),
        ]
        for (schema, document) in documents {
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let archive = folder.appending(path: "archive")
            try AuditArchive.write(
                documents: [(name: "item.xml", data: Data(document.utf8))],
                schemas: [try Self.schema(schema, in: folder)],
                to: archive, signingKey: Curve25519.Signing.PrivateKey())
            #expect(AuditArchive.verify(archive) == [])
        }
    }

    /// The error that archiving `document` alone throws; nothing of the
    /// archive may be left.
    private static func refusal(of document: String, schema: String) throws -> ArchiveError {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appending(path: "archive")
        let error = try #require(throws: ArchiveError.self) {
            try AuditArchive.write(
                documents: [(name: "item.xml", data: Data(document.utf8))],
                schemas: [try Self.schema(schema, in: folder)],
                to: archive, signingKey: Curve25519.Signing.PrivateKey())
        }
        #expect(error.code == .invalidDocument)
        #expect(error.message == "Document 'item.xml' does not match schema 'item.xsd'")
        #expect(!FileManager.default.fileExists(atPath: archive.path))
        return error
    }

    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "survey360-prefixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func schema(_ text: String, in folder: URL) throws -> URL {
        let url = folder.appending(path: "item.xsd")
        try Data(text.utf8).write(to: url)
        return url
    }
}
