import Foundation
import Survey360XML
import Testing

@Suite struct CanonicalFormTests {
    @Test func equivalentSerialisationsHaveOneCanonicalForm() throws {
        // Attribute order, quote style, an unused namespace declaration and
        // an empty-element tag all vanish in exclusive C14N.
        let first = """
            <?xml version="1.0" encoding="UTF-8"?>
            <r:report xmlns:r="urn:example:r" xmlns:unused="urn:unused" b="2" a='1'><r:empty/></r:report>
            """
        let second = """
            <r:report a="1" b="2" xmlns:r="urn:example:r"><r:empty></r:empty></r:report>
            """
        let expected = #"<r:report xmlns:r="urn:example:r" a="1" b="2"><r:empty></r:empty></r:report>"#
        let one = try XMLDocument(data: Data(first.utf8)).canonicalData()
        let two = try XMLDocument(data: Data(second.utf8)).canonicalData()
        #expect(String(decoding: one, as: UTF8.self) == expected)
        #expect(one == two)
    }

    @Test func canonicalFormIsStableAcrossRuns() throws {
        let document = XMLDocument(root: "report", namespace: "urn:example:1")
        document.root.addChild("name", text: "護理部 & 設備科")
        let once = try document.canonicalData()
        let again = try XMLDocument(data: once).canonicalData()
        #expect(once == again)
        #expect(
            String(decoding: once, as: UTF8.self)
                == #"<report xmlns="urn:example:1"><name>護理部 &amp; 設備科</name></report>"#)
    }
}
