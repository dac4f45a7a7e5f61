import Foundation
import Survey360XML
import Testing

@Suite struct HTMLDocumentTests {
    @Test func chineseTextIsWrittenAsRawUTF8() {
        let page = XMLDocument.html(language: "zh-Hant")
        let head = page.root.addChild("head")
        head.addChild("meta").setAttribute("charset", "utf-8")
        head.addChild("title", text: "內部客戶滿意度")
        let body = page.root.addChild("body")
        body.addChild("p", text: "設備科 & 採購部 <急>")
        let expected = """
            <!DOCTYPE html>
            <html lang="zh-Hant">
            <head>
            <meta charset="utf-8">
            <title>內部客戶滿意度</title>
            </head>
            <body><p>設備科 &amp; 採購部 &lt;急&gt;</p></body>
            </html>

            """
        #expect(page.htmlString() == expected)
        #expect(!page.htmlString().contains("http-equiv"))
        #expect(!page.htmlString().contains("&#"))
    }
}
