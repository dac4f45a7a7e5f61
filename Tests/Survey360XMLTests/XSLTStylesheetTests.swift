import Foundation
import Survey360XML
import Testing

@Suite struct XSLTStylesheetTests {
    static let stylesheetText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:math="http://exslt.org/math" exclude-result-prefixes="math">
          <xsl:output method="html" encoding="UTF-8" indent="no"/>
          <xsl:param name="title" select="'untitled'"/>
          <xsl:template match="/scores">
            <html lang="zh-Hans">
              <head><title><xsl:value-of select="$title"/></title></head>
              <body>
                <h1><xsl:value-of select="@department"/></h1>
                <p>max <xsl:value-of select="math:max(score/@value)"/></p>
                <br/>
              </body>
            </html>
          </xsl:template>
        </xsl:stylesheet>
        """

    @Test func rendersHTML5WithRawUTF8AndNoHttpEquiv() throws {
        let directory = try TemporaryDirectory()
        let stylesheet = try XSLTStylesheet(
            contentsOf: try directory.write(Self.stylesheetText, to: "page.xsl"))
        let input = try XMLDocument(
            data: Data(#"<scores department="護理部"><score value="3"/><score value="5"/></scores>"#.utf8))
        let page = try stylesheet.apply(to: input, parameters: ["title": #"It's "Q4""#])
        #expect(page.isHTML)
        let expected = """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head><title>It's "Q4"</title></head>
            <body>
            <h1>護理部</h1>
            <p>max 5</p>
            <br>
            </body>
            </html>

            """
        #expect(page.htmlString() == expected)
    }

    @Test func xpathLiteralsQuoteAnyString() {
        #expect(XSLTStylesheet.xpathLiteral("plain") == "'plain'")
        #expect(XSLTStylesheet.xpathLiteral("it's") == #""it's""#)
        #expect(XSLTStylesheet.xpathLiteral(#"say "it's""#) == #"concat('say "it', "'", 's"')"#)
    }

    @Test func invalidStylesheetIsRejectedWithItsLine() throws {
        let directory = try TemporaryDirectory()
        let text = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/">
                <xsl:value-of select="count(("/>
              </xsl:template>
            </xsl:stylesheet>
            """
        let error = try #require(throws: XMLError.self) {
            try XSLTStylesheet(contentsOf: try directory.write(text, to: "bad.xsl"))
        }
        #expect(error.code == .stylesheet)
        #expect(error.message == "'bad.xsl' is not a valid XSLT stylesheet")
        #expect(!error.diagnostics.isEmpty)
    }

    @Test func stylesheetCannotWriteFiles() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appending(path: "written.txt")
        let text = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
              <xsl:template match="/">
                <exsl:document href="\(target.path)"><x>escaped</x></exsl:document>
                <done/>
              </xsl:template>
            </xsl:stylesheet>
            """
        let stylesheet = try XSLTStylesheet(contentsOf: try directory.write(text, to: "writer.xsl"))
        let input = try XMLDocument(data: Data("<a/>".utf8))
        #expect(throws: XMLError.self) { try stylesheet.apply(to: input) }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func terminatingMessageFailsTheTransform() throws {
        let directory = try TemporaryDirectory()
        let text = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/"><xsl:message terminate="yes">no scores</xsl:message></xsl:template>
            </xsl:stylesheet>
            """
        let stylesheet = try XSLTStylesheet(contentsOf: try directory.write(text, to: "stop.xsl"))
        let error = try #require(throws: XMLError.self) {
            try stylesheet.apply(to: try XMLDocument(data: Data("<a/>".utf8), name: "input.xml"))
        }
        #expect(error.code == .transform)
        #expect(error.message == "Stylesheet 'stop.xsl' failed on 'input.xml'")
        #expect(error.diagnostics.map(\.message).contains("no scores"))
    }

    /// A stylesheet that greets in the language of its input, from a table it
    /// reads with `document()` and looks up by key, as the reports' strings.
    static let greetingStylesheetText = """
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:output method="xml" encoding="UTF-8"/>
          <xsl:key name="word" match="word" use="@lang"/>
          <xsl:template match="/greet">
            <xsl:variable name="lang" select="@lang"/>
            <xsl:for-each select="document('words.xml')">
              <p><xsl:value-of select="key('word', $lang)"/></p>
            </xsl:for-each>
          </xsl:template>
        </xsl:stylesheet>
        """

    static let wordsText = #"<words><word lang="en">hello</word><word lang="zh-Hans">你好</word></words>"#

    static func greeting(_ stylesheet: XSLTStylesheet, in language: String) throws -> String {
        let input = try XMLDocument(data: Data(#"<greet lang="\#(language)"/>"#.utf8))
        return try stylesheet.apply(to: input).string("string(/p)")
    }

    /// The file is parsed in the first transformation and kept: later ones
    /// give the words it had then, and a stylesheet loaded after an edit
    /// reads the edited file.
    @Test func aFileReadWithDocumentIsReadOnceAndKept() throws {
        let directory = try TemporaryDirectory()
        let words = try directory.write(Self.wordsText, to: "words.xml")
        let stylesheet = try XSLTStylesheet(
            contentsOf: try directory.write(Self.greetingStylesheetText, to: "greet.xsl"))
        #expect(try Self.greeting(stylesheet, in: "en") == "hello")
        try Data(#"<words><word lang="en">good morning</word></words>"#.utf8).write(to: words)
        #expect(try Self.greeting(stylesheet, in: "en") == "hello")
        #expect(try Self.greeting(stylesheet, in: "zh-Hans") == "你好")
        let reloaded = try XSLTStylesheet(contentsOf: directory.url.appending(path: "greet.xsl"))
        #expect(try Self.greeting(reloaded, in: "en") == "good morning")
        #expect(try Self.greeting(reloaded, in: "zh-Hans") == "")
    }

    /// A file outside the stylesheet's folder stays unreadable once a
    /// document of the folder is kept: the first page keeps `words.xml`,
    /// the second asks for the outside file as well.
    @Test func aKeptDocumentOpensNoOtherFile() throws {
        let directory = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try directory.write(Self.wordsText, to: "words.xml")
        let secret = try outside.write("<secret>payroll</secret>", to: "secret.xml")
        let text = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/a">
                <p><xsl:value-of select="document('words.xml')/words/word[1]"/>
                  <xsl:if test="@peek"><xsl:value-of select="document('\(secret.path)')/secret"/></xsl:if></p>
              </xsl:template>
            </xsl:stylesheet>
            """
        let stylesheet = try XSLTStylesheet(contentsOf: try directory.write(text, to: "peek.xsl"))
        let first = try stylesheet.apply(to: try XMLDocument(data: Data("<a/>".utf8)))
        #expect(try first.string("string(/p)").hasPrefix("hello"))
        let second = try? stylesheet.apply(to: try XMLDocument(data: Data(#"<a peek="yes"/>"#.utf8)))
        #expect(try second?.string("string(/p)").contains("payroll") != true)
    }
}
