/// A rule the aggregator applied, with its parameters, so that a report can
/// state how each number was obtained.
public struct AppliedRule: Hashable, Sendable, Codable {
    /// A stable identifier, such as `minimum-raters`.
    public var code: String
    /// The rule in words, with its parameters filled in.
    public var text: String
    /// How many cells, groups or people it affected in this campaign.
    public var applications: Int
}
