import Foundation
import Survey360XML
import Testing

@Suite struct XMLSchemaTests {
    static let schemaText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:example:scores" xmlns="urn:example:scores"
                   elementFormDefault="qualified">
          <xs:element name="scores">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="score" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="item" type="xs:string" use="required"/>
                    <xs:attribute name="value" type="xs:integer" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    /// Three problems, on lines 3, 4 and 5.
    static let invalidText = """
        <scores xmlns="urn:example:scores">
          <score item="a" value="4"/>
          <score value="5"/>
          <score item="c" value="high"/>
          <note/>
        </scores>
        """

    @Test func validDocumentPasses() throws {
        let directory = try TemporaryDirectory()
        let schema = try XMLSchema(contentsOf: try directory.write(Self.schemaText, to: "scores.xsd"))
        let document = try XMLDocument(
            data: Data(#"<scores xmlns="urn:example:scores"><score item="a" value="4"/></scores>"#.utf8))
        try schema.validate(document)
        #expect(schema.problems(in: document).isEmpty)
    }

    @Test func everyErrorHasItsLineAndAHouseStyleMessage() throws {
        let directory = try TemporaryDirectory()
        let schema = try XMLSchema(contentsOf: try directory.write(Self.schemaText, to: "scores.xsd"))
        let document = try XMLDocument(contentsOf: try directory.write(Self.invalidText, to: "scores.xml"))
        let error = try #require(throws: XMLError.self) { try schema.validate(document) }
        #expect(error.code == .invalid)
        #expect(error.message == "'scores.xml' does not match schema 'scores.xsd'")
        #expect(
            error.diagnostics.map(\.description) == [
                "scores.xml:3: element 'score': missing attribute 'item'",
                "scores.xml:4: element 'score', attribute 'value': 'high' is not a valid 'xs:integer'",
                "scores.xml:5: element 'note': element not expected here; expected 'score'",
            ])
    }

    /// Bytes validated as they are read give the same problems, with the
    /// same lines, as the parsed tree.
    @Test func bytesAreCheckedAsTheirTreeIs() throws {
        let directory = try TemporaryDirectory()
        let schema = try XMLSchema(contentsOf: try directory.write(Self.schemaText, to: "scores.xsd"))
        let valid = Data(#"<scores xmlns="urn:example:scores"><score item="a" value="4"/></scores>"#.utf8)
        #expect(schema.problems(inDocument: valid, name: "valid.xml").isEmpty)
        let tree = try XMLDocument(contentsOf: try directory.write(Self.invalidText, to: "scores.xml"))
        let problems = schema.problems(inDocument: Data(Self.invalidText.utf8), name: "scores.xml")
        #expect(problems.map(\.description) == schema.problems(in: tree).map(\.description))
        #expect(problems.count == 3)
    }

    @Test func bytesThatAreNotXMLOrReachOutAreProblems() throws {
        let directory = try TemporaryDirectory()
        let schema = try XMLSchema(contentsOf: try directory.write(Self.schemaText, to: "scores.xsd"))
        let secret = try directory.write(
            #"<score xmlns="urn:example:scores" item="leaked" value="1"/>"#, to: "secret.xml")
        let malformed = Data("<scores xmlns=\"urn:example:scores\">\n<score item=\"a\" value=\"4\">".utf8)
        let cut = schema.problems(inDocument: malformed, name: "cut.xml")
        #expect(!cut.isEmpty)
        #expect(cut.allSatisfy { $0.file == "cut.xml" })
        #expect(schema.problems(inDocument: Data(), name: "empty.xml").count == 1)
        // Read and substituted, the entity would make this document valid
        // (`xmllint --noent --schema` says so); here it is not even declared.
        let reaching = Data(
            """
            <!DOCTYPE scores [<!ENTITY s SYSTEM "\(secret.absoluteString)">]>
            <scores xmlns="urn:example:scores">&s;</scores>
            """.utf8)
        let reached = schema.problems(inDocument: reaching, name: "reaching.xml")
        #expect(reached.map(\.description) == ["reaching.xml:2: entity 's' not defined"])
    }

    @Test func brokenSchemaIsRejected() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write(
            #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>"#,
            to: "bad.xsd")
        let error = try #require(throws: XMLError.self) { try XMLSchema(contentsOf: url) }
        #expect(error.code == .schema)
        #expect(error.message == "'bad.xsd' is not a valid XML schema")
        #expect(error.diagnostics.first?.line == 1)
    }
}
