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

    /// Loads and compiles a schema file.
    ///
    /// `xs:include`, `xs:import` and `xs:redefine` may read files in the
    /// schema's own folder (and below), never any other file and never the
    /// network (see `ExternalEntityLoader`).
    ///
    /// - Parameters:
    ///   - url: The schema file.
    ///   - selfContained: Refuses, before compiling anything, a schema that
    ///     refers to any other schema or has a document type declaration:
    ///     an audit archive's schemas are Survey360's own, which need none,
    ///     so either can only be an attack.
    /// - Throws: `XMLError` with code `.unreadable` or `.malformed` for a
    ///   file that cannot be read or parsed, `.schema` for one that is not a
    ///   valid XSD, `.reference` for one that refers to another resource
    ///   when `selfContained`.
    public init(contentsOf url: URL, selfContained: Bool = false) throws {
        let source = try XMLDocument(contentsOf: url)
        let name = url.lastPathComponent
        if selfContained {
            let references = try Self.references(in: source)
            guard references.isEmpty else {
                throw XMLError(
                    .reference, "'\(name)' refers to other resources, which a self-contained schema may not",
                    diagnostics: references)
            }
        }
        self.pointer = try Diagnostics.collect(file: name, readableFolder: url.deletingLastPathComponent()) {
            diagnostics in
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

    /// The document type declaration and every include, import and redefine
    /// of a schema document, as diagnostics.
    private static func references(in source: XMLDocument) throws -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        if source.declaresDocumentType {
            found.append(XMLDiagnostic(file: source.name, line: 1, message: "a document type declaration"))
        }
        let elements = try source.select(
            "//xs:include | //xs:import | //xs:redefine", namespaces: ["xs": "http://www.w3.org/2001/XMLSchema"])
        for element in elements {
            let location = element[attribute: "schemaLocation"] ?? element[attribute: "namespace"] ?? ""
            found.append(
                XMLDiagnostic(
                    file: source.name, line: element.line, message: "element '\(element.name)' of '\(location)'"))
        }
        return found
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

    /// Every way the document in `data` breaks the schema, or is not
    /// well-formed XML, each with its line; empty for a valid document.
    ///
    /// The bytes are validated as libxml2 reads them, through the schema's
    /// SAX handlers, without building a tree: for a document that is only
    /// checked, not read, this halves the work and all its memory. At
    /// 10,000 people that tree was most of `report --format xml`'s
    /// allocations. The parser reaches no file and no network (the loader
    /// of ``Diagnostics`` refuses them), and keeps no entity a document
    /// declares: a reference to one is a problem ("entity 's' not defined").
    ///
    /// - Parameter path: The document's name; messages give its last
    ///   component, as for a parsed document.
    public func problems(inDocument data: Data, name path: String) -> [XMLDiagnostic] {
        let name = Diagnostics.displayName(path)
        guard !data.isEmpty, data.count < Int32.max else {
            return [XMLDiagnostic(file: name, line: 1, message: "document is empty or larger than 2 GB")]
        }
        return Diagnostics.collect(file: name) { diagnostics in
            guard let context = xmlSchemaNewValidCtxt(pointer) else {
                return [XMLDiagnostic(file: name, line: 0, message: "cannot create a schema validator")]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            let result = data.withUnsafeBytes { bytes -> Int32 in
                // A copy, which the stream owns and frees. libxml2 2.9's
                // buffer over memory in place (`CreateStatic`) misread the
                // hospital's valid reports: tags that match were reported
                // as mismatched (ReportValidatorTests).
                guard
                    let base = bytes.baseAddress,
                    let input = xmlParserInputBufferCreateMem(
                        base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), XML_CHAR_ENCODING_NONE)
                else { return -1 }
                return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
            }
            let found = diagnostics.all
            if result != 0 && found.isEmpty {
                return [XMLDiagnostic(file: name, line: 0, message: "does not match schema '\(self.name)'")]
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
