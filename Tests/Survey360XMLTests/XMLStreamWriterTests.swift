import Foundation
import Survey360XML
import Testing

@Suite struct XMLStreamWriterTests {
    @Test func writesEscapedIndentedDocument() throws {
        let writer = XMLStreamWriter()
        try writer.element("person", namespace: "urn:example:report:1") {
            try writer.attribute("id", "P&1")
            try writer.attribute("raters", 7)
            try writer.element("department", text: "R&D <lab>")
            try writer.element("score", text: XMLStreamWriter.decimal(4.125, fractionDigits: 2))
        }
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <person xmlns="urn:example:report:1" id="P&amp;1" raters="7">
              <department>R&amp;D &lt;lab&gt;</department>
              <score>4.13</score>
            </person>

            """
        let written = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(written == expected)
    }

    @Test(arguments: [
        (4.125, 2, "4.13"), (-0.004, 2, "0.00"), (-1.5, 0, "-2"), (3.0, 1, "3.0"), (0.05, 3, "0.050"),
        (12345.678, 1, "12345.7"),
    ])
    func decimalsIgnoreTheLocale(value: Double, digits: Int, expected: String) {
        #expect(XMLStreamWriter.decimal(value, fractionDigits: digits) == expected)
    }

    @Test func endingWithNothingOpenIsAnError() throws {
        let writer = XMLStreamWriter()
        let error = try #require(throws: XMLError.self) { try writer.endElement() }
        #expect(error.message == "No element is open to end")
    }

    @Test func writesManyDocumentsQuickly() throws {
        // 10,000 person documents of 30 scores each: well under the time the
        // report writer can afford for 100,000.
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for person in 0..<10_000 {
                let writer = XMLStreamWriter(indented: false)
                try writer.element("person") {
                    try writer.attribute("id", "P\(person)")
                    for item in 0..<30 {
                        try writer.startElement("score")
                        try writer.attribute("item", "I\(item)")
                        try writer.text(XMLStreamWriter.decimal(Double(item) / 7, fractionDigits: 2))
                        try writer.endElement()
                    }
                }
                _ = try writer.finish()
            }
        }
        #expect(elapsed < .seconds(30))
    }
}
