import CSurvey360XML

extension XMLDocument {
    /// The elements an XPath expression selects from the root.
    ///
    /// ```swift
    /// let items = try document.select(
    ///     "//q:item[@dimension = 'lead-time']", namespaces: ["q": "urn:survey360:questionnaire:1"])
    /// ```
    ///
    /// - Parameters:
    ///   - expression: An XPath 1.0 expression selecting nodes; nodes other
    ///     than elements (attributes, text) are left out.
    ///   - namespaces: Prefixes used in `expression`, mapped to URIs.
    /// - Throws: `XMLError` with code `.xpath` for an expression libxml2
    ///   rejects, such as one using an unregistered prefix.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws -> [XMLElement] {
        try root.select(expression, namespaces: namespaces)
    }

    /// The string value of an XPath expression (`string(…)` semantics), such
    /// as `count(//q:item)` or `string(/q:questionnaire/@version)`.
    public func string(_ expression: String, namespaces: [String: String] = [:]) throws -> String {
        try root.string(expression, namespaces: namespaces)
    }
}

extension XMLElement {
    /// The elements an XPath expression selects, relative to this element.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws -> [XMLElement] {
        try evaluate(expression, namespaces: namespaces) { object in
            guard object.pointee.type == XPATH_NODESET, let set = object.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                guard let node = set.pointee.nodeTab[index], node.pointee.type == XML_ELEMENT_NODE else {
                    return nil
                }
                return XMLElement(document: document, pointer: node)
            }
        }
    }

    /// The string value of an XPath expression relative to this element.
    public func string(_ expression: String, namespaces: [String: String] = [:]) throws -> String {
        try evaluate("string(\(expression))", namespaces: namespaces) { object in
            object.pointee.stringval.map { String(cString: $0) } ?? ""
        }
    }

    private func evaluate<Result>(
        _ expression: String, namespaces: [String: String], _ read: (xmlXPathObjectPtr) -> Result
    ) throws -> Result {
        try Diagnostics.collect(file: document.name) { diagnostics in
            guard let context = xmlXPathNewContext(document.pointer) else {
                throw XMLError(.xpath, "Cannot create an XPath context")
            }
            defer { xmlXPathFreeContext(context) }
            context.pointee.node = pointer
            for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
                xmlXPathRegisterNs(context, prefix, uri)
            }
            guard let object = xmlXPathEvalExpression(expression, context) else {
                let reason = diagnostics.all.first?.message ?? "invalid expression"
                throw XMLError(.xpath, "Invalid XPath expression '\(expression)': \(reason)")
            }
            defer { xmlXPathFreeObject(object) }
            return read(object)
        }
    }
}
