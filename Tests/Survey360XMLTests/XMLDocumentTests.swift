import Foundation
import Survey360XML
import Testing

@Suite struct XMLDocumentTests {
    @Test func parseErrorNamesFileLineAndColumn() throws {
        let text = """
            <?xml version="1.0"?>
            <survey>
              <item>one</item>
              <item>two</dimension>
            </survey>
            """
        let error = try #require(throws: XMLError.self) {
            try XMLDocument(data: Data(text.utf8), name: "broken.xml")
        }
        #expect(error.code == .malformed)
        #expect(error.message == "'broken.xml' is not well-formed XML")
        let first = try #require(error.diagnostics.first)
        #expect(first.file == "broken.xml")
        #expect(first.line == 4)
        #expect(first.column > 0)
        #expect(
            first.description == "broken.xml:4: opening and ending tag mismatch: item line 4 and dimension")
    }

    @Test func undeclaredNamespacePrefixIsRejected() throws {
        let error = try #require(throws: XMLError.self) {
            try XMLDocument(data: Data("<a><q:b/></a>".utf8), name: "ns.xml")
        }
        #expect(error.diagnostics.first?.line == 1)
        #expect(error.diagnostics.first?.message == "namespace prefix q on b is not defined")
    }

    @Test func externalEntityIsNotExpanded() throws {
        let secretFile = FileManager.default.temporaryDirectory
            .appending(path: "survey360-secret-\(UUID().uuidString).txt")
        try Data("TOP-SECRET-MARKER".utf8).write(to: secretFile)
        defer { try? FileManager.default.removeItem(at: secretFile) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY leak SYSTEM "file://\(secretFile.path)">]>
            <r>before &leak; after</r>
            """
        let document = try XMLDocument(data: Data(text.utf8), name: "xxe.xml")
        #expect(!document.root.text.contains("TOP-SECRET-MARKER"))
        #expect(!document.xmlString().contains("TOP-SECRET-MARKER"))
    }

    @Test func entityExpansionBombIsRefused() throws {
        // "Billion laughs": ten levels of ten references each. Entities are
        // never substituted, and libxml2 refuses the amplification itself.
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE bomb [\n<!ENTITY e0 \"ha\">\n"
        for level in 1...10 {
            text += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">\n"
        }
        text += "]>\n<bomb>&e10;</bomb>"
        let clock = ContinuousClock()
        let start = clock.now
        let document = try? XMLDocument(data: Data(text.utf8), name: "bomb.xml")
        #expect(clock.now - start < .seconds(2))
        #expect((document?.root.text.count ?? 0) < 1_000)
    }

    @Test func networkEntityIsNeverFetched() throws {
        // With NONET an external DTD or entity on the network is refused
        // without any connection attempt; the document itself still parses.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "http://192.0.2.1/evil.dtd">
            <r>&#x4E2D;</r>
            """
        let document = try XMLDocument(data: Data(text.utf8), name: "net.xml")
        #expect(document.root.text == "中")
    }

    @Test func builtTextKeepsAmpersandsAndAngleBrackets() throws {
        let document = XMLDocument(root: "report", namespace: "urn:example:1")
        let title = document.root.addChild("title", text: "R&D <north> \"wing\"")
        title.setAttribute("note", "a&b<c\"d")
        let reparsed = try XMLDocument(data: document.xmlData(), name: "round.xml")
        let element = try #require(reparsed.root.children.first)
        #expect(element.text == "R&D <north> \"wing\"")
        #expect(element[attribute: "note"] == "a&b<c\"d")
        #expect(element.namespaceURI == "urn:example:1")
        #expect(
            document.xmlString()
                == """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="urn:example:1">
                  <title note="a&amp;b&lt;c&quot;d">R&amp;D &lt;north&gt; "wing"</title>
                </report>

                """)
    }

    @Test func serialisationIsByteIdenticalForIdenticalInput() throws {
        let text = Data("<a xmlns='urn:x' b='1'><c>中文 &amp; more</c></a>".utf8)
        let first = try XMLDocument(data: text).xmlData()
        let second = try XMLDocument(data: text).xmlData()
        #expect(first == second)
    }

    @Test func xpathWithNamespaces() throws {
        let text = """
            <q:list xmlns:q="urn:example:q">
              <q:item id="a" dimension="lead-time"/>
              <q:item id="b" dimension="follow-through"/>
              <q:item id="c" dimension="lead-time"/>
            </q:list>
            """
        let document = try XMLDocument(data: Data(text.utf8), name: "list.xml")
        let namespaces = ["s": "urn:example:q"]
        let items = try document.select("//s:item[@dimension = 'lead-time']", namespaces: namespaces)
        #expect(items.map { $0[attribute: "id"] } == ["a", "c"])
        #expect(items.map(\.line) == [2, 4])
        #expect(try document.string("count(//s:item)", namespaces: namespaces) == "3")
        let error = try #require(throws: XMLError.self) { try document.select("//z:item") }
        #expect(error.code == .xpath)
        #expect(error.message.hasPrefix("Invalid XPath expression '//z:item'"))
    }

    @Test func elementKeepsItsDocumentAlive() throws {
        func firstChild() throws -> XMLElement {
            let document = try XMLDocument(data: Data("<a><b>kept</b></a>".utf8))
            return document.root.children[0]
        }
        let element = try firstChild()
        #expect(element.text == "kept")
    }
}
