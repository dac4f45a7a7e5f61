import CSurvey360XML
import Foundation

extension XMLDocument {
    /// Parses a document that someone handed in, safely.
    ///
    /// The parser never reaches the network, never substitutes entities and
    /// never loads an external DTD, so a document that declares
    /// `<!ENTITY x SYSTEM "file:///etc/passwd">` cannot read local files.
    ///
    /// - Parameters:
    ///   - data: The document's bytes; the encoding is read from them.
    ///   - name: The name to give in error messages (`default.xml`), also
    ///     used as the document's base URL.
    /// - Throws: `XMLError` with code `.malformed` and a diagnostic with the
    ///   line and column of each problem.
    public convenience init(data: Data, name: String? = nil) throws {
        let pointer = try Self.parse(data, url: name, name: name.map(Diagnostics.displayName))
        self.init(adopting: pointer, name: name.map(Diagnostics.displayName))
    }

    /// Reads and parses a file safely, as `init(data:name:)` does.
    ///
    /// - Throws: `XMLError` with code `.unreadable` when the file cannot be
    ///   read, `.malformed` when it is not well-formed XML.
    public convenience init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw XMLError(.unreadable, "Cannot read '\(url.path)'")
        }
        let pointer = try Self.parse(data, url: url.path, name: url.lastPathComponent)
        self.init(adopting: pointer, name: url.lastPathComponent)
    }

    private static func parse(_ data: Data, url: String?, name: String?) throws -> xmlDocPtr {
        guard data.count < Int32.max else {
            throw XMLError(.malformed, "'\(name ?? "document")' is larger than 2 GB, the most libxml2 parses")
        }
        guard !data.isEmpty else {
            throw XMLError(
                .malformed, "'\(name ?? "document")' is not well-formed XML",
                diagnostics: [XMLDiagnostic(file: name, line: 1, message: "document is empty")])
        }
        return try Diagnostics.collect(file: name) { diagnostics in
            guard let context = xmlNewParserCtxt() else {
                throw XMLError(.malformed, "Cannot create an XML parser")
            }
            defer { xmlFreeParserCtxt(context) }
            let document: xmlDocPtr? = data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return nil }
                return xmlCtxtReadMemory(
                    context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, nil,
                    LibXML.safeParseOptions)
            }
            let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
            guard let document, wellFormed, diagnostics.all.isEmpty else {
                if let document { xmlFreeDoc(document) }
                let problems = diagnostics.all
                throw XMLError(
                    .malformed, "'\(name ?? "document")' is not well-formed XML", diagnostics: problems)
            }
            return document
        }
    }
}
