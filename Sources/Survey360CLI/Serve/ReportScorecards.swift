import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360Storage
import Survey360Web
import Survey360XML

/// Managers' scorecards on the web, rendered by the reports module from the
/// same XML as the published reports, so that a page never shows a figure
/// the auditors' archive does not.
///
/// Scores of a closed campaign never change, so each campaign is scored once
/// and kept; the web layer has already checked who may see what.
actor ReportScorecards: ScorecardSource {
    private let store: any SurveyStore
    private let options: StoreOptions
    private let renderer: ReportRenderer
    private var contexts: [CampaignID: ReportContext] = [:]

    init(store: any SurveyStore, options: StoreOptions, templates: TemplateDirectory) throws {
        self.store = store
        self.options = options
        renderer = try ReportRenderer(templates: templates)
    }

    func departmentScorecard(campaign: CampaignID, department: DepartmentID, language: SurveyLanguage) async throws
        -> String?
    {
        guard let context = try await context(for: campaign), context.index(of: department) != nil else { return nil }
        return String(decoding: try renderer.departmentHTML(department, context: context), as: UTF8.self)
    }

    func personalReport(campaign: CampaignID, person: PersonID, language: SurveyLanguage) async throws -> String? {
        guard let context = try await context(for: campaign), context.index(of: person) != nil else { return nil }
        return String(decoding: try renderer.personHTML(person, context: context), as: UTF8.self)
    }

    /// The scored campaign, or `nil` while it is still open.
    private func context(for id: CampaignID) async throws -> ReportContext? {
        if let known = contexts[id] { return known }
        guard let campaign = try await store.campaign(id), [.closed, .archived].contains(campaign.state) else {
            return nil
        }
        let loaded = try await CampaignScoringInput.load(
            id.rawValue, context: CommandContext(store: store, options: options))
        let context = ReportContext(
            campaign: loaded.campaign, organisation: loaded.organisation, questionnaire: loaded.questionnaire,
            scores: CampaignScorer().score(loaded.input), previousCampaignID: loaded.previous?.id)
        contexts[id] = context
        return context
    }
}
