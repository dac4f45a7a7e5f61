import Foundation
import Survey360TestSupport
import Survey360XML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The process-wide external entity loader: schemas and stylesheets read
/// files in their own folder, nothing else and never the network
/// (issue #10, item 1).
@Suite struct ExternalEntityLoaderTests {
    static let schemaText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:1"
                   xmlns="urn:example:1" elementFormDefault="qualified">
          <xs:element name="note" type="xs:string"/>
        </xs:schema>
        """

    @Test func includeOfAFileOutsideTheFolderIsRefusedAndNothingIsSent() throws {
        let attack = try SchemaIncludeAttack()
        let directory = try TemporaryDirectory()
        let schema = try directory.write(
            SchemaIncludeAttack.inserting(attack.localInclude, into: Self.schemaText), to: "note.xsd")
        let error = try #require(throws: XMLError.self) { try XMLSchema(contentsOf: schema) }
        #expect(error.code == .schema)
        #expect(
            error.diagnostics.map(\.message).contains {
                $0.hasPrefix("refused to read 'file://\(attack.folder.path)/included.xsd': outside the folder '")
            })
        #expect(attack.requests == [])
    }

    @Test func includeOfAnHTTPAddressIsRefusedWithoutARequest() throws {
        let attack = try SchemaIncludeAttack()
        let directory = try TemporaryDirectory()
        let schema = try directory.write(
            SchemaIncludeAttack.inserting(attack.networkInclude, into: Self.schemaText), to: "note.xsd")
        let error = try #require(throws: XMLError.self) { try XMLSchema(contentsOf: schema) }
        #expect(
            error.diagnostics.map(\.message).contains {
                $0 == "refused to read 'http://127.0.0.1:\(attack.listener.port)/included.xsd': "
                    + "Survey360 never reads from the network"
            })
        #expect(attack.requests == [])
    }

    /// A FIFO nobody writes to would block an ordinary read for ever; the
    /// loader opens without blocking and refuses what is not a regular file,
    /// so this returns at once by design.
    @Test func includeOfAFIFOInTheFolderIsRefusedWithoutBlocking() throws {
        let directory = try TemporaryDirectory()
        #expect(mkfifo(directory.url.appending(path: "fifo.xsd").path, 0o600) == 0)
        let schema = try directory.write(
            SchemaIncludeAttack.inserting(#"<xs:include schemaLocation="fifo.xsd"/>"#, into: Self.schemaText),
            to: "note.xsd")
        let error = try #require(throws: XMLError.self) { try XMLSchema(contentsOf: schema) }
        #expect(error.diagnostics.map(\.message).contains { $0.hasSuffix("': not a regular file") })
    }

    @Test func includeOfASymbolicLinkLeadingOutsideIsRefused() throws {
        let attack = try SchemaIncludeAttack()
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(
            at: directory.url.appending(path: "link.xsd"),
            withDestinationURL: attack.folder.appending(path: "included.xsd"))
        let schema = try directory.write(
            SchemaIncludeAttack.inserting(#"<xs:include schemaLocation="link.xsd"/>"#, into: Self.schemaText),
            to: "note.xsd")
        #expect(throws: XMLError.self) { try XMLSchema(contentsOf: schema) }
        #expect(attack.requests == [])
    }

    @Test func includeOfASchemaInTheSameFolderStillWorks() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:1">
              <xs:element name="extra" type="xs:string"/>
            </xs:schema>
            """, to: "extra.xsd")
        let schema = try XMLSchema(
            contentsOf: try directory.write(
                SchemaIncludeAttack.inserting(#"<xs:include schemaLocation="extra.xsd"/>"#, into: Self.schemaText),
                to: "note.xsd"))
        try schema.validate(XMLDocument(data: Data(#"<extra xmlns="urn:example:1">kept</extra>"#.utf8)))
    }

    @Test func stylesheetDocumentOutsideItsFolderReadsNothing() throws {
        let attack = try SchemaIncludeAttack()
        let directory = try TemporaryDirectory()
        try directory.write("<inside/>", to: "inside.xml")
        let stylesheet = try XSLTStylesheet(
            contentsOf: try directory.write(
                """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="/">
                    <counts inside="{count(document('inside.xml')/*)}"
                            outside="{count(document('\(attack.folder.path)/included.xsd')/*)}"/>
                  </xsl:template>
                </xsl:stylesheet>
                """, to: "page.xsl"))
        let result = try stylesheet.apply(to: XMLDocument(data: Data("<any/>".utf8)))
        #expect(result.root[attribute: "inside"] == "1")
        #expect(result.root[attribute: "outside"] == "0")
    }
}
