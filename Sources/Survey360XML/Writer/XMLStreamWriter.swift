import CSurvey360XML
import Foundation
import Survey360Core

/// Writes a large XML document element by element, without building a tree.
///
/// The report writer produces one document per person rated, 100,000 of
/// them in a big organisation: streaming through libxml2's `xmlTextWriter`
/// keeps that fast and flat in memory. Text and attribute values are
/// escaped; numbers are formatted here in Swift (libxml2's printf-style
/// writer functions are variadic, which Swift cannot call), always with a
/// `.` decimal point whatever the locale.
///
/// Characters XML 1.0 cannot carry (control characters but tab and line
/// breaks, U+FFFE, U+FFFF) are written as U+FFFD: the entries refuse or
/// replace them already, and this is the last line of defence, so that no
/// single answer that slipped through can stop a quarter's reports.
///
/// ```swift
/// let writer = XMLStreamWriter()
/// try writer.startElement("person", namespace: "urn:survey360:report:1")
/// try writer.attribute("id", "P0042")
/// try writer.element("score", text: XMLStreamWriter.decimal(4.25, fractionDigits: 2))
/// try writer.endElement()
/// let data = try writer.finish()
/// ```
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var openElements: [String] = []

    /// - Parameter indented: Indents nested elements by two spaces, for
    ///   people reading the file; the indentation is part of the bytes, so
    ///   keep the setting fixed where output is compared or hashed.
    public init(indented: Bool = true) {
        LibXML.initialise()
        buffer = xmlBufferCreate()!
        writer = xmlNewTextWriterMemory(buffer, 0)!
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens an element; with a namespace, declares it as the default
    /// namespace (for the root, typically).
    public func startElement(_ name: String, namespace: String? = nil) throws {
        let writer = try open()
        try check(Self.xmlChars(name) { xmlTextWriterStartElement(writer, $0) }, "Cannot start element '\(name)'")
        openElements.append(name)
        if let namespace {
            // Written as the first attribute, where people expect it
            // (`xmlTextWriterStartElementNS` puts it last).
            try attribute("xmlns", namespace)
        }
    }

    /// Writes an attribute of the element just opened.
    public func attribute(_ name: String, _ value: String) throws {
        let writer = try open()
        let status = Self.xmlChars(name, TextCharacters.replacingForbidden(in: value)) {
            xmlTextWriterWriteAttribute(writer, $0, $1)
        }
        try check(status, "Cannot write attribute '\(name)'")
    }

    /// Writes escaped text into the current element.
    public func text(_ text: String) throws {
        let writer = try open()
        let status = Self.xmlChars(TextCharacters.replacingForbidden(in: text)) { xmlTextWriterWriteString(writer, $0) }
        try check(status, "Cannot write text")
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text: String) throws {
        let writer = try open()
        let status = Self.xmlChars(name, TextCharacters.replacingForbidden(in: text)) {
            xmlTextWriterWriteElement(writer, $0, $1)
        }
        try check(status, "Cannot write element '\(name)'")
    }

    /// Writes an element whose content `body` writes, closing it even when
    /// `body` throws half-way (the writer is then unusable anyway).
    public func element(_ name: String, namespace: String? = nil, _ body: () throws -> Void) throws {
        try startElement(name, namespace: namespace)
        try body()
        try endElement()
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        guard let name = openElements.popLast() else {
            throw XMLError(.output, "No element is open to end")
        }
        try check(xmlTextWriterEndElement(try open()), "Cannot end element '\(name)'")
    }

    /// Closes any open elements and returns the document; the writer cannot
    /// be used afterwards.
    public func finish() throws -> Data {
        let writer = try open()
        try check(xmlTextWriterEndDocument(writer), "Cannot end the document")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        self.writer = nil
        openElements = []
        return Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
    }

    private func open() throws -> xmlTextWriterPtr {
        guard let writer else { throw XMLError(.output, "The writer is already finished") }
        return writer
    }

    /// `string` as libxml2's `const xmlChar *`. A string passed to C as it
    /// is would be converted through `utf8CString` when it is small enough
    /// to be stored inline (most names and values here), a heap array for
    /// every attribute; `withCString` puts a small string on the stack.
    private static func xmlChars(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        string.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Two strings as `const xmlChar *`: a name and its value.
    private static func xmlChars(
        _ first: String, _ second: String, _ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) -> Int32
    ) -> Int32 {
        xmlChars(first) { first in xmlChars(second) { body(first, $0) } }
    }

    private func check(_ status: Int32, _ message: @autoclosure () -> String) throws {
        if status < 0 { throw XMLError(.output, message()) }
    }
}
