/// One pair's answers as a response file gives them, in a few bytes per
/// answer: a 100,000-person quarter's file makes half a million of these,
/// and they are all in memory until the file is known to be good.
///
/// Arrays, not dictionaries: a questionnaire has a handful of items, and only
/// the questionnaire's own are kept (an unknown item is a problem of its
/// row), so a search is short and a hostile file cannot make it long.
struct ResponseDraft: Sendable {
    /// Where a row was, in a third of the space of a ``SourceLocation``: the
    /// file by its number among the files seen.
    struct Spot: Sendable {
        var file: UInt16
        var line: Int32
    }

    /// One item's rating: the item by its place in the questionnaire, the
    /// answer as ``code(of:)`` writes it.
    struct Rating: Sendable {
        var item: Int32
        var answer: Int16
        var spot: Spot
    }

    struct Comment: Sendable {
        var question: QuestionID
        var text: String?
        var spot: Spot
    }

    /// The code of "cannot judge"; scores are their own value.
    static let cannotJudge = Int16.min
    /// The code of a rating kept only to name a second rating's first one:
    /// its row has a problem.
    static let refused = Int16.min + 1

    var ratings: [Rating] = []
    var comments: [Comment] = []
    var firstLocation: SourceLocation
    var hasProblems = false

    /// The code of `answer`. Scales are far inside `Int16`'s range (the
    /// questionnaire loader bounds them).
    static func code(of answer: Answer?) -> Int16 {
        switch answer {
        case .score(let value): Int16(clamping: value)
        case .cannotJudge: cannotJudge
        case nil: refused
        }
    }

    /// The questionnaire the draft is, once checked: no rating is refused.
    func response(of pair: RaterPair, items: [ItemID]) -> Response {
        var answers: [ItemID: Answer] = [:]
        answers.reserveCapacity(ratings.count)
        for rating in ratings {
            answers[items[Int(rating.item)]] =
                rating.answer == Self.cannotJudge ? .cannotJudge : .score(Int(rating.answer))
        }
        var texts: [QuestionID: String] = [:]
        for comment in comments { texts[comment.question] = comment.text }
        return Response(rater: pair.raterID, ratee: pair.rateeID, ratings: answers, comments: texts, isSubmitted: true)
    }
}
