import CSurvey360XML
import Foundation

/// An XML (or HTML) document in memory, owning its libxml2 tree.
///
/// Every element handed out (`XMLElement`) holds its document strongly, so
/// the tree lives as long as anything points into it and is freed exactly
/// once, here, in `deinit`.
///
/// A document is deliberately not `Sendable`: libxml2 trees may not be read
/// and changed from two threads at once. Hand finished documents between
/// tasks as `Data` (`xmlData()` or `canonicalData()`).
///
/// ```swift
/// let document = XMLDocument(root: "report", namespace: "urn:survey360:report:1")
/// document.root.addChild("title", text: "Q4 & beyond")
/// let data = document.xmlData()
/// ```
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// The name used in diagnostics (`default.xml`), when there is one.
    public let name: String?

    /// Takes ownership of a tree libxml2 created.
    init(adopting pointer: xmlDocPtr, name: String?) {
        self.pointer = pointer
        self.name = name
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Starts a new document with one root element.
    ///
    /// - Parameters:
    ///   - root: The root element's local name.
    ///   - namespace: The default namespace that the root and the children
    ///     added to it belong to, if any.
    public convenience init(root: String, namespace: String? = nil) {
        LibXML.initialise()
        let document = xmlNewDoc("1.0")!
        let node = xmlNewDocNode(document, nil, root, nil)!
        if let namespace {
            xmlSetNs(node, xmlNewNs(node, namespace, nil))
        }
        xmlDocSetRootElement(document, node)
        self.init(adopting: document, name: nil)
    }

    /// Starts an HTML5 document, `<!DOCTYPE html>` and an `html` root.
    ///
    /// Serialise it with `htmlData()`, which writes raw UTF-8 and adds no
    /// `http-equiv` meta element (see `platform-notes.md`).
    ///
    /// - Parameter language: The `lang` attribute of the root, such as
    ///   `zh-Hans`.
    public static func html(language: String) -> XMLDocument {
        LibXML.initialise()
        let document = htmlNewDocNoDtD(nil, nil)!
        xmlCreateIntSubset(document, "html", nil, nil)
        let node = xmlNewDocNode(document, nil, "html", nil)!
        xmlDocSetRootElement(document, node)
        xmlSetProp(node, "lang", language)
        return XMLDocument(adopting: document, name: nil)
    }

    /// The root element; every document made or parsed here has one.
    public var root: XMLElement {
        XMLElement(document: self, pointer: xmlDocGetRootElement(pointer)!)
    }

    /// Whether this is an HTML document (built with `html(language:)` or the
    /// result of an XSLT stylesheet with `method="html"`).
    public var isHTML: Bool {
        pointer.pointee.type == XML_HTML_DOCUMENT_NODE
    }

    /// Whether the document has a document type declaration (`<!DOCTYPE`),
    /// with an internal subset or an external one.
    public var declaresDocumentType: Bool {
        pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil
    }
}
