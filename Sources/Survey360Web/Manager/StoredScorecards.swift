import Dispatch
import Foundation
import Survey360Core
import Survey360Reports
import Survey360Storage
import Survey360XML

/// Managers' scorecards rendered from the stored XML reports: the very
/// documents `survey360 report` writes and the audit archive signs, through
/// the reports module's one renderer of stored documents.
///
/// Nothing is scored at request time. A campaign closed but not yet
/// reported is reported once, on the first request that needs it, and
/// stored; requests for the same campaign meanwhile wait for that one run.
/// Rendering runs on a Dispatch queue, many pages at once: the only
/// shared state is the list of runs in flight.
///
/// ```swift
/// let scorecards = try StoredScorecards(
///     store: store, templates: try TemplateDirectory.locate(), pseudonyms: try RaterPseudonyms.key(at: keyFile))
/// let app = try buildApplication(configuration: configuration, store: store, scorecards: scorecards)
/// ```
public struct StoredScorecards: ScorecardSource {
    private let store: any SurveyStore
    private let renderer: ReportRenderer
    private let firstNeed: FirstReport

    /// - Throws: `ReportError` when the stylesheets or the schema do not load.
    /// - Parameter pseudonyms: The key campaigns are closed with, for the
    ///   first report of a campaign.
    public init(store: any SurveyStore, templates: TemplateDirectory, pseudonyms: RaterPseudonyms) throws {
        self.store = store
        renderer = try ReportRenderer(templates: templates)
        firstNeed = FirstReport(
            recorder: ReportRecorder(store: store, validator: renderer.validator, pseudonyms: pseudonyms))
    }

    public func departmentScorecard(campaign: CampaignID, department: DepartmentID, language: SurveyLanguage)
        async throws -> String?
    {
        try await page(StoredReport.Key(.department, department.rawValue), in: campaign, language: language)
    }

    public func personalReport(campaign: CampaignID, person: PersonID, language: SurveyLanguage) async throws
        -> String?
    {
        try await page(StoredReport.Key(.person, person.rawValue), in: campaign, language: language)
    }

    /// The stored document's page, or `nil` when the campaign is open or
    /// has no such document.
    private func page(_ key: StoredReport.Key, in campaign: CampaignID, language: SurveyLanguage) async throws
        -> String?
    {
        var stored = try await store.storedReport(key, in: campaign)
        if stored == nil {
            guard let found = try await store.campaign(campaign), try await firstNeed.report(found) else {
                return nil
            }
            stored = try await store.storedReport(key, in: campaign)
        }
        guard let stored else { return nil }
        let html = try await Self.render { [renderer] in try renderer.html(stored, language: language, home: "") }
        return String(decoding: html, as: UTF8.self)
    }

    private static let rendering = DispatchQueue(
        label: "survey360.web.scorecards", qos: .userInitiated, attributes: .concurrent)

    /// Runs libxslt off the event loops and the cooperative pool.
    private static func render(_ work: @escaping @Sendable () throws -> Data) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            rendering.async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// The campaigns being reported for the first time, so that concurrent
/// requests start one run, not one each. Holds nothing while no campaign is
/// being reported; a failed run is forgotten, so a later request retries.
private actor FirstReport {
    private let recorder: ReportRecorder
    private var running: [CampaignID: Task<Bool, any Error>] = [:]

    init(recorder: ReportRecorder) {
        self.recorder = recorder
    }

    /// Whether the campaign's reports are stored, reporting it if needed.
    func report(_ campaign: Campaign) async throws -> Bool {
        if let run = running[campaign.id] { return try await run.value }
        let run = Task { [recorder] in try await recorder.recordIfNeeded(campaign) }
        running[campaign.id] = run
        defer { running[campaign.id] = nil }
        return try await run.value
    }
}
