import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

extension ReportWriter {
    /// The campaign document: metadata, the questionnaire as rated (in every
    /// language), the policy and the rules applied with how often each
    /// fired, what the input held that could not be used, response rates,
    /// and the list of the set's documents.
    public func campaignDocument() throws -> Data {
        var reasons = ReasonSet()
        let writer = try begin("campaignReport")
        try writeCampaign(writer)
        try writeQuestionnaire(writer)
        try writePolicy(writer)
        try writer.element("appliedRules") {
            for rule in scores.appliedRules {
                try writer.startElement("rule")
                try writer.attribute("code", rule.code)
                try writer.attribute("applications", rule.applications)
                try writer.parameters(rule.parameters)
                try writer.endElement()
            }
        }
        let notes = scores.inputNotes
        try writer.startElement("inputNotes")
        try writer.attribute("assignmentsWithUnknownPeople", notes.assignmentsWithUnknownPeople)
        try writer.attribute("responsesWithoutAssignment", notes.responsesWithoutAssignment)
        try writer.attribute("draftResponses", notes.draftResponses)
        try writer.attribute("invalidRatings", notes.invalidRatings)
        try writer.attribute("duplicateAssignments", notes.duplicateAssignments)
        try writer.endElement()
        try writeResponseRates(writer, reasons: &reasons)
        try writeContents(writer)
        return try end(writer, reasons: reasons)
    }

    /// Response rates over the campaign, per rater group (summed over the
    /// people rated) and per department (questionnaires its members were
    /// asked to fill in, withheld below the department minimum).
    private func writeResponseRates(_ writer: XMLStreamWriter, reasons: inout ReasonSet) throws {
        var invited = [Int](repeating: 0, count: RaterGroup.allCases.count)
        var responded = invited
        for person in scores.people {
            for participation in person.participation {
                invited[participation.group.precedence] += participation.invited
                responded[participation.group.precedence] += participation.responded
            }
        }
        try writer.element("responseRates") {
            let allInvited = invited.reduce(0, +)
            let allResponded = responded.reduce(0, +)
            try writer.startElement("total")
            try writer.attribute("invited", allInvited)
            try writer.attribute("submitted", allResponded)
            try writer.number("rate", allInvited == 0 ? 0 : Double(allResponded) / Double(allInvited))
            try writer.endElement()
            for group in RaterGroup.allCases where invited[group.precedence] > 0 {
                let count = invited[group.precedence]
                try writer.startElement("group")
                try writer.attribute("group", group.rawValue)
                try writer.attribute("invited", count)
                try writer.attribute("responded", responded[group.precedence])
                try writer.number("rate", Double(responded[group.precedence]) / Double(count))
                try writer.endElement()
            }
            for department in scores.departments {
                try writeResponseRate(
                    writer, "department", department.responseRate, id: department.departmentID.rawValue,
                    reasons: &reasons)
            }
        }
    }

    private func writeContents(_ writer: XMLStreamWriter) throws {
        try writer.element("contents") {
            try writer.startElement("organisationReport")
            try writer.attribute("file", ReportVocabulary.organisationFile)
            try writer.endElement()
            for department in scores.departments {
                let id = department.departmentID
                try writer.startElement("departmentReport")
                try writer.attribute("id", id.rawValue)
                try writer.attribute("name", context.departmentName(id))
                try writer.optional("parent", department.parentID?.rawValue)
                try writer.attribute("file", ReportVocabulary.departmentFile(id.rawValue))
                try writer.attribute("peopleRated", department.peopleRated)
                try writer.endElement()
            }
            for person in scores.people {
                try writer.startElement("personReport")
                try writer.attribute("person", person.personID.rawValue)
                try writer.attribute(
                    "name", context.organisation.person(person.personID)?.name ?? person.personID.rawValue)
                try writer.optional("department", person.departmentID?.rawValue)
                try writer.attribute("file", ReportVocabulary.personFile(person.personID.rawValue))
                try writer.endElement()
            }
        }
    }

    private func writeQuestionnaire(_ writer: XMLStreamWriter) throws {
        let questionnaire = context.questionnaire
        try writer.startElement("questionnaire")
        try writer.attribute("id", questionnaire.id)
        try writer.attribute("version", questionnaire.version)
        try writeTexts(writer, "title", questionnaire.title)
        try writeScale(writer)
        for dimension in questionnaire.dimensions {
            try writer.startElement("dimension")
            try writer.attribute("id", dimension.id.rawValue)
            try writeTexts(writer, "title", dimension.title)
            if !dimension.summary.translations.isEmpty {
                try writeTexts(writer, "summary", dimension.summary)
            }
            for item in questionnaire.items(in: dimension.id) {
                try writer.startElement("item")
                try writer.attribute("id", item.id.rawValue)
                try writeTexts(writer, "wording", item.wording)
                for group in RaterGroup.allCases {
                    guard let wording = item.groupWordings[group] else { continue }
                    try writeTexts(writer, "groupWording", wording, attribute: ("group", group.rawValue))
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        for question in questionnaire.openQuestions {
            try writeTexts(writer, "openQuestion", question.prompt, attribute: ("id", question.id.rawValue))
        }
        try writer.endElement()
    }

    /// `<name><text lang="…">…</text>…</name>`, languages in a fixed order.
    private func writeTexts(
        _ writer: XMLStreamWriter, _ name: String, _ text: LocalizedText, attribute: (String, String)? = nil
    ) throws {
        try writer.startElement(name)
        if let attribute { try writer.attribute(attribute.0, attribute.1) }
        var languages = SurveyLanguage.allCases.filter { text.translations[$0] != nil }
        if languages.isEmpty { languages = [context.campaign.language] }
        for language in languages {
            try writer.startElement("text")
            try writer.attribute("lang", language.rawValue)
            try writer.text(text.translations[language] ?? "")
            try writer.endElement()
        }
        try writer.endElement()
    }
}
