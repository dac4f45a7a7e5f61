/// Everything `survey360 campaign create 2026-Q4` needs beyond the quarter's
/// name, so that a first campaign takes one word to create.
///
/// The defaults follow the quarterly rhythm of internal customer surveys:
/// the survey runs through the quarter's last month, so that raters judge a
/// quarter's worth of working together and reports arrive before the next
/// quarter's planning.
///
/// ```swift
/// let campaign = try CampaignDefaults.campaign(for: "2026-Q4")
/// campaign.title   // "2026-Q4 internal customer survey"
/// campaign.opens   // 2026-12-01
/// campaign.closes  // 2026-12-31
/// ```
public enum CampaignDefaults {
    /// The questionnaire template every campaign uses unless told otherwise.
    public static let templateID = "default"

    /// A draft campaign for `quarterID` with every default.
    ///
    /// - Parameters:
    ///   - quarterID: The quarter, `YYYY-Qn`; a lower-case `q` is accepted
    ///     and written upper-case in the campaign's id.
    ///   - rules: The assignment rules; the defaults of ``CampaignRules``.
    /// - Returns: A campaign in the draft state, open from the first day of
    ///   the quarter's last month to the quarter's last day.
    /// - Throws: ``CampaignError`` with code `invalidQuarter` when
    ///   `quarterID` is not a quarter.
    public static func campaign(
        for quarterID: String, rules: CampaignRules = CampaignRules()
    ) throws -> Campaign {
        let quarter = try Quarter(parsing: quarterID)
        return Campaign(
            id: CampaignID(quarter.description),
            title: title(for: quarter),
            opens: quarter.surveyOpens,
            closes: quarter.lastDay,
            templateID: templateID,
            rules: rules)
    }

    /// The title HR sees in lists and invitations: `2026-Q4 internal
    /// customer survey`.
    public static func title(for quarter: Quarter) -> String {
        title(for: quarter, in: .english)
    }

    /// The title in the language raters read it in.
    public static func title(for quarter: Quarter, in language: SurveyLanguage) -> String {
        switch language {
        case .english: "\(quarter) internal customer survey"
        case .traditionalChinese: "\(quarter) 內部客戶滿意度調查"
        case .simplifiedChinese: "\(quarter) 内部客户满意度调查"
        }
    }
}
