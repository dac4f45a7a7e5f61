import Survey360Core

/// Where a manager's scorecards come from: ``StoredScorecards`` renders
/// them from the campaign's stored XML reports and the web server decides
/// who may read which.
///
/// Each method returns a complete HTML document, or `nil` if that report has
/// not been made. The document is served as is, under the same security
/// headers as every page except that inline `<style>` is allowed; scripts
/// stay forbidden. The source is trusted to escape its own text.
public protocol ScorecardSource: Sendable {
    /// The scorecard of one department (its own members, without its subtree).
    func departmentScorecard(campaign: CampaignID, department: DepartmentID, language: SurveyLanguage) async throws
        -> String?
    /// One person's own report.
    func personalReport(campaign: CampaignID, person: PersonID, language: SurveyLanguage) async throws -> String?
}

/// A source without reports, for tests of everything but the scorecards.
public struct NoScorecards: ScorecardSource {
    public init() {}

    public func departmentScorecard(campaign: CampaignID, department: DepartmentID, language: SurveyLanguage)
        async throws -> String?
    { nil }

    public func personalReport(campaign: CampaignID, person: PersonID, language: SurveyLanguage) async throws
        -> String?
    { nil }
}
