/// Everything that can go wrong in Survey360XML: a document that does not
/// parse, a schema that rejects it, a stylesheet that fails, a template HR
/// broke.
///
/// A struct over a private code, so that cases can be added without breaking
/// callers; `diagnostics` carries each problem libxml2 reported, with the
/// file, line and column HR needs to fix it.
///
/// ```swift
/// do {
///     _ = try XMLDocument(contentsOf: url)
/// } catch let error as XMLError where error.code == .malformed {
///     for diagnostic in error.diagnostics { print(diagnostic) }  // report.xml:3:7: …
/// }
/// ```
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; compare with the static members.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case malformed, unreadable, invalid, schema, xpath, transform, stylesheet, output, template, reference
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The input is not well-formed XML.
        public static let malformed = Code(.malformed)
        /// A file could not be read or written.
        public static let unreadable = Code(.unreadable)
        /// A document does not match its schema.
        public static let invalid = Code(.invalid)
        /// A schema (XSD) could not be loaded.
        public static let schema = Code(.schema)
        /// An XPath expression could not be compiled or evaluated.
        public static let xpath = Code(.xpath)
        /// An XSLT transformation failed.
        public static let transform = Code(.transform)
        /// An XSLT stylesheet could not be loaded.
        public static let stylesheet = Code(.stylesheet)
        /// A document could not be serialised or built.
        public static let output = Code(.output)
        /// A questionnaire template is broken beyond what its schema checks.
        public static let template = Code(.template)
        /// A document that must stand alone refers to another resource (a
        /// schema of an archive with an include, an import or a DTD).
        public static let reference = Code(.reference)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// One line for people: sentence case, values in single quotes, no final
    /// period.
    public var message: String
    /// Each problem found, in the order libxml2 or the checks reported it.
    public var diagnostics: [XMLDiagnostic]

    public init(_ code: Code, _ message: String, diagnostics: [XMLDiagnostic] = []) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }

    /// The message, then every diagnostic on a line of its own, in the
    /// compiler style `file:line: message` that editors make clickable.
    public var description: String {
        ([message] + diagnostics.map { "  \($0)" }).joined(separator: "\n")
    }
}
