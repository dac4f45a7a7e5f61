import Foundation
import Survey360XML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The schemas of an archive by target namespace, so that each document is
/// validated against the schema of its root element's namespace.
struct SchemaCatalogue: Sendable {
    /// A compiled schema, its file name, and whether a value of its
    /// documents can name a namespace prefix (see ``canonicalValidated(_:name:)``).
    private struct Entry: Sendable {
        let file: String
        let schema: XMLSchema
        let hasPrefixedValues: Bool
    }

    /// By target namespace.
    private let schemas: [String: Entry]

    init(_ urls: [URL]) throws {
        var schemas: [String: Entry] = [:]
        for url in urls {
            let file = url.lastPathComponent
            let namespace: String?
            let schema: XMLSchema
            let hasPrefixedValues: Bool
            do {
                let source = try XMLDocument(contentsOf: url)
                namespace = source.root[attribute: "targetNamespace"]
                schema = try XMLSchema(contentsOf: url, selfContained: true)
                // Any attribute naming them (`type`, `base`, `itemType`,
                // `memberTypes`), in the tree already parsed.
                hasPrefixedValues = try !source.select(
                    "//*[@*[contains(., 'QName') or contains(., 'NOTATION')]]"
                ).isEmpty
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
            schemas[namespace] = Entry(file: file, schema: schema, hasPrefixedValues: hasPrefixedValues)
        }
        self.schemas = schemas
    }

    /// The document's canonical bytes and its schema's file name, after
    /// checking that the canonical bytes are valid: what is archived is
    /// exactly what was validated.
    ///
    /// The document is parsed once, to canonicalise it. The tree is then
    /// validated in place of its canonical bytes (parsing those again was
    /// a third of an archive's XML work) where the two cannot differ for a
    /// validator: canonicalisation keeps every element, attribute and
    /// character, and drops comments, processing instructions, the
    /// declaration and namespace declarations that no name uses. It can
    /// change a document's meaning only through a declaration that a value
    /// alone uses: an `xsi:type`, or an attribute or element of type
    /// `QName` or `NOTATION`; and through a document type declaration. So
    /// the canonical bytes are validated themselves for a document that
    /// mentions the schema-instance namespace or declares a document type,
    /// and for every document of a schema whose attributes name `QName` or
    /// `NOTATION`. A document the tree check rejects is validated again in
    /// canonical form, so that its problems name the lines of the bytes
    /// the archive would have held.
    func canonicalValidated(_ data: Data, name: String) throws -> (canonical: Data, schema: String) {
        let canonical: Data
        let namespace: String
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, name: name)
            canonical = try document.canonicalData()
            namespace = document.root.namespaceURI ?? ""
        } catch let error as XMLError {
            throw ArchiveError(
                .invalidDocument, "Document '\(name)' is not well-formed XML",
                details: error.diagnostics.map(\.description))
        }
        guard let entry = schemas[namespace] else {
            throw ArchiveError(
                .invalidDocument, "No schema given for namespace '\(namespace)' of document '\(name)'")
        }
        let treeIsCanonical =
            !entry.hasPrefixedValues && !document.declaresDocumentType
            && !Self.mentionsSchemaInstance(data)
        if treeIsCanonical, entry.schema.problems(in: document).isEmpty {
            return (canonical, entry.file)
        }
        let problems = entry.schema.problems(inDocument: canonical, name: name)
        guard problems.isEmpty else {
            throw ArchiveError(
                .invalidDocument, "Document '\(name)' does not match schema '\(entry.file)'",
                details: problems.map(\.description))
        }
        return (canonical, entry.file)
    }

    /// The end of the schema-instance namespace's name: no other name of
    /// XML Schema has it, and its first letter is rare in documents.
    private static let schemaInstance = Array("XMLSchema-instance".utf8)

    /// Whether the bytes contain the schema-instance namespace's name
    /// (`http://www.w3.org/2001/XMLSchema-instance`), which `xsi:type`
    /// needs declared. With `memchr` and `memcmp`, since this scans every
    /// byte of an archive (`memmem` is a GNU extension that Swift's Glibc
    /// module does not declare).
    private static func mentionsSchemaInstance(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            schemaInstance.withUnsafeBytes { needle in
                guard let base = bytes.baseAddress, bytes.count >= needle.count else { return false }
                let last = bytes.count - needle.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(needle[0]), last - offset + 1) else { return false }
                    offset = base.distance(to: found)
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }
}
