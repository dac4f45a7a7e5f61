import CSurvey360XML
import Survey360Core

extension XMLElement {
    /// Appends a child element, in this element's namespace unless another
    /// is given, with optional text.
    ///
    /// Text is stored as text, not markup: `&` and `<` come out escaped and
    /// survive a round trip (libxml2's `xmlNewChild` would drop them).
    ///
    /// - Parameters:
    ///   - name: The child's local name.
    ///   - namespace: A namespace URI for the child; it is declared on the
    ///     child when no ancestor declares it.
    ///   - text: The child's text content.
    /// - Returns: The new child, to add to in turn.
    @discardableResult
    public func addChild(_ name: String, namespace: String? = nil, text: String? = nil) -> XMLElement {
        let child = xmlNewTextChild(pointer, pointer.pointee.ns, name, text.map(TextCharacters.replacingForbidden))!
        if let namespace, namespace != namespaceURI {
            let declared = xmlSearchNsByHref(document.pointer, pointer, namespace)
            xmlSetNs(child, declared ?? xmlNewNs(child, namespace, nil))
        }
        return XMLElement(document: document, pointer: child)
    }

    /// Sets (or replaces) an attribute in no namespace; the value is
    /// escaped on output.
    public func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(pointer, name, TextCharacters.replacingForbidden(in: value))
    }

    /// Appends text after the current children, escaped on output.
    public func addText(_ text: String) {
        let node = xmlNewDocText(document.pointer, TextCharacters.replacingForbidden(in: text))!
        xmlAddChild(pointer, node)
    }
}
