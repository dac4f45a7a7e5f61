/// The "balanced" all-others index: the unweighted mean of the shown group
/// means, so that a large group does not drown a small one.
///
/// Its standard error treats the groups as independent samples with a
/// common (pooled) variance: SE = s_p·√(Σ 1/n_g) / G with
/// s_p² = Σ (n_g − 1)s_g² / Σ (n_g − 1), and the interval uses
/// Σ (n_g − 1) degrees of freedom. It is a mean of means, so it carries no
/// agreement index: agreement is reported per group.
enum BalancedIndex {
    static func cell(parts: [ScoreCell], minimum: Int) -> ScoreCell {
        let shown = parts.filter(\.isPublished)
        guard !shown.isEmpty else { return ScoreCell(withheld: .noShownGroups) }
        let count = shown.reduce(0) { $0 + $1.raterCount }
        guard count >= minimum else { return ScoreCell(withheld: .tooFewRaters) }
        let groups = Double(shown.count)
        let mean = shown.reduce(0.0) { $0 + $1.mean } / groups
        var degrees = 0
        var pooled = 0.0
        var inverseCounts = 0.0
        for part in shown {
            let n = part.raterCount
            inverseCounts += 1 / Double(n)
            if n > 1 {
                degrees += n - 1
                pooled += Double(n - 1) * part.sd * part.sd
            }
        }
        guard degrees > 0 else {
            return ScoreCell(
                n: count, mean: mean, sd: nil, se: nil, df: count - shown.count, agreement: nil,
                agreementItems: 0,
                lowAgreementThreshold: 0, identifiable: false)
        }
        let sd = (pooled / Double(degrees)).squareRoot()
        return ScoreCell(
            n: count, mean: mean, sd: sd, se: sd * inverseCounts.squareRoot() / groups, df: degrees,
            agreement: nil, agreementItems: 0, lowAgreementThreshold: 0, identifiable: false)
    }
}
