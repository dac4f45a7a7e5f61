import Hummingbird
import Survey360Core

/// The frame of every page: language, viewport for phones, the stylesheet
/// and, where a page wants it, the autosave script, both same-origin files
/// because the Content-Security-Policy forbids inline script and style.
struct Page: Sendable {
    var title: String
    var language: SurveyLanguage
    var body: HTML
    var scripts: [String] = []
    /// A sign-out form for signed-in pages: (CSRF token, button label).
    var signOut: (csrf: String, label: String)?

    var html: HTML {
        let strings = UIStrings(language)
        let scriptTags = scripts.map { path -> HTML in "<script src=\"\(path)\" defer></script>" }
        var header: HTML = "<header class=\"site\"><span class=\"brand\">\(strings.appName)</span>"
        if let signOut {
            header = """
                \(header)<form method="post" action="/signout" class="signout">\
                <input type="hidden" name="csrf" value="\(signOut.csrf)">\
                <button type="submit">\(signOut.label)</button></form>
                """
        }
        header = "\(header)</header>"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <link rel="stylesheet" href="/assets/survey360.css">
            \(scriptTags)
            </head>
            <body>
            \(header)
            <main id="main">
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// The page as a response; pages are never cached, since some carry a
    /// rater's answers and every rater link is a secret.
    func response(status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html.rendered)))
    }
}
