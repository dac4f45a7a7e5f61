import Foundation
import Survey360Core
import Survey360Storage
import Survey360XML

/// Renders HTML pages from report XML with the stylesheets in
/// `templates/reports/`, which HR may edit without recompiling.
///
/// Every page is rendered from the very XML document an auditor archives,
/// validated first: what a manager reads cannot differ from the record.
/// Pages are self-contained: `report.css` is inlined into a `<style>`
/// element, the bar chart is inline SVG, and there are no scripts.
///
/// `Sendable`: compiled stylesheets and the schema are shared read-only
/// by any number of threads (the web server renders concurrently).
///
/// ```swift
/// let renderer = try ReportRenderer(templates: TemplateDirectory.locate())
/// let stored = try await store.storedReport(StoredReport.Key(.person, "P004"), in: "2026-Q4")!
/// let html = try renderer.html(stored, language: .english, home: "")
/// ```
public struct ReportRenderer: Sendable {
    /// The kinds of page, each with its stylesheet `<rawValue>.xsl`.
    public enum Page: String, CaseIterable, Hashable, Sendable {
        case person, department, organisation, index
    }

    public let validator: ReportValidator
    private let stylesheets: [Page: XSLTStylesheet]
    private let css: String

    /// Loads and compiles the stylesheets, `report.css` and `report.xsd`.
    ///
    /// - Throws: `ReportError` `.rendering` naming a stylesheet that does
    ///   not load, with its line-numbered problems.
    public init(templates: TemplateDirectory) throws {
        validator = try ReportValidator(templates: templates)
        let folder = templates.url.appending(path: "reports")
        var loaded: [Page: XSLTStylesheet] = [:]
        for page in Page.allCases {
            do {
                loaded[page] = try XSLTStylesheet(contentsOf: folder.appending(path: "\(page.rawValue).xsl"))
            } catch let error as XMLError {
                throw ReportError(.rendering, error.message, diagnostics: error.diagnostics)
            }
        }
        stylesheets = loaded
        let cssFile = folder.appending(path: "report.css")
        guard let data = try? Data(contentsOf: cssFile) else {
            throw ReportError(.rendering, "Cannot read '\(cssFile.path)'")
        }
        css = String(decoding: data, as: UTF8.self)
    }

    /// Renders a stored report document as an HTML page: the one place
    /// where the record becomes what a manager reads, for `survey360
    /// report --format html` and the web server alike, so both give the
    /// same page from the same bytes.
    ///
    /// The document was validated when it was stored; here its bytes are
    /// checked against the hash they were stored with, not validated again.
    ///
    /// - Parameters:
    ///   - report: A document from the store.
    ///   - language: The language of the page's own words (headings,
    ///     labels, explanations); `nil` for the document's, the campaign's.
    ///     The questionnaire's wordings stay as the document has them.
    ///   - home: The link back to the index page, relative to this page;
    ///     empty for none (a page served on its own).
    /// - Returns: `<!DOCTYPE html>` and the page, UTF-8.
    /// - Throws: `ReportError` `.damaged` for bytes that changed since they
    ///   were stored, `.rendering` when the stylesheet fails.
    public func html(_ report: StoredReport, language: SurveyLanguage?, home: String) throws -> Data {
        guard report.isIntact else { throw Self.damaged(report) }
        let document: XMLDocument
        do {
            document = try XMLDocument(data: report.bytes, name: report.key.file + ".xml")
        } catch let error as XMLError {
            throw ReportError(.rendering, error.message, diagnostics: error.diagnostics)
        }
        return try html(document, page: report.key.page, home: home, language: language)
    }

    static func damaged(_ report: StoredReport) -> ReportError {
        ReportError(
            .damaged,
            "The stored \(report.key) of campaign '\(report.campaignID)' does not match its SHA-256; report the campaign again"
        )
    }

    /// Renders a validated report document as an HTML page.
    ///
    /// - Parameters:
    ///   - document: A document ``ReportValidator`` accepted.
    ///   - page: Which stylesheet to apply.
    ///   - home: The link back to the index page, relative to this page;
    ///     empty for none (a page served on its own).
    ///   - language: The language of the page's own words; `nil` for the
    ///     document's.
    /// - Returns: `<!DOCTYPE html>` and the page, UTF-8.
    public func html(_ document: XMLDocument, page: Page, home: String, language: SurveyLanguage? = nil) throws
        -> Data
    {
        var parameters = ["css": css, "home": home]
        if let language { parameters["readerLanguage"] = language.rawValue }
        do {
            let result = try stylesheets[page]!.apply(to: document, parameters: parameters)
            return result.htmlData()
        } catch let error as XMLError {
            throw ReportError(.rendering, error.message, diagnostics: error.diagnostics)
        }
    }

    /// The personal report of `person` as one HTML page, for the web server.
    ///
    /// - Parameters:
    ///   - person: Someone rated in the campaign.
    ///   - context: The campaign's scores and names.
    ///   - home: The link back to an index page; none by default.
    /// - Throws: `ReportError` `.unknownSubject` when `person` was not rated.
    public func personHTML(_ person: PersonID, context: ReportContext, home: String = "") throws -> Data {
        guard let index = context.index(of: person) else {
            throw ReportError(
                .unknownSubject, "No personal report for '\(person)' in campaign '\(context.campaign.id)'")
        }
        let xml = try ReportWriter(context: context).personDocument(at: index)
        let document = try validator.validate(
            xml, name: ReportVocabulary.personFile(person.rawValue) + ".xml")
        return try html(document, page: .person, home: home)
    }

    /// The scorecard of `department` as one HTML page, for the web server.
    ///
    /// - Throws: `ReportError` `.unknownSubject` when the department has no
    ///   scorecard in the campaign.
    public func departmentHTML(_ department: DepartmentID, context: ReportContext, home: String = "") throws
        -> Data
    {
        guard let index = context.index(of: department) else {
            throw ReportError(
                .unknownSubject,
                "No scorecard for department '\(department)' in campaign '\(context.campaign.id)'")
        }
        let xml = try ReportWriter(context: context).departmentDocument(at: index)
        let document = try validator.validate(
            xml, name: ReportVocabulary.departmentFile(department.rawValue) + ".xml")
        return try html(document, page: .department, home: home)
    }
}
