import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

extension ReportWriter {
    /// The organisation summary: every department's satisfaction index and
    /// response rate, the whole department x department service matrix and
    /// the analytics (reliability, ICC, rater-centred scores) that never
    /// belong in a personal report.
    public func organisationDocument() throws -> Data {
        var reasons = ReasonSet()
        let writer = try begin("organisationReport")
        try writeCampaign(writer)
        try writeScale(writer)
        try writeLabels(writer, items: false, questions: false)
        try writer.element("departments") {
            for department in scores.departments {
                let id = department.departmentID
                try writer.startElement("department")
                try writer.attribute("id", id.rawValue)
                try writer.attribute("name", context.departmentName(id))
                try writer.optional("parent", department.parentID?.rawValue)
                try writer.attribute("peopleRated", department.peopleRated)
                try writeFigure(writer, "satisfactionIndex", department.satisfactionIndex, reasons: &reasons)
                try writeResponseRate(writer, "responseRate", department.responseRate, reasons: &reasons)
                try writer.endElement()
            }
        }
        let matrix = scores.serviceMatrix
        try writer.element("serviceMatrix") {
            for cell in matrix.cells { try writeMatrixCell(writer, "cell", cell, reasons: &reasons) }
            for cell in matrix.rowTotals { try writeMatrixCell(writer, "rowTotal", cell, reasons: &reasons) }
            for cell in matrix.columnTotals {
                try writeMatrixCell(writer, "columnTotal", cell, reasons: &reasons)
            }
        }
        try writeAnalytics(writer, scores.analytics, reasons: &reasons)
        return try end(writer, reasons: reasons)
    }

    private func writeAnalytics(
        _ writer: XMLStreamWriter, _ analytics: CampaignAnalytics, reasons: inout ReasonSet
    ) throws {
        try writer.startElement("analytics")
        try writer.attribute("eligibleRaters", analytics.eligibleRaters)
        for alpha in analytics.alphas {
            try writer.startElement("alpha")
            try writer.attribute("ref", scores.dimensionIDs[alpha.dimension].rawValue)
            try writer.number("value", alpha.alpha)
            try writer.attribute("completeCases", alpha.completeCases)
            try writer.attribute("items", alpha.itemCount)
            try writer.endElement()
        }
        for icc in analytics.intraclassCorrelations {
            try writer.startElement("icc")
            try writer.attribute("group", icc.group.rawValue)
            try writer.optional("ref", dimensionRef(icc.dimension))
            try writer.attribute("observations", icc.observations)
            try writer.attribute("peopleRated", icc.peopleRated)
            try writer.number("k", icc.meanGroupSize)
            try writer.number("msBetween", icc.msBetween)
            try writer.number("msWithin", icc.msWithin)
            try writer.number("icc1", icc.icc1)
            try writer.number("icc2", icc.icc2)
            try writer.endElement()
        }
        for score in analytics.raterCentred {
            try writer.startElement("raterCentred")
            try writer.attribute("person", score.personID.rawValue)
            switch score.outcome {
            case .published(let meanZ, let raters):
                try writer.number("meanZ", meanZ)
                try writer.attribute("raters", raters)
            case .withheld(let reason):
                try writer.withheld(reason, into: &reasons)
            }
            try writer.endElement()
        }
        try writer.endElement()
    }
}
