import Foundation
import Survey360Scoring
import Survey360XML

/// The same documents' shape written with no Swift-side work: every
/// element and attribute of a personal report, but with constant,
/// pre-formatted values and no lookups. What is left is the cost of
/// libxml2's `xmlTextWriter` (through the thin `XMLStreamWriter` wrapper,
/// since only Survey360XML may call libxml2): the floor under the report
/// writer's speed.
enum RawWriterBaseline {
    static func document(for person: PersonScores, items: Int, dimensions: Int) throws -> Data {
        let writer = XMLStreamWriter()
        try writer.startElement("personReport", namespace: "urn:survey360:report:1")
        try writer.attribute("version", "1")
        try writer.attribute("language", "zh-Hans")
        // Header, policy, labels, participation, gaps, lists: about 25
        // elements besides one label per item and dimension.
        for _ in 0..<(25 + items + dimensions) {
            try writer.startElement("label")
            try writer.attribute("id", "needs-understood")
            try writer.attribute("text", "这位同事会先弄清楚我真正需要什么。")
            try writer.endElement()
        }
        try writer.startElement("scores")
        for column in person.groups {
            try writer.startElement("column")
            for name in ["group", "members", "respondents", "disposition", "identifiable"] {
                try writer.attribute(name, "upstream")
            }
            for cell in [column.overall] + column.dimensions + column.items {
                try writer.startElement("item")
                try writer.attribute("ref", "lead-early-warning")
                if cell.isPublished {
                    for name in ["n", "mean", "sd", "se", "ciLower", "ciUpper", "t", "df", "agreement", "agreementKind", "agreementItems"] {
                        try writer.attribute(name, "3.166667")
                    }
                } else {
                    try writer.attribute("withheld", "complementary-suppression")
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        for comment in person.comments {
            try writer.startElement("comment")
            try writer.attribute("question", "keep")
            try writer.text(comment.text)
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.finish()
    }
}
