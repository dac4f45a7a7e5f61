/// Why a text is not an answer on a questionnaire's scale.
///
/// The message names the value as written and says what to write instead;
/// callers add where the value was (a file's line, an item's id).
public struct AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; new kinds may be added without breaking
    /// callers that switch over the known ones with a default.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notAWholeNumber = "not a whole number"
            case outsideScale = "outside the scale"
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// Neither a number nor a spelling of "cannot judge".
        public static let notAWholeNumber = Code(.notAWholeNumber)
        /// A whole number the scale does not have.
        public static let outsideScale = Code(.outsideScale)

        public var description: String { base.rawValue }
    }

    public let code: Code
    /// The value exactly as written.
    public let text: String
    public let scale: RatingScale

    init(_ code: Code, text: String, scale: RatingScale) {
        self.code = code
        self.text = text
        self.scale = scale
    }

    /// What to write instead: `write 1 to 5, or 'NA' for cannot judge`.
    public var advice: String {
        "write \(scale.minimum) to \(scale.maximum), or '\(Answer.cannotJudgeText)' for cannot judge"
    }

    /// `'6' is outside the scale; write 1 to 5, or 'NA' for cannot judge`.
    public var description: String { "'\(text)' is \(code); \(advice)" }
}
