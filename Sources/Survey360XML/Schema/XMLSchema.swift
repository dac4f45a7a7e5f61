import CSurvey360XML
import Foundation

/// A compiled XML Schema (XSD 1.0) that validates documents.
///
/// ```swift
/// let schema = try XMLSchema(contentsOf: templates.appending(path: "schemas/questionnaire.xsd"))
/// try schema.validate(document)  // throws XMLError(.invalid) with every problem's line
/// ```
///
/// `@unchecked Sendable`: libxml2 never changes a compiled `xmlSchema`
/// after `xmlSchemaParse`; each validation gets its own validation context,
/// so any number of threads may validate against one schema at once.
public final class XMLSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    /// The schema document, kept alive because a schema parsed from a tree
    /// may point into it.
    private let source: XMLDocument
    /// The file name, as messages give it (`questionnaire.xsd`).
    public let name: String

    /// Loads and compiles a schema file; `xs:include` and `xs:import` are
    /// resolved relative to it, never over the network.
    ///
    /// - Throws: `XMLError` with code `.unreadable` or `.malformed` for a
    ///   file that cannot be read or parsed, `.schema` for one that is not a
    ///   valid XSD.
    public init(contentsOf url: URL) throws {
        let source = try XMLDocument(contentsOf: url)
        let name = url.lastPathComponent
        self.pointer = try Diagnostics.collect(file: name) { diagnostics in
            guard let context = xmlSchemaNewDocParserCtxt(source.pointer) else {
                throw XMLError(.schema, "Cannot create a schema parser for '\(name)'")
            }
            defer { xmlSchemaFreeParserCtxt(context) }
            guard let schema = xmlSchemaParse(context) else {
                throw XMLError(.schema, "'\(name)' is not a valid XML schema", diagnostics: diagnostics.all)
            }
            return schema
        }
        self.source = source
        self.name = name
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Every way `document` breaks the schema, each with file and line;
    /// empty for a valid document.
    public func problems(in document: XMLDocument) -> [XMLDiagnostic] {
        Diagnostics.collect(file: document.name) { diagnostics in
            guard let context = xmlSchemaNewValidCtxt(pointer) else {
                return [
                    XMLDiagnostic(file: document.name, line: 0, message: "cannot create a schema validator")
                ]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            let result = xmlSchemaValidateDoc(context, document.pointer)
            let found = diagnostics.all
            if result != 0 && found.isEmpty {
                return [
                    XMLDiagnostic(file: document.name, line: 0, message: "does not match schema '\(name)'")
                ]
            }
            return found
        }
    }

    /// Checks `document` against the schema.
    ///
    /// - Throws: `XMLError` with code `.invalid`, whose diagnostics list
    ///   every problem with its line.
    public func validate(_ document: XMLDocument) throws {
        let problems = problems(in: document)
        guard problems.isEmpty else {
            throw XMLError(
                .invalid, "'\(document.name ?? "document")' does not match schema '\(name)'",
                diagnostics: problems)
        }
    }
}
