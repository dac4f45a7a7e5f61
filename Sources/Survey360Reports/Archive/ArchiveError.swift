/// Why an audit archive could not be written or a key could not be made
/// or read.
///
/// Verification does not throw this: it returns every `ArchiveFailure` it
/// finds, because an auditor wants the whole list, not the first problem.
public struct ArchiveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; compare with the static members.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidInput, invalidDocument, fileSystem, key
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A document name, a schema file or the target directory is unusable.
        public static let invalidInput = Code(.invalidInput)
        /// A document is malformed or does not match its schema; nothing
        /// invalid is ever archived.
        public static let invalidDocument = Code(.invalidDocument)
        /// A file could not be read or written.
        public static let fileSystem = Code(.fileSystem)
        /// A key file is missing, malformed or would be overwritten.
        public static let key = Code(.key)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// Sentence case, values in single quotes, no final period.
    public var message: String
    /// Further lines, such as each schema error of a rejected document.
    public var details: [String]

    public init(_ code: Code, _ message: String, details: [String] = []) {
        self.code = code
        self.message = message
        self.details = details
    }

    public var description: String {
        ([message] + details.map { "  \($0)" }).joined(separator: "\n")
    }
}
