import Foundation
import Survey360XML
import Testing

/// Copies of the default template, each broken in one way, must be rejected
/// with the file, the line (found here by searching the broken text) and a
/// message HR can act on.
@Suite struct BrokenTemplateTests {
    let templates = QuestionnaireTemplateTests.templates

    /// Writes the default template with `original` replaced by `broken` and
    /// returns the diagnostics of loading it, and the 1-based line of the
    /// first line of `broken` in the copy.
    func load(replacing original: String, with broken: String, occurrence: Int = 1) throws -> (
        error: XMLError, line: Int
    ) {
        let directory = try TemporaryDirectory()
        let text = try String(contentsOf: templates.questionnaire(named: "default"), encoding: .utf8)
        let parts = text.components(separatedBy: original)
        try #require(parts.count > occurrence, "'\(original)' occurs fewer than \(occurrence) times")
        let brokenText =
            parts[0..<occurrence].joined(separator: original) + broken
            + parts[occurrence...].joined(separator: original)
        let url = try directory.write(brokenText, to: "copy.xml")
        let prefix = parts[0..<occurrence].joined(separator: original)
        let line = prefix.filter { $0 == "\n" }.count + 1
        let error = try #require(throws: XMLError.self) { try templates.loadQuestionnaire(url.path) }
        #expect(error.code == .template)
        #expect(error.message == "'copy.xml' is not a valid questionnaire template")
        return (error, line)
    }

    @Test func missingAttributeIsReportedByTheSchema() throws {
        let (error, line) = try load(
            replacing: #"<item id="lead-no-false-urgency" dimension="lead-time">"#,
            with: #"<item id="lead-no-false-urgency">"#)
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line): element 'item': missing attribute 'dimension'"
            ])
    }

    @Test func unknownDimension() throws {
        let (error, line) = try load(
            replacing: #"<item id="lead-no-false-urgency" dimension="lead-time">"#,
            with: #"<item id="lead-no-false-urgency" dimension="lead-times">"#)
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line): item 'lead-no-false-urgency': unknown dimension 'lead-times'"
            ])
    }

    @Test func duplicateItemID() throws {
        let (error, line) = try load(
            replacing: #"<item id="lead-no-false-urgency""#, with: #"<item id="lead-early-requests""#)
        let firstLine =
            try #require(
                try String(contentsOf: templates.questionnaire(named: "default"), encoding: .utf8)
                    .components(separatedBy: "\n").firstIndex {
                        $0.contains(#"<item id="lead-early-requests""#)
                    }) + 1
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line): duplicate item id 'lead-early-requests' (first on line \(firstLine))"
            ])
    }

    @Test func missingLanguage() throws {
        let english =
            "      <text lang=\"en\">This colleague does not hand me urgent requests that could have been foreseen.</text>\n"
        let (error, line) = try load(replacing: english, with: "")
        // The wording element opens three lines above the removed English text.
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line - 3): element 'wording': missing language 'en'"
            ])
    }

    @Test func unknownRaterGroup() throws {
        let (error, line) = try load(
            replacing: #"<groupWording groups="superior">"#, with: #"<groupWording groups="superior boss">"#)
        #expect(error.diagnostics.map(\.line).allSatisfy { $0 == line })
        #expect(
            error.diagnostics.map(\.message).contains(
                "element 'groupWording', attribute 'groups': 'superior boss' is not a valid 'RaterGroupList'")
        )
    }

    @Test func secondWordingForOneGroup() throws {
        let (error, line) = try load(
            replacing: #"<groupWording groups="upstream">"#, with: #"<groupWording groups="self upstream">"#)
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line): item 'needs-planning': second wording for group 'self'"
            ])
    }

    @Test func everyProblemIsReportedInLineOrder() throws {
        let (error, line) = try load(
            replacing: #"<point value="3">"#, with: #"<point value="6">"#)
        let scaleLine = line - 11
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(scaleLine): scale: missing label for point 3",
                "copy.xml:\(line): scale: point 6 is outside 1–5",
            ])
    }

    /// A scale past the scores the store holds (one byte each) would let
    /// raters give scores that stop the scoring; and a scale of billions of
    /// points must be refused at once, not walked point by point.
    @Test(arguments: [("1", "200"), ("1", "2000000000"), ("-9223372036854775808", "9223372036854775807")])
    func scaleBeyondTheStoredScoresIsRefused(minimum: String, maximum: String) throws {
        let (error, line) = try load(
            replacing: #"<scale minimum="1" maximum="5">"#,
            with: #"<scale minimum="\#(minimum)" maximum="\#(maximum)">"#)
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line): scale: '\(minimum)' to '\(maximum)' is not within -126 to 127, "
                    + "the scores Survey360 stores"
            ])
    }

    /// `xs:integer` allows white space around the digits: the scale is read
    /// as the schema reads it, not silently as the default 1 to 5.
    @Test func scaleNumbersWithWhiteSpaceAreReadAsWritten() throws {
        let (error, line) = try load(
            replacing: #"<scale minimum="1" maximum="5">"#, with: #"<scale minimum=" 1 " maximum=" 3 ">"#)
        #expect(
            error.diagnostics.map(\.description) == [
                "copy.xml:\(line + 16): scale: point 4 is outside 1–3",
                "copy.xml:\(line + 21): scale: point 5 is outside 1–3",
            ])
    }

    @Test func malformedTemplateGivesTheSyntaxErrorLine() throws {
        let (error, line) = try load(replacing: "</dimension>", with: "</dimensoin>", occurrence: 2)
        let first = try #require(error.diagnostics.first)
        #expect(first.file == "copy.xml")
        #expect(first.line == line)
        #expect(first.message == "opening and ending tag mismatch: dimension line \(line - 11) and dimensoin")
    }

    @Test func missingTemplatesDirectoryIsNamed() throws {
        let error = try #require(throws: XMLError.self) {
            try TemplateDirectory.locate("no/such/templates", currentDirectory: URL(filePath: "/tmp/"))
        }
        #expect(error.message == "Templates directory '/tmp/no/such/templates' does not exist")
        let found = try TemplateDirectory.locate(currentDirectory: templates.url.deletingLastPathComponent())
        #expect(found.url.standardizedFileURL.path == templates.url.standardizedFileURL.path)
    }
}
