/// A rater's answer to one rated item: a score on the questionnaire's scale,
/// or "cannot judge".
///
/// "Cannot judge" is an answer, not a missing one: it counts neither in a
/// mean's numerator nor in its denominator, and it lowers a cell's rater
/// count, but an item answered so is complete for submission. Everything that
/// reads or writes answers (the web form, response files, the store, the
/// scorer) goes through this type, and ``Answer/init(parsing:on:)`` is the one
/// way to read one from text.
///
/// ```swift
/// let scale = RatingScale.fivePoint
/// try Answer(parsing: " 4 ", on: scale)  // .score(4)
/// try Answer(parsing: "n/a", on: scale)  // .cannotJudge
/// try Answer(parsing: "6", on: scale)    // throws AnswerError.outsideScale
/// Answer.cannotJudge.text                // "NA"
/// ```
public enum Answer: Hashable, Sendable {
    case score(Int)
    case cannotJudge

    /// How "cannot judge" is written in files and forms; the parser also
    /// reads `N/A` and either in lower case.
    public static let cannotJudgeText = "NA"

    /// The score, or `nil` for "cannot judge".
    public var score: Int? {
        switch self {
        case .score(let value): value
        case .cannotJudge: nil
        }
    }

    /// The answer as files and forms write it: the score's digits or `NA`.
    public var text: String {
        switch self {
        case .score(let value): String(value)
        case .cannotJudge: Self.cannotJudgeText
        }
    }
}

// MARK: - Codable

/// A score encodes as its number and "cannot judge" as `null`, which is how
/// answers were stored before this type existed: stored questionnaires read
/// back unchanged.
extension Answer: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .cannotJudge : .score(try container.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .score(let value): try container.encode(value)
        case .cannotJudge: try container.encodeNil()
        }
    }
}
