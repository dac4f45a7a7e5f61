import Foundation
import Survey360XML

/// The schemas of an archive by target namespace, so that each document is
/// validated against the schema of its root element's namespace.
struct SchemaCatalogue: Sendable {
    /// File name and compiled schema, by target namespace.
    private let schemas: [String: (file: String, schema: XMLSchema)]

    init(_ urls: [URL]) throws {
        var schemas: [String: (file: String, schema: XMLSchema)] = [:]
        for url in urls {
            let file = url.lastPathComponent
            let namespace: String?
            let schema: XMLSchema
            do {
                namespace = try XMLDocument(contentsOf: url).root[attribute: "targetNamespace"]
                schema = try XMLSchema(contentsOf: url, selfContained: true)
            } catch {
                throw ArchiveError(.invalidInput, "Cannot load schema '\(file)'", details: ["\(error)"])
            }
            guard let namespace else {
                throw ArchiveError(.invalidInput, "Schema '\(file)' has no target namespace")
            }
            if let other = schemas[namespace] {
                throw ArchiveError(
                    .invalidInput,
                    "Schemas '\(other.file)' and '\(file)' both define namespace '\(namespace)'")
            }
            schemas[namespace] = (file, schema)
        }
        self.schemas = schemas
    }

    /// The document's canonical bytes and its schema's file name, after
    /// checking that the canonical bytes are valid: what is archived is
    /// exactly what was validated.
    ///
    /// The document is parsed once, to canonicalise it; its canonical bytes
    /// are validated as they are read, without a second tree (the tree,
    /// built and freed, was most of an archive's allocations).
    func canonicalValidated(_ data: Data, name: String) throws -> (canonical: Data, schema: String) {
        let canonical: Data
        let namespace: String
        do {
            let document = try XMLDocument(data: data, name: name)
            canonical = try document.canonicalData()
            namespace = document.root.namespaceURI ?? ""
        } catch let error as XMLError {
            throw ArchiveError(
                .invalidDocument, "Document '\(name)' is not well-formed XML",
                details: error.diagnostics.map(\.description))
        }
        guard let (file, schema) = schemas[namespace] else {
            throw ArchiveError(
                .invalidDocument, "No schema given for namespace '\(namespace)' of document '\(name)'")
        }
        let problems = schema.problems(inDocument: canonical, name: name)
        guard problems.isEmpty else {
            throw ArchiveError(
                .invalidDocument, "Document '\(name)' does not match schema '\(file)'",
                details: problems.map(\.description))
        }
        return (canonical, file)
    }
}
