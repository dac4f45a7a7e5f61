import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

/// The words of the reports (`templates/reports/strings.xml`), for text
/// written outside the stylesheets, such as `survey360 scores`: rules and
/// withholding reasons are worded from their code and parameters here as
/// they are in the HTML, so there is one wording in three languages.
///
/// ```swift
/// let strings = try ReportStrings(templates: directory)
/// print(strings.reason(.tooFewRaters, policy: policy, language: .english))
/// ```
public struct ReportStrings: Sendable {
    /// Text by key, then by language.
    private let table: [String: [SurveyLanguage: String]]

    /// Reads the string table of a templates directory.
    ///
    /// - Throws: `XMLError` if the file is missing or is not well formed.
    public init(templates: TemplateDirectory) throws {
        let document = try XMLDocument(contentsOf: templates.url.appending(path: "reports/strings.xml"))
        var table: [String: [SurveyLanguage: String]] = [:]
        for entry in document.root.children(named: "string") {
            guard let key = entry[attribute: "key"] else { continue }
            for text in entry.children(named: "text") {
                guard let language = text[attribute: "lang"].flatMap(SurveyLanguage.init(rawValue:)) else { continue }
                table[key, default: [:]][language] = text.text
            }
        }
        self.table = table
    }

    /// The text of `key` in `language` (English when missing, the key itself
    /// when missing in English too), with `{name}` placeholders filled.
    public func text(_ key: String, language: SurveyLanguage, parameters: [RuleParameter] = []) -> String {
        var text = table[key]?[language] ?? table[key]?[.english] ?? key
        for parameter in parameters {
            text = text.replacingOccurrences(of: "{\(parameter.name)}", with: Self.format(parameter.value))
        }
        return text
    }

    /// Why a figure is withheld, in words.
    public func reason(_ reason: WithholdingReason, policy: ScoringPolicy, language: SurveyLanguage) -> String {
        text("reason." + reason.code, language: language, parameters: reason.parameters(policy))
    }

    static func format(_ value: RuleParameter.Value) -> String {
        switch value {
        case .integer(let value): String(value)
        case .number(let value): ReportNumber.format(value)
        case .code(let value): value
        }
    }
}
