import Foundation
import Survey360Core

/// A questionnaire form as posted: ratings, comments and the button used.
struct AnswerForm: Sendable {
    enum Action: Sendable { case save, submit }

    var action: Action
    var ratings: [ItemID: Answer] = [:]
    var comments: [QuestionID: String] = [:]

    /// Reads the fields `item.<id>` (an answer as ``Answer/init(parsing:on:)``
    /// reads it: a scale value, or `NA` for "cannot judge") and
    /// `comment.<id>`; an empty or absent field is an item not answered yet,
    /// and fields of unknown items are ignored.
    ///
    /// - Throws: ``WebError`` `.badRequest` for a value that is not an
    ///   answer, which no form of ours can send.
    init(_ form: FormData, questionnaire: Questionnaire, maximumCommentLength: Int) throws {
        action = form["action"] == "submit" ? .submit : .save
        for item in questionnaire.items {
            guard let value = form["item.\(item.id.rawValue)"], !value.isEmpty else { continue }
            do {
                ratings[item.id] = try Answer(parsing: value, on: questionnaire.scale)
            } catch {
                throw WebError.badRequest
            }
        }
        for question in questionnaire.openQuestions {
            guard let text = form["comment.\(question.id.rawValue)"] else { continue }
            // A character XML cannot carry would stop the reports: replaced
            // here, as the rater cannot have meant it (it cannot be typed).
            let trimmed = TextCharacters.replacingForbidden(in: text).trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { comments[question.id] = String(trimmed.prefix(maximumCommentLength)) }
        }
    }

    /// How many items still have neither a score nor "cannot judge".
    func missingCount(in questionnaire: Questionnaire) -> Int {
        questionnaire.items.filter { ratings[$0.id] == nil }.count
    }
}
