import Survey360Scoring
import Survey360XML

/// The attribute forms of the report vocabulary: numbers in the one fixed
/// format, optional values left out, booleans as `true`.
extension XMLStreamWriter {
    func number(_ name: String, _ value: Double?) throws {
        guard let value else { return }
        try attribute(name, ReportNumber.format(value))
    }

    func optional(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try attribute(name, value)
    }

    /// Written only when true, to keep 20 million cells short.
    func flag(_ name: String, _ value: Bool, always: Bool = true) throws {
        if value || always { try attribute(name, value ? "true" : "false") }
    }

    /// `<parameter name="…" value="…"/>` for each parameter of a rule, in
    /// the rule's order.
    func parameters(_ parameters: [RuleParameter]) throws {
        for parameter in parameters {
            try startElement("parameter")
            try attribute("name", parameter.name)
            switch parameter.value {
            case .integer(let value): try attribute("value", value)
            case .number(let value): try number("value", value)
            case .code(let value): try attribute("value", value)
            }
            try endElement()
        }
    }

    func withheld(_ reason: WithholdingReason, into reasons: inout ReasonSet) throws {
        reasons.insert(reason)
        try attribute("withheld", reason.code)
    }

    /// The attributes of a published or withheld cell.
    func cell(_ cell: ScoreCell, reasons: inout ReasonSet) throws {
        switch cell.outcome {
        case .withheld(let reason):
            try withheld(reason, into: &reasons)
        case .published(let statistics):
            try attribute("n", statistics.count)
            try number("mean", statistics.mean)
            try number("sd", statistics.standardDeviation)
            try number("se", statistics.standardError)
            if let interval = statistics.confidenceInterval {
                try number("ciLower", interval.lower)
                try number("ciUpper", interval.upper)
                try number("t", interval.criticalValue)
                try attribute("df", interval.degreesOfFreedom)
            }
            if let agreement = statistics.agreement {
                try number("agreement", agreement.value)
                try attribute("agreementKind", agreement.kind.rawValue)
                try attribute("agreementItems", max(1, agreement.itemCount))
                try flag("lowAgreement", agreement.isLow, always: false)
            }
            try flag("identifiable", statistics.isIdentifiable, always: false)
        }
    }
}
