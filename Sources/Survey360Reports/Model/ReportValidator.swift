import Foundation
import Survey360XML

/// Checks report documents against `templates/schemas/report.xsd` before
/// anything is written: a document the schema rejects is a bug and must
/// never reach an auditor.
///
/// `Sendable`: the compiled schema may be shared by any number of threads.
public struct ReportValidator: Sendable {
    public let schema: XMLSchema

    /// Loads `schemas/report.xsd` from the templates directory.
    ///
    /// - Throws: `ReportError` `.invalidDocument` if the schema cannot be loaded.
    public init(templates: TemplateDirectory) throws {
        do {
            schema = try XMLSchema(contentsOf: templates.schema(named: ReportVocabulary.schemaName))
        } catch let error as XMLError {
            throw ReportError(.invalidDocument, error.message, diagnostics: error.diagnostics)
        }
    }

    /// Validates one document's bytes as they are read, building no tree:
    /// for a document that is stored and written, not rendered.
    ///
    /// - Throws: `ReportError` `.invalidDocument` listing every problem
    ///   with its line.
    public func check(_ data: Data, name: String) throws {
        let problems = schema.problems(inDocument: data, name: name)
        guard problems.isEmpty else {
            throw ReportError(
                .invalidDocument, "Report '\(name)' does not match '\(ReportVocabulary.schemaName)'",
                diagnostics: problems)
        }
    }

    /// Parses and validates one document, for rendering.
    ///
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - name: The file name to give in messages (`people/P001.xml`).
    /// - Returns: The parsed document, for rendering.
    /// - Throws: `ReportError` `.invalidDocument` listing every problem
    ///   with its line.
    @discardableResult
    public func validate(_ data: Data, name: String) throws -> XMLDocument {
        do {
            let document = try XMLDocument(data: data, name: name)
            try schema.validate(document)
            return document
        } catch let error as XMLError {
            throw ReportError(
                .invalidDocument, "Report '\(name)' does not match '\(ReportVocabulary.schemaName)'",
                diagnostics: error.diagnostics)
        }
    }
}
