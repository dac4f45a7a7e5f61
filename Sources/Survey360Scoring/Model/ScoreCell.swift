/// One figure of a report (an item, a dimension or the overall score of one
/// group): published with its statistics, or withheld with a reason.
///
/// A 100,000-person campaign has some twenty million cells, so the cell is
/// stored in 48 bytes (absent values as -1, which no SD, SE or rwg can be)
/// and presents itself through ``outcome``.
///
/// ```swift
/// switch cell.outcome {
/// case .published(let statistics): print(statistics.mean)
/// case .withheld(let reason): print(reason.code)
/// }
/// ```
public struct ScoreCell: Hashable, Sendable {
    let mean: Double
    let sd: Double
    let se: Double
    let agreementValue: Double
    let n: Int32
    let df: Int32
    let reason: UInt8
    let flags: UInt8

    static let identifiableFlag: UInt8 = 1
    static let rwgJFlag: UInt8 = 2
    static let lowAgreementFlag: UInt8 = 4

    init(
        n: Int, mean: Double, sd: Double?, se: Double?, df: Int, agreement: Double?,
        agreementItems: Int, lowAgreementThreshold: Double, identifiable: Bool
    ) {
        self.n = Int32(n)
        self.mean = mean
        self.sd = sd ?? -1
        self.se = se ?? -1
        self.df = Int32(df)
        self.agreementValue = agreement ?? -1
        self.reason = 0
        var flags: UInt8 = identifiable ? Self.identifiableFlag : 0
        if agreementItems > 1 { flags |= Self.rwgJFlag }
        if let agreement, agreement < lowAgreementThreshold { flags |= Self.lowAgreementFlag }
        self.flags = flags
        agreementItemsStorage = Int32(agreementItems)
    }

    /// A withheld cell; `n` is kept internally for the suppression rules
    /// but never published.
    init(withheld reason: WithholdingReason, n: Int = 0) {
        self.n = Int32(n)
        mean = 0
        sd = -1
        se = -1
        df = 0
        agreementValue = -1
        self.reason = reason.rawValue
        flags = 0
        agreementItemsStorage = 0
    }

    let agreementItemsStorage: Int32

    /// Published or withheld.
    public var outcome: CellOutcome {
        if let statistics { return .published(statistics) }
        return .withheld(withholdingReason!)
    }

    public var isPublished: Bool { reason == 0 }

    /// Why the cell is withheld; `nil` when it is published.
    public var withholdingReason: WithholdingReason? {
        reason == 0 ? nil : WithholdingReason(rawValue: reason)
    }

    /// The published figures; `nil` when the cell is withheld.
    public var statistics: CellStatistics? {
        guard reason == 0 else { return nil }
        var interval: ConfidenceInterval?
        if se >= 0, df > 0 {
            let t = StudentT.critical95(degreesOfFreedom: Int(df))
            interval = ConfidenceInterval(
                lower: mean - t * se, upper: mean + t * se, criticalValue: t,
                degreesOfFreedom: Int(df))
        }
        var agreement: Agreement?
        if agreementValue >= 0 {
            agreement = Agreement(
                kind: flags & Self.rwgJFlag != 0 ? .rwgJ : .rwg, value: agreementValue,
                itemCount: Int(agreementItemsStorage),
                isLow: flags & Self.lowAgreementFlag != 0)
        }
        return CellStatistics(
            count: Int(n), mean: mean, standardDeviation: sd >= 0 ? sd : nil,
            standardError: se >= 0 ? se : nil, confidenceInterval: interval,
            agreement: agreement, isIdentifiable: flags & Self.identifiableFlag != 0)
    }

    /// The number of raters behind the cell, for the engine's rules only.
    var raterCount: Int { Int(n) }

    /// This cell withheld for `reason`, keeping its count for later rules.
    func withheld(_ reason: WithholdingReason) -> ScoreCell {
        ScoreCell(withheld: reason, n: Int(n))
    }
}

/// What a reader sees in a cell.
public enum CellOutcome: Hashable, Sendable, Codable {
    case published(CellStatistics)
    case withheld(WithholdingReason)
}

extension ScoreCell: Codable {
    public init(from decoder: any Decoder) throws {
        switch try CellOutcome(from: decoder) {
        case .withheld(let reason): self.init(withheld: reason)
        case .published(let s):
            self.init(
                n: s.count, mean: s.mean, sd: s.standardDeviation, se: s.standardError,
                df: s.confidenceInterval?.degreesOfFreedom ?? 0, agreement: s.agreement?.value,
                agreementItems: s.agreement?.itemCount ?? 0,
                lowAgreementThreshold: s.agreement?.isLow == true ? .infinity : -.infinity,
                identifiable: s.isIdentifiable)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try outcome.encode(to: encoder)
    }
}
