import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

/// Writes the XML documents of a campaign's reports, the single source of
/// truth that auditors archive and the HTML pages are rendered from.
///
/// Each document is streamed through libxml2's writer, never built as a
/// tree: a large organisation has 100,000 personal reports. Output is
/// deterministic: elements in the scores' order, numbers in
/// ``ReportNumber``'s fixed format, no timestamp but the campaign's own
/// dates, so the same scores always give the same bytes.
///
/// The writer does not validate; ``ReportValidator`` does, and
/// ``ReportPublisher`` never writes a document that fails.
///
/// ```swift
/// let writer = ReportWriter(context: context)
/// let campaign = try writer.campaignDocument()
/// let first = try writer.personDocument(at: 0)
/// ```
public struct ReportWriter: Sendable {
    public let context: ReportContext
    /// Indents nested elements; part of the bytes, so keep it fixed.
    public let indented: Bool

    public init(context: ReportContext, indented: Bool = true) {
        self.context = context
        self.indented = indented
    }

    var scores: CampaignScores { context.scores }

    /// Opens a document's root with the attributes every root carries.
    func begin(_ root: String) throws -> XMLStreamWriter {
        let writer = XMLStreamWriter(indented: indented)
        try writer.startElement(root, namespace: ReportVocabulary.namespace)
        try writer.attribute("version", ReportVocabulary.version)
        try writer.attribute("language", context.campaign.language.rawValue)
        return writer
    }

    /// Writes `<reasons>`, every code the document used with the parameters
    /// of its rule (the words are the templates'), closes the root and
    /// returns the bytes.
    func end(_ writer: XMLStreamWriter, reasons: ReasonSet) throws -> Data {
        try writer.element("reasons") {
            for reason in reasons.sorted {
                try writer.startElement("reason")
                try writer.attribute("code", reason.code)
                try writer.parameters(reason.parameters(scores.policy))
                try writer.endElement()
            }
        }
        try writer.endElement()
        return try writer.finish()
    }

    /// `<campaign>`: the reference every document starts with.
    func writeCampaign(_ writer: XMLStreamWriter) throws {
        let campaign = context.campaign
        try writer.startElement("campaign")
        try writer.attribute("id", campaign.id.rawValue)
        try writer.attribute("title", campaign.title)
        try writer.attribute("opens", campaign.opens.description)
        try writer.attribute("closes", campaign.closes.description)
        try writer.attribute("state", campaign.state.rawValue)
        try writer.attribute("template", campaign.templateID)
        if let previous = context.previousCampaignID {
            try writer.attribute("previous", previous.rawValue)
        }
        try writer.endElement()
    }

    func writeScale(_ writer: XMLStreamWriter) throws {
        try writer.startElement("scale")
        try writer.attribute("minimum", scores.scale.minimum)
        try writer.attribute("maximum", scores.scale.maximum)
        try writer.endElement()
    }

    /// `<policy>`: every parameter of the rules in force.
    func writePolicy(_ writer: XMLStreamWriter) throws {
        let policy = scores.policy
        try writer.startElement("policy")
        try writer.attribute("othersWeighting", policy.othersWeighting.rawValue)
        try writer.attribute("departmentMinimum", policy.departmentMinimum)
        try writer.attribute("departmentCommentMinimum", policy.departmentCommentMinimum)
        try writer.attribute("commentLabelMinimum", policy.commentLabelMinimum)
        try writer.number("minimumAnsweredShare", policy.minimumAnsweredShare)
        try writer.number("blindSpotGap", policy.blindSpotGap)
        try writer.attribute("blindSpotMinimumOthers", policy.blindSpotMinimumOthers)
        try writer.attribute("percentileMinimumPeople", policy.percentileMinimumPeople)
        try writer.attribute("topBottomCount", policy.topBottomCount)
        try writer.number("lowAgreementThreshold", policy.lowAgreementThreshold)
        try writer.attribute("raterCentredMinimumRatees", policy.raterCentredMinimumRatees)
        for group in RaterGroup.allCases {
            try writer.startElement("minimum")
            try writer.attribute("group", group.rawValue)
            try writer.attribute("raters", policy.minimum(for: group))
            try writer.flag("identifiable", policy.identifiableGroups.contains(group))
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// `<labels>`: dimension titles and item wordings in the campaign's
    /// language (and open questions when `questions`), so a document reads
    /// on its own.
    func writeLabels(_ writer: XMLStreamWriter, items: Bool, questions: Bool) throws {
        try writer.element("labels") {
            for (dimension, id) in scores.dimensionIDs.enumerated() {
                try writer.startElement("dimension")
                try writer.attribute("id", id.rawValue)
                try writer.attribute("title", context.dimensionTitles[dimension])
                if items {
                    for (item, itemID) in scores.itemIDs.enumerated()
                    where scores.itemDimensions[item] == dimension {
                        try writer.startElement("item")
                        try writer.attribute("id", itemID.rawValue)
                        try writer.attribute("text", context.itemTexts[item])
                        try writer.endElement()
                    }
                }
                try writer.endElement()
            }
            guard questions else { return }
            let language = context.campaign.language
            for question in context.questionnaire.openQuestions {
                try writer.startElement("question")
                try writer.attribute("id", question.id.rawValue)
                try writer.attribute("text", question.prompt.text(in: language))
                try writer.endElement()
            }
        }
    }

    /// The id of dimension `index`, or `nil` for overall.
    func dimensionRef(_ index: Int?) -> String? {
        index.map { scores.dimensionIDs[$0].rawValue }
    }
}

/// The withholding reasons a document used, for its `<reasons>` table.
struct ReasonSet {
    private var used: Set<WithholdingReason> = []

    mutating func insert(_ reason: WithholdingReason) { used.insert(reason) }

    var sorted: [WithholdingReason] { used.sorted { $0.rawValue < $1.rawValue } }
}
