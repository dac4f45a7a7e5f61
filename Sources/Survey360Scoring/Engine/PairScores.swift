import Foundation

/// Each rater's dimension and overall scores about each person rated (one
/// entry per questionnaire), computed once and read by every later step.
///
/// A rater's dimension score is the mean of the rater's valid items in the
/// dimension and counts only if at least the policy's share (50%) of them
/// were answered; the overall score is the mean of the countable dimension
/// scores, under the same share rule over dimensions. Absent scores, and
/// the scores of questionnaires not submitted, are NaN.
struct PairScores: Sendable {
    /// `dimension[q * dimensionCount + d]`.
    let dimension: [Double]
    let overall: [Double]
    let dimensionCount: Int

    init(_ campaign: CompactCampaign, minimumShare: Double) {
        let count = campaign.questionnaireCount
        let dimensionCount = campaign.dimensionCount
        self.dimensionCount = dimensionCount
        var dimension = [Double](repeating: .nan, count: count * dimensionCount)
        var overall = [Double](repeating: .nan, count: count)
        dimension.withUnsafeMutableBufferPointer { dimensionBuffer in
            overall.withUnsafeMutableBufferPointer { overallBuffer in
                let output = PairScoreBuffers(dimension: dimensionBuffer, overall: overallBuffer)
                Parallel.forEachChunk(count: count) { range in
                    for q in range where campaign.submitted[q] {
                        Self.score(campaign, q, minimumShare: minimumShare, into: output)
                    }
                }
            }
        }
        self.dimension = dimension
        self.overall = overall
    }

    private static func score(
        _ campaign: CompactCampaign, _ q: Int, minimumShare: Double, into output: PairScoreBuffers
    ) {
        let dimensionCount = campaign.dimensionCount
        var total = 0.0
        var countable = 0
        for d in 0..<dimensionCount {
            let items = campaign.dimensionItems[d]
            var sum = 0
            var answered = 0
            for item in items {
                let value = campaign.rating(q, item)
                if value != CompactCampaign.noAnswer {
                    sum += Int(value)
                    answered += 1
                }
            }
            if answered > 0, Double(answered) >= minimumShare * Double(items.count) {
                let score = Double(sum) / Double(answered)
                output.dimension[q * dimensionCount + d] = score
                total += score
                countable += 1
            }
        }
        if countable > 0, Double(countable) >= minimumShare * Double(dimensionCount) {
            output.overall[q] = total / Double(countable)
        }
    }

    @inline(__always) func dimension(_ q: Int, _ d: Int) -> Double {
        dimension[q * dimensionCount + d]
    }

    /// The score of questionnaire `q` for `dimension`, or overall when `nil`.
    @inline(__always) func score(_ q: Int, dimension: Int?) -> Double {
        dimension.map { self.dimension(q, $0) } ?? overall[q]
    }
}

/// Output buffers shared by the chunks of a parallel loop.
///
/// `@unchecked Sendable` is safe because every chunk writes only the
/// entries of its own questionnaires, and the buffers outlive the loop.
private struct PairScoreBuffers: @unchecked Sendable {
    let dimension: UnsafeMutableBufferPointer<Double>
    let overall: UnsafeMutableBufferPointer<Double>
}
