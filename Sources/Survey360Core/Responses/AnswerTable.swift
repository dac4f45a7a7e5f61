/// A campaign's submitted answers in bulk: one row of one-byte rating codes
/// per questionnaire, in the columns of ``itemIDs``, and the comments beside.
///
/// This is the form answers are stored in and read back for scoring: a
/// 100,000-person quarter has about 500,000 questionnaires, which as
/// ``Response`` values would be half a million dictionaries; here they are
/// one array of bytes that a store fills straight from its rows.
///
/// ```swift
/// let table = try await store.answerTable(in: "2026-Q4")
/// let code = table.code(sheet: 0, column: 2)   // AnswerTable.cannotJudge, notAnswered, or the rating
/// ```
public struct AnswerTable: Hashable, Sendable {
    /// The code of an item the rater did not answer.
    public static let notAnswered: Int8 = .min
    /// The code of "cannot judge".
    public static let cannotJudge: Int8 = .min + 1
    /// The ratings a code can hold: every other byte value.
    public static let codableRatings = Int(Int8.min) + 2...Int(Int8.max)

    /// One answer to an open question.
    public struct Comment: Hashable, Sendable {
        /// The index of the questionnaire in ``AnswerTable/pairs``.
        public var sheet: Int
        public var questionID: QuestionID
        public var text: String

        public init(sheet: Int, question: QuestionID, text: String) {
            self.sheet = sheet
            self.questionID = question
            self.text = text
        }
    }

    /// The items of the columns, in the order the store keeps them (not
    /// necessarily the questionnaire's).
    public var itemIDs: [ItemID]
    /// One questionnaire per row.
    public var pairs: [RaterPair]
    /// `pairs.count × itemIDs.count` codes, row by row.
    public var codes: [Int8]
    public var comments: [Comment]

    public init(itemIDs: [ItemID], pairs: [RaterPair], codes: [Int8], comments: [Comment]) {
        precondition(codes.count == pairs.count * itemIDs.count)
        self.itemIDs = itemIDs
        self.pairs = pairs
        self.codes = codes
        self.comments = comments
    }

    /// The submitted responses among `responses` (drafts are left out), with
    /// one column per item any of them answered, in item order.
    ///
    /// - Precondition: every rating lies in ``codableRatings``.
    public init(_ responses: [Response]) {
        let submitted = responses.filter(\.isSubmitted)
        let items = Set(submitted.flatMap(\.ratings.keys)).sorted()
        let column = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
        var codes = [Int8](repeating: Self.notAnswered, count: submitted.count * items.count)
        var comments: [Comment] = []
        for (sheet, response) in submitted.enumerated() {
            for (item, value) in response.ratings {
                guard let code = Self.code(for: value) else { preconditionFailure("rating off every scale") }
                codes[sheet * items.count + column[item]!] = code
            }
            for (question, text) in response.comments.sorted(by: { $0.key < $1.key }) {
                comments.append(Comment(sheet: sheet, question: question, text: text))
            }
        }
        self.init(itemIDs: items, pairs: submitted.map(\.pair), codes: codes, comments: comments)
    }

    /// Why a store refuses a rating that no code holds.
    public static let ratingOutOfRange =
        "A rating lies outside every scale Survey360 stores (\(codableRatings.lowerBound) to \(codableRatings.upperBound))"

    /// The code of an answer, or `nil` when its score does not fit in a
    /// byte.
    public static func code(for answer: Answer) -> Int8? {
        guard case .score(let rating) = answer else { return cannotJudge }
        return codableRatings.contains(rating) ? Int8(rating) : nil
    }

    /// The answer a code holds, or `nil` for ``notAnswered``.
    @inline(__always) public static func answer(for code: Int8) -> Answer? {
        switch code {
        case notAnswered: nil
        case cannotJudge: .cannotJudge
        default: .score(Int(code))
        }
    }

    /// The code of questionnaire `sheet` for the item of `column`.
    @inline(__always) public func code(sheet: Int, column: Int) -> Int8 {
        codes[sheet * itemIDs.count + column]
    }

    /// The questionnaires as the domain's responses, submitted.
    public var responses: [Response] {
        var result = pairs.map { Response(rater: $0.raterID, ratee: $0.rateeID, isSubmitted: true) }
        for sheet in pairs.indices {
            for (column, item) in itemIDs.enumerated() {
                result[sheet].ratings[item] = Self.answer(for: code(sheet: sheet, column: column))
            }
        }
        for comment in comments { result[comment.sheet].comments[comment.questionID] = comment.text }
        return result
    }
}
