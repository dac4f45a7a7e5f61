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
        let text = """
            <scores xmlns="urn:example:scores">
              <score item="a" value="4"/>
              <score value="5"/>
              <score item="c" value="high"/>
              <note/>
            </scores>
            """
        let document = try XMLDocument(contentsOf: try directory.write(text, to: "scores.xml"))
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
