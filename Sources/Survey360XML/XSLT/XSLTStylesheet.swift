import CSurvey360XML
import CSurvey360XSLT
import Foundation

/// A compiled XSLT 1.0 stylesheet (with EXSLT), such as the one that renders
/// HTML scorecards from the XML report.
///
/// Stylesheets live in `templates/`, where HR may edit them, so they run
/// with restricted rights: they may read files (`document()`), but never
/// write files, create directories or touch the network.
///
/// A file the stylesheet reads with `document()` is read in its first
/// transformation that succeeds and kept for the later ones (see
/// `XSLTReadDocuments`): like the stylesheet itself, an edit to it is seen
/// by a stylesheet loaded after the edit.
///
/// ```swift
/// let stylesheet = try XSLTStylesheet(contentsOf: templates.appending(path: "reports/scorecard.xsl"))
/// let page = try stylesheet.apply(to: report, parameters: ["language": "zh-Hans"])
/// let html = page.htmlData()
/// ```
///
/// `@unchecked Sendable`: libxslt never changes a compiled stylesheet or a
/// kept document while transforming; each `apply` gets its own
/// transformation context, so any number of threads may apply one
/// stylesheet at once.
public final class XSLTStylesheet: @unchecked Sendable {
    private let pointer: xsltStylesheetPtr
    /// The file name, as messages give it (`scorecard.xsl`).
    public let name: String
    /// The stylesheet's folder: its `xsl:include`s and `document()` calls
    /// may read files there and below, and nowhere else.
    private let folder: URL
    /// What its `document()` calls have read, parsed once for all
    /// transformations.
    private let readDocuments = XSLTReadDocuments()

    /// Loads and compiles a stylesheet; it is parsed as safely as any
    /// document (no network, no entity substitution).
    ///
    /// - Throws: `XMLError` with code `.unreadable` or `.malformed` for a
    ///   file that cannot be read or parsed, `.stylesheet` for XML that is
    ///   not a valid stylesheet.
    public init(contentsOf url: URL) throws {
        let source = try XMLDocument(contentsOf: url)
        let name = url.lastPathComponent
        // libxslt takes ownership of the tree it compiles and frees it with
        // the stylesheet, so it gets a copy: `source` frees its own.
        let tree = xmlCopyDoc(source.pointer, 1)!
        let folder = url.deletingLastPathComponent()
        self.pointer = try Diagnostics.collect(file: name, readableFolder: folder) { diagnostics in
            guard let stylesheet = xsltParseStylesheetDoc(tree) else {
                xmlFreeDoc(tree)
                throw XMLError(
                    .stylesheet, "'\(name)' is not a valid XSLT stylesheet", diagnostics: diagnostics.all)
            }
            if stylesheet.pointee.errors > 0 {
                xsltFreeStylesheet(stylesheet)  // frees `tree` too
                throw XMLError(
                    .stylesheet, "'\(name)' is not a valid XSLT stylesheet", diagnostics: diagnostics.all)
            }
            return stylesheet
        }
        self.name = name
        self.folder = folder
    }

    deinit {
        xsltFreeStylesheet(pointer)
    }

    /// Transforms `document`.
    ///
    /// - Parameters:
    ///   - document: The input document.
    ///   - parameters: Values for the stylesheet's top-level `xsl:param`s,
    ///     passed as strings (quoted as XPath literals here, so a value may
    ///     contain quotes and is never evaluated as an expression).
    /// - Returns: The result tree; an HTML document when the stylesheet says
    ///   `<xsl:output method="html"/>`, given the `<!DOCTYPE html>` doctype
    ///   so that `htmlData()` writes a valid HTML5 page.
    /// - Throws: `XMLError` with code `.transform` when the transformation
    ///   fails, `xsl:message terminate="yes"` stops it, or it produces no
    ///   root element (text output is not supported).
    public func apply(to document: XMLDocument, parameters: [String: String] = [:]) throws -> XMLDocument {
        try Diagnostics.collect(file: name, readableFolder: folder) { diagnostics in
            guard let context = xsltNewTransformContext(pointer, document.pointer) else {
                throw XMLError(.transform, "Cannot create a transformation context for '\(name)'")
            }
            defer { xsltFreeTransformContext(context) }
            xsltSetCtxtSecurityPrefs(Self.restrictedPreferences, context)
            xsltSetCtxtParseOptions(context, LibXML.safeParseOptions)
            readDocuments.lend(to: context)
            let result = withParameterArray(parameters) { array in
                xsltApplyStylesheetUser(pointer, document.pointer, array, nil, nil, context)
            }
            guard let result, context.pointee.state == XSLT_STATE_OK else {
                if let result { xmlFreeDoc(result) }
                throw XMLError(
                    .transform, "Stylesheet '\(name)' failed on '\(document.name ?? "document")'",
                    diagnostics: diagnostics.all)
            }
            guard xmlDocGetRootElement(result) != nil else {
                xmlFreeDoc(result)
                throw XMLError(.transform, "Stylesheet '\(name)' produced no root element")
            }
            readDocuments.keep(from: context)
            if result.pointee.type == XML_HTML_DOCUMENT_NODE && result.pointee.intSubset == nil {
                xmlCreateIntSubset(result, "html", nil, nil)
            }
            return XMLDocument(adopting: result, name: document.name)
        }
    }

    /// Security preferences for every transformation: reading files is
    /// allowed, writing files, creating directories and any network access
    /// are not. Created once and never freed, as libxslt's default.
    nonisolated(unsafe) static let restrictedPreferences: xsltSecurityPrefsPtr = {
        let preferences = xsltNewSecurityPrefs()!
        for option in [
            XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK,
            XSLT_SECPREF_WRITE_NETWORK,
        ] {
            xsltSetSecurityPrefs(preferences, option, xsltSecurityForbid)
        }
        return preferences
    }()
}
