import CSurvey360XML

/// An element of an `XMLDocument`.
///
/// It keeps its document alive (a strong reference, never `unowned`), so an
/// element taken from a document stays valid after the caller drops the
/// document itself.
public struct XMLElement {
    /// The document this element belongs to.
    public let document: XMLDocument
    let pointer: xmlNodePtr

    init(document: XMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    /// The local name, without prefix.
    public var name: String {
        String(cString: pointer.pointee.name)
    }

    /// The namespace URI, or `nil` for an element in no namespace.
    public var namespaceURI: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The line the element starts on in the parsed file, or 0 for an
    /// element built in memory.
    public var line: Int {
        max(0, Int(xmlGetLineNo(pointer)))
    }

    /// The value of an attribute in no namespace (as XML attributes usually
    /// are), or `nil` when it is absent.
    public subscript(attribute name: String) -> String? {
        guard let value = xmlGetNoNsProp(pointer, name) else { return nil }
        defer { s360_xml_free(value) }
        return String(cString: value)
    }

    /// The text of the element and all its descendants, in document order.
    ///
    /// Entity references are left out, never expanded: libxml2's own
    /// `xmlNodeGetContent` expands them, which turns a ten-line "billion
    /// laughs" document into gigabytes.
    public var text: String {
        var bytes: [UInt8] = []
        func collect(_ first: xmlNodePtr?) {
            var node = first
            while let current = node {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        bytes.append(
                            contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                case XML_ELEMENT_NODE:
                    collect(current.pointee.children)
                default:
                    break
                }
                node = current.pointee.next
            }
        }
        collect(pointer.pointee.children)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The child elements, in document order; text and comments are skipped.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, pointer: node))
            }
            child = node.pointee.next
        }
        return result
    }

    /// The child elements with local name `name`, in document order.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }
}
