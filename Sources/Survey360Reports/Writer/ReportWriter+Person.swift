import Foundation
import Survey360Core
import Survey360Scoring
import Survey360XML

extension ReportWriter {
    /// The personal report of the `index`-th person rated: every figure of
    /// the aggregator for that person, each withheld figure with its reason.
    ///
    /// - Parameter index: A position in ``ReportContext/peopleRated``.
    /// - Returns: A `personReport` document, UTF-8.
    /// - Throws: `XMLError` if libxml2's writer fails.
    public func personDocument(at index: Int) throws -> Data {
        let person = scores.people[index]
        var reasons = ReasonSet()
        let writer = try begin("personReport")
        try writeCampaign(writer)
        try writePolicy(writer)
        try writeScale(writer)
        try writeLabels(writer, items: true, questions: true)
        try writePerson(writer, person)
        try writer.element("participation") {
            for participation in person.participation {
                try writer.startElement("group")
                try writer.attribute("group", participation.group.rawValue)
                try writer.attribute("invited", participation.invited)
                try writer.attribute("responded", participation.responded)
                try writer.number("rate", participation.rate)
                try writer.endElement()
            }
        }
        try writer.element("scores") {
            for column in person.groups { try writeColumn(writer, column, reasons: &reasons) }
        }
        try writeGaps(writer, person.gaps)
        try writeRanked(writer, "topItems", person.topItems)
        try writeRanked(writer, "bottomItems", person.bottomItems)
        try writer.element("norms") {
            for norm in person.norms {
                try writer.startElement("norm")
                try writer.optional("ref", dimensionRef(norm.dimension))
                switch norm.outcome {
                case .published(let percentile, let population):
                    try writer.number("percentile", percentile)
                    try writer.attribute("population", population)
                case .withheld(let reason):
                    try writer.withheld(reason, into: &reasons)
                }
                try writer.endElement()
            }
        }
        try writeTrends(writer, person.trends, reasons: &reasons)
        try writeComments(writer, person.comments, withheld: nil, reasons: &reasons)
        return try end(writer, reasons: reasons)
    }

    private func writePerson(_ writer: XMLStreamWriter, _ scores: PersonScores) throws {
        let person = context.organisation.person(scores.personID)
        try writer.startElement("person")
        try writer.attribute("id", scores.personID.rawValue)
        try writer.attribute("name", person?.name ?? scores.personID.rawValue)
        if let title = person?.title, !title.isEmpty { try writer.attribute("title", title) }
        if let department = scores.departmentID ?? person?.departmentID {
            try writer.attribute("department", department.rawValue)
            try writer.attribute("departmentName", context.departmentName(department))
        }
        try writer.endElement()
    }

    private func writeColumn(_ writer: XMLStreamWriter, _ column: GroupScores, reasons: inout ReasonSet)
        throws
    {
        try writer.startElement("column")
        try writer.attribute("group", column.group.rawValue)
        try writer.attribute("members", column.members.map(\.rawValue).joined(separator: " "))
        try writer.attribute("respondents", column.respondents)
        switch column.disposition {
        case .shown:
            try writer.attribute("disposition", "shown")
        case .mergedInto(let target):
            try writer.attribute("disposition", "merged")
            try writer.attribute("mergedInto", target.rawValue)
        case .suppressed:
            try writer.attribute("disposition", "suppressed")
        }
        try writer.flag("identifiable", column.isIdentifiable)
        if case .suppressed(let reason) = column.disposition {
            try writer.withheld(reason, into: &reasons)
        }
        try writer.startElement("overall")
        try writer.cell(column.overall, reasons: &reasons)
        try writer.endElement()
        for (index, cell) in column.dimensions.enumerated() {
            try writer.startElement("dimension")
            try writer.attribute("ref", scores.dimensionIDs[index].rawValue)
            try writer.cell(cell, reasons: &reasons)
            try writer.endElement()
        }
        for (index, cell) in column.items.enumerated() {
            try writer.startElement("item")
            try writer.attribute("ref", scores.itemIDs[index].rawValue)
            try writer.cell(cell, reasons: &reasons)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func writeGaps(_ writer: XMLStreamWriter, _ gaps: [SelfOtherGap]) throws {
        try writer.element("selfOtherGaps") {
            for gap in gaps {
                try writer.startElement("gap")
                try writer.optional("ref", dimensionRef(gap.dimension))
                try writer.number("self", gap.selfScore)
                try writer.number("others", gap.othersScore)
                try writer.number("gap", gap.gap)
                try writer.attribute("finding", gap.finding.rawValue)
                try writer.endElement()
            }
        }
    }

    private func writeRanked(_ writer: XMLStreamWriter, _ name: String, _ items: [RankedItem]) throws {
        try writer.element(name) {
            for (rank, item) in items.enumerated() {
                try writer.startElement("rankedItem")
                try writer.attribute("rank", rank + 1)
                try writer.attribute("ref", scores.itemIDs[item.item].rawValue)
                try writer.number("mean", item.mean)
                try writer.attribute("n", item.count)
                try writer.endElement()
            }
        }
    }

    private func writeTrends(_ writer: XMLStreamWriter, _ trends: [TrendCell], reasons: inout ReasonSet)
        throws
    {
        try writer.startElement("trends")
        try writer.optional("previousCampaign", context.previousCampaignID?.rawValue)
        for trend in trends {
            try writer.startElement("trend")
            try writer.attribute("group", trend.group.rawValue)
            try writer.optional("ref", dimensionRef(trend.dimension))
            switch trend.outcome {
            case .change(let previous, let current, let difference, let threshold, let verdict):
                try writer.number("previous", previous)
                try writer.number("current", current)
                try writer.number("difference", difference)
                try writer.number("threshold", threshold)
                try writer.attribute("verdict", verdict.rawValue)
            case .withheld(let reason):
                try writer.withheld(reason, into: &reasons)
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// `<comments>`: verbatim, in the aggregator's seeded order, labelled
    /// with a group only where the aggregator allowed it.
    func writeComments(
        _ writer: XMLStreamWriter, _ comments: [ScoredComment], withheld: WithholdingReason?,
        reasons: inout ReasonSet
    ) throws {
        try writer.startElement("comments")
        if let withheld { try writer.withheld(withheld, into: &reasons) }
        for comment in comments {
            try writer.startElement("comment")
            try writer.attribute("question", comment.question.rawValue)
            try writer.optional("group", comment.group?.rawValue)
            try writer.text(comment.text)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
