import CSurvey360XML
import CSurvey360XSLT
import Foundation

/// The documents a stylesheet's `document()` calls have read, kept for its
/// later transformations.
///
/// libxslt parses such a file (the reports' `strings.xml`, 39 KB) again in
/// every transformation and frees it with the transformation's context: a
/// tenth of the instructions of a personal report's page (callgrind on
/// `xsltproc`). A document read here once is handed to every later context
/// as already read, marked as libxslt marks the input document, so that the
/// context does not free it.
///
/// A document is taken only after a transformation that succeeded, and is
/// never changed afterwards: libxslt strips its whitespace and numbers its
/// nodes while reading it, before it is kept, and a transformation only
/// reads it. So any number of threads may use the kept documents at once.
/// Their key tables (`xsl:key`) are the context's own and are built again in
/// each transformation.
///
/// `@unchecked Sendable`: the list is guarded by `lock`.
final class XSLTReadDocuments: @unchecked Sendable {
    /// At most this many documents are kept; any further ones are read in
    /// each transformation, as libxslt does. A stylesheet reads its own
    /// few files, and this keeps one that computes its file names from the
    /// input from holding every file of its folder.
    static let limit = 16

    private let lock = NSLock()
    private var documents: [xmlDocPtr] = []

    deinit {
        for document in documents { xmlFreeDoc(document) }
    }

    /// Adds the kept documents to the documents `context` has read.
    func lend(to context: xsltTransformContextPtr) {
        lock.withLock {
            for document in documents {
                xsltNewDocument(context, document)?.pointee.main = 1
            }
        }
    }

    /// Keeps the documents `context` read itself, up to ``limit``, and marks
    /// them so that freeing the context leaves them alone. Call it after a
    /// transformation that succeeded, before its context is freed.
    func keep(from context: xsltTransformContextPtr) {
        lock.withLock {
            var entry = context.pointee.docList
            while let current = entry, documents.count < Self.limit {
                entry = current.pointee.next
                guard current.pointee.main == 0, let document = current.pointee.doc,
                    document.pointee.URL != nil,
                    !documents.contains(where: { Self.sameURL($0, document) })
                else { continue }
                current.pointee.main = 1
                documents.append(document)
            }
        }
    }

    /// Two threads may read the same file in their first transformations;
    /// only one copy is kept, the other is freed with its context.
    private static func sameURL(_ one: xmlDocPtr, _ other: xmlDocPtr) -> Bool {
        guard let first = one.pointee.URL, let second = other.pointee.URL else { return false }
        return xmlStrEqual(first, second) != 0
    }
}
