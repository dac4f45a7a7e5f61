import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

extension ReportWriter {
    /// The scorecard of the `index`-th department: its figures, response
    /// rate, satisfaction index, and its row and column of the service
    /// matrix.
    ///
    /// - Parameter index: A position in ``ReportContext/departments``.
    /// - Returns: A `departmentReport` document, UTF-8.
    public func departmentDocument(at index: Int) throws -> Data {
        let department = scores.departments[index]
        let id = department.departmentID
        var reasons = ReasonSet()
        let writer = try begin("departmentReport")
        try writeCampaign(writer)
        try writePolicy(writer)
        try writeScale(writer)
        try writeLabels(writer, items: false, questions: true)
        try writer.startElement("department")
        try writer.attribute("id", id.rawValue)
        try writer.attribute("name", context.departmentName(id))
        if let parent = department.parentID {
            try writer.attribute("parent", parent.rawValue)
            try writer.attribute("parentName", context.departmentName(parent))
        }
        try writer.attribute("peopleRated", department.peopleRated)
        try writer.endElement()
        try writeResponseRate(writer, "responseRate", department.responseRate, reasons: &reasons)
        try writeFigure(writer, "satisfactionIndex", department.satisfactionIndex, reasons: &reasons)
        try writer.element("dimensions") {
            for figure in department.dimensions {
                try writeFigure(writer, "dimension", figure, reasons: &reasons)
            }
        }
        try writeMatrixSlice(writer, department: index, reasons: &reasons)
        try writeComments(
            writer, department.comments, withheld: department.commentsWithheld, reasons: &reasons)
        return try end(writer, reasons: reasons)
    }

    /// The department's column (how its customers rate it) and row (how it
    /// rates the departments serving it), with the names of both ends.
    private func writeMatrixSlice(_ writer: XMLStreamWriter, department: Int, reasons: inout ReasonSet) throws {
        let matrix = scores.serviceMatrix
        let index = context.matrixIndex
        let asServer = (index.cellsByServer[department] ?? []).map { matrix.cells[$0] }
        let asCustomer = (index.cellsByCustomer[department] ?? []).map { matrix.cells[$0] }
        var counterparts = Set(asServer.compactMap(\.customer)).union(asCustomer.compactMap(\.server))
        counterparts.insert(department)
        try writer.element("serviceMatrix") {
            for other in counterparts.sorted() {
                let id = scores.departmentIDs[other]
                try writer.startElement("departmentName")
                try writer.attribute("id", id.rawValue)
                try writer.attribute("name", context.departmentName(id))
                try writer.endElement()
            }
            try writer.element("asServer") {
                for cell in asServer { try writeMatrixCell(writer, "cell", cell, reasons: &reasons) }
                if let total = index.columnTotalByServer[department] {
                    try writeMatrixCell(writer, "total", matrix.columnTotals[total], reasons: &reasons)
                }
            }
            try writer.element("asCustomer") {
                for cell in asCustomer { try writeMatrixCell(writer, "cell", cell, reasons: &reasons) }
                if let total = index.rowTotalByCustomer[department] {
                    try writeMatrixCell(writer, "total", matrix.rowTotals[total], reasons: &reasons)
                }
            }
        }
    }

    func writeMatrixCell(
        _ writer: XMLStreamWriter, _ name: String, _ cell: ServiceMatrix.Cell, reasons: inout ReasonSet
    ) throws {
        try writer.startElement(name)
        if let customer = cell.customer {
            try writer.attribute("customer", scores.departmentIDs[customer].rawValue)
        }
        if let server = cell.server { try writer.attribute("server", scores.departmentIDs[server].rawValue) }
        switch cell.outcome {
        case .published(let mean, let pairs, let respondents):
            try writer.number("mean", mean)
            try writer.attribute("pairs", pairs)
            try writer.attribute("respondents", respondents)
        case .withheld(let reason):
            try writer.withheld(reason, into: &reasons)
        }
        try writer.endElement()
    }

    func writeFigure(
        _ writer: XMLStreamWriter, _ name: String, _ figure: DepartmentScores.Figure, reasons: inout ReasonSet
    ) throws {
        try writer.startElement(name)
        try writer.optional("ref", dimensionRef(figure.dimension))
        switch figure.outcome {
        case .published(let mean, let standardDeviation, let people, let respondents):
            try writer.number("mean", mean)
            try writer.number("sd", standardDeviation)
            try writer.attribute("people", people)
            try writer.attribute("respondents", respondents)
        case .withheld(let reason):
            try writer.withheld(reason, into: &reasons)
        }
        try writer.endElement()
    }

    func writeResponseRate(
        _ writer: XMLStreamWriter, _ name: String, _ rate: DepartmentScores.ResponseRate, id: String? = nil,
        reasons: inout ReasonSet
    ) throws {
        try writer.startElement(name)
        try writer.optional("id", id)
        switch rate.outcome {
        case .published(let invited, let submitted):
            try writer.attribute("invited", invited)
            try writer.attribute("submitted", submitted)
            try writer.number("rate", invited == 0 ? 0 : Double(submitted) / Double(invited))
        case .withheld(let reason):
            try writer.withheld(reason, into: &reasons)
        }
        try writer.endElement()
    }
}
