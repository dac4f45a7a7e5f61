/// One figure of a report (an item, a dimension or the overall score of one
/// group): published with its statistics, or withheld with a reason.
///
/// A 100,000-person campaign has some twenty million cells, so the cell is
/// stored in 40 bytes (absent values as -1, which no SD, SE or rwg can be;
/// the degrees of freedom as n minus the groups pooled, in the flags' upper
/// bits) and presents itself through ``outcome``.
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
    let agreementItemsStorage: UInt16
    let reason: UInt8
    let flags: UInt8

    static let identifiableFlag: UInt8 = 1
    static let rwgJFlag: UInt8 = 2
    static let lowAgreementFlag: UInt8 = 4
    /// Bits 3–7 hold n − df: 1 for a plain group, G for a balanced index of G groups.
    static let pooledShift: UInt8 = 3

    init(
        n: Int, mean: Double, sd: Double?, se: Double?, df: Int, agreement: Double?,
        agreementItems: Int, lowAgreementThreshold: Double, identifiable: Bool
    ) {
        precondition(n - df >= 0 && n - df < 32)
        self.n = Int32(n)
        self.mean = mean
        self.sd = sd ?? -1
        self.se = se ?? -1
        self.agreementValue = agreement ?? -1
        self.reason = 0
        var flags: UInt8 = identifiable ? Self.identifiableFlag : 0
        if agreementItems > 1 { flags |= Self.rwgJFlag }
        if let agreement, agreement < lowAgreementThreshold { flags |= Self.lowAgreementFlag }
        flags |= UInt8(n - df) << Self.pooledShift
        self.flags = flags
        agreementItemsStorage = UInt16(min(agreementItems, Int(UInt16.max)))
    }

    /// Degrees of freedom of the interval.
    var df: Int { Int(n) - Int(flags >> Self.pooledShift) }

    /// A withheld cell: it keeps no figure at all, not even its count.
    init(withheld reason: WithholdingReason) {
        n = 0
        mean = 0
        sd = -1
        se = -1
        agreementValue = -1
        self.reason = reason.rawValue
        flags = 0
        agreementItemsStorage = 0
    }

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
            let t = StudentT.critical95(degreesOfFreedom: df)
            interval = ConfidenceInterval(
                lower: mean - t * se, upper: mean + t * se, criticalValue: t,
                degreesOfFreedom: df)
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

    /// The number of raters behind a published cell (0 when withheld).
    var raterCount: Int { Int(n) }

    /// This cell withheld for `reason`.
    func withheld(_ reason: WithholdingReason) -> ScoreCell {
        ScoreCell(withheld: reason)
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
                df: s.confidenceInterval?.degreesOfFreedom ?? (s.count - 1), agreement: s.agreement?.value,
                agreementItems: s.agreement?.itemCount ?? 0,
                lowAgreementThreshold: s.agreement?.isLow == true ? .infinity : -.infinity,
                identifiable: s.isIdentifiable)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try outcome.encode(to: encoder)
    }
}
