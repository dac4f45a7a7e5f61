/// A rule the aggregator applied, with its parameters, so that a report can
/// state how each number was obtained.
///
/// The wording is the templates' (`rule.CODE` in
/// `templates/reports/strings.xml`, with `{name}` placeholders for the
/// parameters), in every report language.
public struct AppliedRule: Hashable, Sendable, Codable {
    /// A stable identifier, such as `minimum-raters`.
    public var code: String
    /// The parameters the rule was applied with.
    public var parameters: [RuleParameter]
    /// How many cells, groups or people it affected in this campaign.
    public var applications: Int

    public init(code: String, parameters: [RuleParameter] = [], applications: Int) {
        self.code = code
        self.parameters = parameters
        self.applications = applications
    }
}
