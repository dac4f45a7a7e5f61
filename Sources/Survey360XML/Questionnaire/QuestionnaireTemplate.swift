import Foundation
import Survey360Core

/// A questionnaire template as HR keeps it in `templates/questionnaires/`:
/// the `Questionnaire` itself plus what only the form needs (introductions,
/// scale labels).
///
/// Templates are data, not code: HR copies `default.xml`, edits the copy and
/// points a campaign at it, without recompiling. Loading validates the file
/// against `schemas/questionnaire.xsd` and then checks what a schema cannot
/// say, and rejects a broken template with every problem and its line.
///
/// ```swift
/// let templates = try TemplateDirectory.locate()
/// let template = try templates.loadQuestionnaire()  // questionnaires/default.xml
/// print(template.questionnaire.items.count)         // 21
/// ```
public struct QuestionnaireTemplate: Hashable, Sendable {
    /// The namespace of questionnaire templates, vocabulary version 1.
    public static let namespace = "urn:survey360:questionnaire:1"

    /// The dimensions, items with their group wordings, and open questions.
    public var questionnaire: Questionnaire
    /// The languages the template is offered in, in the order it lists them.
    public var languages: [SurveyLanguage]
    /// The text shown above the items, when there is one.
    public var introduction: LocalizedText?
    /// Introductions that replace the general one for some groups (the
    /// notice that a manager's ratings can be attributed to them).
    public var groupIntroductions: [RaterGroup: LocalizedText]
    /// The label of each scale point, from `scale.minimum` to `scale.maximum`.
    public var scaleLabels: [Int: LocalizedText]
    /// The label of the "cannot judge" answer, which is never scored.
    public var cannotJudgeLabel: LocalizedText

    public init(
        questionnaire: Questionnaire, languages: [SurveyLanguage], introduction: LocalizedText? = nil,
        groupIntroductions: [RaterGroup: LocalizedText] = [:], scaleLabels: [Int: LocalizedText],
        cannotJudgeLabel: LocalizedText
    ) {
        self.questionnaire = questionnaire
        self.languages = languages
        self.introduction = introduction
        self.groupIntroductions = groupIntroductions
        self.scaleLabels = scaleLabels
        self.cannotJudgeLabel = cannotJudgeLabel
    }

    /// The introduction a rater of `group` reads.
    public func introduction(for group: RaterGroup) -> LocalizedText? {
        groupIntroductions[group] ?? introduction
    }

    /// Loads, validates and checks a template file.
    ///
    /// - Parameters:
    ///   - url: The template, such as `templates/questionnaires/default.xml`.
    ///   - schema: The compiled `questionnaire.xsd`.
    /// - Throws: `XMLError` with code `.template` listing every problem as
    ///   `default.xml:12: element 'item': missing attribute 'dimension'`;
    ///   `.unreadable` when the file cannot be read.
    public static func load(contentsOf url: URL, schema: XMLSchema) throws -> QuestionnaireTemplate {
        let name = url.lastPathComponent
        let document: XMLDocument
        do {
            document = try XMLDocument(contentsOf: url)
        } catch let error as XMLError where error.code == .malformed {
            throw XMLError(
                .template, "'\(name)' is not a valid questionnaire template", diagnostics: error.diagnostics)
        }
        var problems = schema.problems(in: document) + semanticProblems(in: document)
        problems.sort { ($0.line, $0.message) < ($1.line, $1.message) }
        guard problems.isEmpty else {
            throw XMLError(
                .template, "'\(name)' is not a valid questionnaire template", diagnostics: problems)
        }
        return try template(from: document)
    }
}
