import Foundation
import Survey360XML
import Testing

@Suite struct ConcurrencyTests {
    /// Many tasks parse, validate, query, canonicalise and transform at once;
    /// each must see only its own errors and results.
    @Test func manyTasksUseLibxml2AtOnce() async throws {
        let directory = try TemporaryDirectory()
        let schema = try XMLSchema(
            contentsOf: try directory.write(XMLSchemaTests.schemaText, to: "scores.xsd"))
        let stylesheet = try XSLTStylesheet(
            contentsOf: try directory.write(XSLTStylesheetTests.stylesheetText, to: "page.xsl"))
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let valid = index.isMultiple(of: 2)
                    let item = valid ? #"item="i\#(index)""# : ""
                    let text =
                        #"<scores xmlns="urn:example:scores"><score \#(item) value="\#(index)"/></scores>"#
                    let document = try XMLDocument(data: Data(text.utf8), name: "doc\(index).xml")
                    let problems = schema.problems(in: document)
                    let expectedProblems =
                        valid ? [] : ["doc\(index).xml:1: element 'score': missing attribute 'item'"]
                    let count = try document.string(
                        "count(//s:score[@value = '\(index)'])", namespaces: ["s": "urn:example:scores"])
                    let broken = try? XMLDocument(data: Data("<a><b></a>".utf8), name: "bad\(index).xml")
                    let plain = try XMLDocument(data: Data(#"<scores department="D\#(index)"/>"#.utf8))
                    let page = try stylesheet.apply(to: plain, parameters: ["title": "T\(index)"])
                        .htmlString()
                    let canonical = try document.canonicalData()
                    return problems.map(\.description) == expectedProblems && count == "1" && broken == nil
                        && page.contains("<title>T\(index)</title>") && page.contains("<h1>D\(index)</h1>")
                        && !canonical.isEmpty
                }
            }
            var results: [Bool] = []
            for try await outcome in group { results.append(outcome) }
            return results
        }
        #expect(outcomes.count == 200)
        #expect(outcomes.allSatisfy { $0 })
    }

    /// Many tasks transform with one stylesheet whose `document()` file is
    /// kept after the first transformation and looked up by key in each.
    @Test func manyTransformationsShareAKeptDocument() async throws {
        let directory = try TemporaryDirectory()
        try directory.write(XSLTStylesheetTests.wordsText, to: "words.xml")
        let stylesheet = try XSLTStylesheet(
            contentsOf: try directory.write(XSLTStylesheetTests.greetingStylesheetText, to: "greet.xsl"))
        let greetings = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<400 {
                group.addTask {
                    try XSLTStylesheetTests.greeting(stylesheet, in: index.isMultiple(of: 2) ? "en" : "zh-Hans")
                }
            }
            var all: [String] = []
            for try await greeting in group { all.append(greeting) }
            return all
        }
        #expect(greetings.filter { $0 == "hello" }.count == 200)
        #expect(greetings.filter { $0 == "你好" }.count == 200)
    }
}
