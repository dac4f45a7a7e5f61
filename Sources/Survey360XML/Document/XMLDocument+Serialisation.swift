import CSurvey360XML
import Foundation

extension XMLDocument {
    /// The document as UTF-8 XML with its declaration.
    ///
    /// The same tree always gives the same bytes: libxml2 writes attributes
    /// in document order and namespaces where they were declared.
    ///
    /// - Parameter formatted: Indents elements that have no text of their
    ///   own (whitespace in mixed content is left alone).
    public func xmlData(formatted: Bool = true) -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(pointer, &buffer, &size, "UTF-8", formatted ? 1 : 0)
        guard let buffer else { return Data() }
        defer { s360_xml_free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    /// The document as an XML string.
    public func xmlString(formatted: Bool = true) -> String {
        String(decoding: xmlData(formatted: formatted), as: UTF8.self)
    }

    /// The document serialised as HTML: `<!DOCTYPE html>` when the document
    /// has the `html` doctype, raw UTF-8 (Chinese text stays readable, not
    /// `&#20013;`), void elements without end tags, and no `http-equiv`
    /// meta element added.
    ///
    /// libxml2's usual HTML writers add `<meta http-equiv="Content-Type">`
    /// even beside a `<meta charset>`, which HTML checkers reject; writing
    /// the content through an output buffer with an explicit `UTF-8` does not.
    public func htmlData(formatted: Bool = true) -> Data {
        guard let output = xmlAllocOutputBuffer(nil) else { return Data() }
        defer { xmlOutputBufferClose(output) }
        htmlDocContentDumpFormatOutput(output, pointer, "UTF-8", formatted ? 1 : 0)
        xmlOutputBufferFlush(output)
        guard let content = xmlOutputBufferGetContent(output) else { return Data() }
        return Data(bytes: content, count: Int(xmlOutputBufferGetSize(output)))
    }

    /// The document serialised as HTML, as a string.
    public func htmlString(formatted: Bool = true) -> String {
        String(decoding: htmlData(formatted: formatted), as: UTF8.self)
    }

    /// The document in exclusive XML canonical form (Exclusive C14N 1.0,
    /// without comments): the byte form that archives hash and sign, the
    /// same for any two documents that differ only in serialisation details
    /// (attribute order, quotes, namespace declarations).
    ///
    /// - Throws: `XMLError` with code `.output` if libxml2 cannot
    ///   canonicalise the tree.
    public func canonicalData() throws -> Data {
        try Diagnostics.collect(file: name) { diagnostics in
            var buffer: UnsafeMutablePointer<xmlChar>?
            let size = xmlC14NDocDumpMemory(
                pointer, nil, Int32(XML_C14N_EXCLUSIVE_1_0.rawValue), nil, 0, &buffer)
            guard size >= 0, let buffer else {
                throw XMLError(
                    .output, "Cannot canonicalise '\(name ?? "document")'", diagnostics: diagnostics.all)
            }
            defer { s360_xml_free(buffer) }
            return Data(bytes: buffer, count: Int(size))
        }
    }
}
