import Survey360XML

/// Everything that can go wrong while making reports: a document that
/// fails its schema, a stylesheet that fails, a file that cannot be written.
///
/// A struct over a private code, so that cases can be added later; the
/// message never carries a rater's identity or an answer (reports hold
/// neither), and `diagnostics` gives libxml2's line-numbered problems.
public struct ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidDocument, rendering, output, unknownSubject, notReportable, damaged
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A document does not match `report.xsd`: a bug, never written out.
        public static let invalidDocument = Code(.invalidDocument)
        /// A stylesheet could not be loaded or failed on a document.
        public static let rendering = Code(.rendering)
        /// A file or directory could not be written.
        public static let output = Code(.output)
        /// A person or department asked for has no report.
        public static let unknownSubject = Code(.unknownSubject)
        /// The campaign cannot be reported: no organisation, never launched.
        public static let notReportable = Code(.notReportable)
        /// A stored report no longer has the SHA-256 it was stored with.
        public static let damaged = Code(.damaged)

        public var description: String { base.rawValue }
    }

    public var code: Code
    public var message: String
    public var diagnostics: [XMLDiagnostic]

    public init(_ code: Code, _ message: String, diagnostics: [XMLDiagnostic] = []) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }

    public var description: String {
        ([message] + diagnostics.map { "  \($0)" }).joined(separator: "\n")
    }
}
