import Survey360Core

extension QuestionnaireTemplate {
    /// Maps a template that passed the schema and the checks to the domain
    /// types; anything missing here is a bug in the checks, reported as such.
    static func template(from document: XMLDocument) throws -> QuestionnaireTemplate {
        let root = document.root
        func first(_ name: String, in element: XMLElement) throws -> XMLElement {
            guard let child = element.children(named: name).first else {
                throw XMLError(
                    .template,
                    "'\(document.name ?? "template")' has no element '\(name)' on line \(element.line)")
            }
            return child
        }
        let scale = try first("scale", in: root)
        let dimensions = try root.children(named: "dimension").map { element in
            Dimension(
                id: DimensionID(element[attribute: "id"] ?? ""),
                title: localizedText(try first("title", in: element)),
                summary: element.children(named: "summary").first.map(localizedText) ?? LocalizedText([:]))
        }
        let items = root.children(named: "item").map { element in
            var groupWordings: [RaterGroup: LocalizedText] = [:]
            for wording in element.children(named: "groupWording") {
                for group in groups(wording) { groupWordings[group] = localizedText(wording) }
            }
            return QuestionnaireItem(
                id: ItemID(element[attribute: "id"] ?? ""),
                dimensionID: DimensionID(element[attribute: "dimension"] ?? ""),
                wording: element.children(named: "wording").first.map(localizedText) ?? LocalizedText([:]),
                groupWordings: groupWordings)
        }
        let openQuestions = root.children(named: "openQuestion").map { element in
            OpenQuestion(id: QuestionID(element[attribute: "id"] ?? ""), prompt: localizedText(element))
        }
        let questionnaire = Questionnaire(
            id: root[attribute: "id"] ?? "", version: root[attribute: "version"] ?? "",
            title: localizedText(try first("title", in: root)),
            scale: RatingScale(
                minimum: integer("minimum", of: scale) ?? 1, maximum: integer("maximum", of: scale) ?? 5),
            dimensions: dimensions, items: items, openQuestions: openQuestions)
        var groupIntroductions: [RaterGroup: LocalizedText] = [:]
        for introduction in root.children(named: "groupIntroduction") {
            for group in groups(introduction) { groupIntroductions[group] = localizedText(introduction) }
        }
        var scaleLabels: [Int: LocalizedText] = [:]
        for point in scale.children(named: "point") {
            if let value = integer("value", of: point) { scaleLabels[value] = localizedText(point) }
        }
        return QuestionnaireTemplate(
            questionnaire: questionnaire,
            languages: (root[attribute: "languages"] ?? "").split(separator: " ").compactMap {
                SurveyLanguage(rawValue: String($0))
            },
            introduction: root.children(named: "introduction").first.map(localizedText),
            groupIntroductions: groupIntroductions, scaleLabels: scaleLabels,
            cannotJudgeLabel: localizedText(try first("cannotJudge", in: scale)))
    }

    private static func groups(_ element: XMLElement) -> [RaterGroup] {
        (element[attribute: "groups"] ?? "").split(separator: " ").compactMap {
            RaterGroup(rawValue: String($0))
        }
    }

    private static func localizedText(_ element: XMLElement) -> LocalizedText {
        var translations: [SurveyLanguage: String] = [:]
        for text in element.children(named: "text") {
            if let language = text[attribute: "lang"].flatMap(SurveyLanguage.init(rawValue:)) {
                translations[language] = joiningLines(text.text)
            }
        }
        return LocalizedText(translations)
    }

    /// HR may wrap long texts over several lines. Lines are trimmed and
    /// joined with a space, except next to Chinese, Japanese or Korean
    /// characters, which are written without spaces between them.
    static func joiningLines(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter {
            !$0.isEmpty
        }
        var result = ""
        for line in lines {
            if let last = result.last, let next = line.first, !(isCJK(last) || isCJK(next)) {
                result += " "
            }
            result += line
        }
        return result
    }

    private static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default: return false
        }
    }
}
