/// Within-group agreement: how much the raters of a cell agree, relative
/// to answers spread uniformly over the scale.
public struct Agreement: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// rwg of one item: 1 − S²/σ²_EU.
        case rwg
        /// rwg(j) of several items, from the mean item variance.
        case rwgJ = "rwg(j)"
    }

    public var kind: Kind
    public var value: Double
    /// Items behind an rwg(j) (those with at least two valid answers); 1 for rwg.
    public var itemCount: Int
    /// Below the policy's threshold (0.50 by default): raters disagree, so
    /// the mean hides a split opinion.
    public var isLow: Bool
}
