import Survey360Core

extension QuestionnaireTemplate {
    /// The elements whose children are one `text` per language.
    static let localizedElements: Set<String> = [
        "title", "introduction", "groupIntroduction", "point", "cannotJudge", "summary", "wording",
        "groupWording", "openQuestion",
    ]

    /// What the schema cannot say: ids are unique, every item names a
    /// declared dimension and every dimension has items, every text exists
    /// once in each declared language, no group has two wordings of one
    /// item, and the scale labels cover its points exactly.
    ///
    /// Reads defensively, so that it also runs on a template the schema
    /// rejected and HR gets every problem in one pass.
    static func semanticProblems(in document: XMLDocument) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        func report(_ element: XMLElement, _ message: String) {
            problems.append(XMLDiagnostic(file: document.name, line: element.line, message: message))
        }
        let root = document.root
        let declared = (root[attribute: "languages"] ?? "").split(separator: " ").map(String.init)

        // Unique ids per kind
        for kind in ["dimension", "item", "openQuestion"] {
            var firstLine: [String: Int] = [:]
            for element in root.children(named: kind) {
                guard let id = element[attribute: "id"] else { continue }
                if let line = firstLine[id] {
                    report(
                        element,
                        "duplicate \(kind == "openQuestion" ? "open question" : kind) id '\(id)' (first on line \(line))"
                    )
                } else {
                    firstLine[id] = element.line
                }
            }
        }

        // Items and dimensions refer to each other
        let dimensionIDs = Set(root.children(named: "dimension").compactMap { $0[attribute: "id"] })
        let items = root.children(named: "item")
        for item in items {
            if let dimension = item[attribute: "dimension"], !dimensionIDs.contains(dimension) {
                report(item, "item '\(item[attribute: "id"] ?? "")': unknown dimension '\(dimension)'")
            }
            var seenGroups: Set<String> = []
            for wording in item.children(named: "groupWording") {
                for group in (wording[attribute: "groups"] ?? "").split(separator: " ").map(String.init)
                where !seenGroups.insert(group).inserted {
                    report(
                        wording, "item '\(item[attribute: "id"] ?? "")': second wording for group '\(group)'")
                }
            }
        }
        let usedDimensions = Set(items.compactMap { $0[attribute: "dimension"] })
        for dimension in root.children(named: "dimension") {
            if let id = dimension[attribute: "id"], !usedDimensions.contains(id) {
                report(dimension, "dimension '\(id)' has no items")
            }
        }
        var introductionGroups: Set<String> = []
        for introduction in root.children(named: "groupIntroduction") {
            for group in (introduction[attribute: "groups"] ?? "").split(separator: " ").map(String.init)
            where !introductionGroups.insert(group).inserted {
                report(introduction, "second introduction for group '\(group)'")
            }
        }

        problems += languageProblems(in: root, declared: declared, document: document)
        problems += scaleProblems(in: root, document: document)
        return problems
    }

    /// Every localized element has exactly one text per declared language.
    private static func languageProblems(
        in element: XMLElement, declared: [String], document: XMLDocument
    ) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        if localizedElements.contains(element.name) {
            var seen: Set<String> = []
            for text in element.children(named: "text") {
                guard let language = text[attribute: "lang"] else { continue }
                if !seen.insert(language).inserted {
                    problems.append(
                        XMLDiagnostic(
                            file: document.name, line: text.line,
                            message: "element '\(element.name)': second text in language '\(language)'"))
                } else if !declared.contains(language) {
                    problems.append(
                        XMLDiagnostic(
                            file: document.name, line: text.line,
                            message:
                                "element '\(element.name)': language '\(language)' is not in the template's languages"
                        ))
                }
            }
            for language in declared where !seen.contains(language) {
                problems.append(
                    XMLDiagnostic(
                        file: document.name, line: element.line,
                        message: "element '\(element.name)': missing language '\(language)'"))
            }
        }
        for child in element.children where child.name != "text" {
            problems += languageProblems(in: child, declared: declared, document: document)
        }
        return problems
    }

    /// An `xs:integer` attribute as the schema reads it, white space around
    /// the digits included; `nil` when absent or not a whole number that
    /// fits in an `Int`.
    static func integer(_ name: String, of element: XMLElement) -> Int? {
        element[attribute: name].flatMap { Int($0.trimmingWhitespace()) }
    }

    /// The scale lies within the scores the store can hold, runs upwards
    /// and labels each of its points once.
    private static func scaleProblems(in root: XMLElement, document: XMLDocument) -> [XMLDiagnostic] {
        guard let scale = root.children(named: "scale").first,
            let minimumText = scale[attribute: "minimum"], let maximumText = scale[attribute: "maximum"]
        else { return [] }
        func problem(_ element: XMLElement, _ message: String) -> XMLDiagnostic {
            XMLDiagnostic(file: document.name, line: element.line, message: message)
        }
        // Checked first: a score outside the storable ones could be given
        // but never scored, and the checks below walk every point.
        let storable = AnswerTable.codableRatings
        guard let minimum = integer("minimum", of: scale), let maximum = integer("maximum", of: scale),
            storable.contains(minimum), storable.contains(maximum)
        else {
            return [
                problem(
                    scale,
                    "scale: '\(minimumText)' to '\(maximumText)' is not within \(storable.lowerBound) to "
                        + "\(storable.upperBound), the scores Survey360 stores")
            ]
        }
        guard minimum < maximum else {
            return [problem(scale, "scale: minimum \(minimum) is not below maximum \(maximum)")]
        }
        var problems: [XMLDiagnostic] = []
        var labelled: Set<Int> = []
        for point in scale.children(named: "point") {
            guard let value = integer("value", of: point) else { continue }
            if !(minimum...maximum).contains(value) {
                problems.append(problem(point, "scale: point \(value) is outside \(minimum)–\(maximum)"))
            } else if !labelled.insert(value).inserted {
                problems.append(problem(point, "scale: second label for point \(value)"))
            }
        }
        for value in minimum...maximum where !labelled.contains(value) {
            problems.append(problem(scale, "scale: missing label for point \(value)"))
        }
        return problems
    }
}
