/// Computes a column's cells from the questionnaires of its raters.
struct CellCalculator {
    let campaign: CompactCampaign
    let agreement: AgreementIndex
    let lowAgreement: Double
    private var values: [Double] = []
    private var itemVariances: [Double?] = []

    init(campaign: CompactCampaign, agreement: AgreementIndex, lowAgreement: Double) {
        self.campaign = campaign
        self.agreement = agreement
        self.lowAgreement = lowAgreement
    }

    /// Cells for every item, dimension and overall.
    ///
    /// - Parameters:
    ///   - questionnaires: submitted questionnaires (campaign indices).
    mutating func cells(
        questionnaires: [Int], scores: PairScores, minimum: Int, identifiable: Bool
    ) -> (items: [ScoreCell], dimensions: [ScoreCell], overall: ScoreCell) {
        let itemCount = campaign.itemCount
        var items: [ScoreCell] = []
        items.reserveCapacity(itemCount)
        itemVariances.removeAll(keepingCapacity: true)
        for item in 0..<itemCount {
            var count = 0
            var sum = 0
            var squares = 0
            for q in questionnaires {
                let value = Int(campaign.rating(q, item))
                if value != Int(CompactCampaign.noAnswer) {
                    count += 1
                    sum += value
                    squares += value * value
                }
            }
            let moments = SampleMoments(count: count, sum: sum, sumOfSquares: squares)
            itemVariances.append(moments.variance)
            items.append(
                cell(
                    moments, minimum: minimum, identifiable: identifiable,
                    agreement: moments.variance.map(agreement.rwg(variance:)), agreementItems: 1))
        }

        let dimensionCount = campaign.dimensionCount
        var dimensions: [ScoreCell] = []
        dimensions.reserveCapacity(dimensionCount)
        for d in 0..<dimensionCount {
            values.removeAll(keepingCapacity: true)
            for q in questionnaires {
                let score = scores.dimension(q, d)
                if !score.isNaN { values.append(score) }
            }
            let (rwgJ, j) = meanVariance(of: campaign.dimensionItems[d])
            dimensions.append(
                cell(
                    SampleMoments(values), minimum: minimum, identifiable: identifiable,
                    agreement: rwgJ, agreementItems: j))
        }

        values.removeAll(keepingCapacity: true)
        for q in questionnaires {
            let score = scores.overall[q]
            if !score.isNaN { values.append(score) }
        }
        let (rwgJ, j) = meanVariance(of: 0..<itemCount)
        let overall = cell(
            SampleMoments(values), minimum: minimum, identifiable: identifiable, agreement: rwgJ,
            agreementItems: j)
        return (items, dimensions, overall)
    }

    /// rwg(j) over the items of `indices` that have a variance (two or more
    /// valid answers), and how many those are.
    private func meanVariance<S: Sequence<Int>>(of indices: S) -> (Double?, Int) {
        var total = 0.0
        var count = 0
        for item in indices {
            if let variance = itemVariances[item] {
                total += variance
                count += 1
            }
        }
        guard count > 0 else { return (nil, 0) }
        return (agreement.rwgJ(meanItemVariance: total / Double(count), itemCount: count), count)
    }

    /// A published cell, or one withheld because too few raters answered.
    func cell(
        _ moments: SampleMoments, minimum: Int, identifiable: Bool, agreement: Double?,
        agreementItems: Int
    ) -> ScoreCell {
        guard moments.count > 0, moments.count >= minimum else {
            return ScoreCell(withheld: .tooFewRaters)
        }
        let sd = moments.variance.map { $0.squareRoot() }
        return ScoreCell(
            n: moments.count, mean: moments.mean, sd: sd,
            se: sd.map { $0 / Double(moments.count).squareRoot() }, df: moments.count - 1,
            agreement: moments.count >= 2 ? agreement : nil,
            agreementItems: moments.count >= 2 ? agreementItems : 0,
            lowAgreementThreshold: lowAgreement, identifiable: identifiable)
    }
}
