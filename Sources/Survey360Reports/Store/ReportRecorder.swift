import Dispatch
import Foundation
import Survey360Core
import Survey360Storage
import Survey360XML

/// Records a closed campaign's report set in the store: every document
/// written, validated once against `report.xsd` and stored with its SHA-256,
/// the version of record that pages, files and archives are then made from.
///
/// Documents are stored batch by batch, the campaign document last: while
/// it is missing the set is incomplete (a run that stopped half-way), and
/// the next need records the campaign again. Recording is deterministic, so
/// two servers that record the same campaign at once store the same bytes.
///
/// ```swift
/// let recorder = ReportRecorder(
///     store: store, validator: try ReportValidator(templates: templates), pseudonyms: pseudonyms)
/// try await recorder.recordIfNeeded(campaign)
/// ```
public struct ReportRecorder: Sendable {
    public let store: any SurveyStore
    public let validator: ReportValidator
    /// The key the campaigns were closed with: scoring checks it and turns
    /// the raters of a campaign closed by an older release into the same
    /// pseudonyms (see ``CampaignScoringInput``).
    public let pseudonyms: RaterPseudonyms

    public init(store: any SurveyStore, validator: ReportValidator, pseudonyms: RaterPseudonyms) {
        self.store = store
        self.validator = validator
        self.pseudonyms = pseudonyms
    }

    /// Whether the campaign's whole report set is stored.
    public func isRecorded(_ campaign: CampaignID) async throws -> Bool {
        try await store.storedReport(StoredReport.Key(.campaign), in: campaign) != nil
    }

    /// The campaign a recorded campaign's trends are measured against, as
    /// its stored campaign document names it.
    public func previousCampaign(of campaign: CampaignID) async throws -> CampaignID? {
        guard let stored = try await store.storedReport(StoredReport.Key(.campaign), in: campaign) else { return nil }
        let document = try XMLDocument(data: stored.bytes, name: stored.key.file + ".xml")
        let previous = try document.string(
            "r:campaign/@previous", namespaces: ["r": ReportVocabulary.namespace])
        return previous.isEmpty ? nil : CampaignID(previous)
    }

    /// Scores `campaign` and records its reports, unless they are stored
    /// already; an open campaign has none yet.
    ///
    /// - Parameter progress: Called with (done, total) documents.
    /// - Returns: `false` when the campaign is not closed or archived.
    /// - Throws: `ReportError` `.notReportable` for a campaign without an
    ///   organisation or questionnaire, `.invalidDocument` for a document
    ///   the schema rejects (nothing of its batch is stored).
    @discardableResult
    public func recordIfNeeded(
        _ campaign: Campaign, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Bool {
        guard campaign.state == .closed || campaign.state == .archived else { return false }
        if try await isRecorded(campaign.id) { return true }
        let input = try await CampaignScoringInput.load(campaign, store: store, pseudonyms: pseudonyms)
        let context = try await Self.offload { input.reportContext() }
        try await record(context, progress: progress)
        return true
    }

    /// Records every document of a scored campaign, replacing any stored.
    ///
    /// The next batch is written and validated while the store takes the
    /// one before: storing runs on one thread, and the cores would wait for
    /// it. So at most two batches are in memory, and a document the schema
    /// rejects still stops the run with nothing of its batch stored.
    ///
    /// - Parameters:
    ///   - progress: Called with (done, total) documents.
    ///   - stored: Called with each batch once it is stored, in the order
    ///     of the set: a caller that writes the documents somewhere does so
    ///     without reading them back from the store. A batch it refuses
    ///     stops the run, as a document the schema rejects does.
    /// - Returns: How many documents were stored.
    @discardableResult
    public func record(
        _ context: ReportContext, progress: (@Sendable (Int, Int) -> Void)? = nil,
        stored: ([StoredReport]) async throws -> Void = { _ in }
    ) async throws -> Int {
        try await record(context, batchSize: ReportProducer.batchSize, progress: progress, stored: stored)
    }

    /// ``record(_:progress:stored:)`` in batches of `batchSize` documents,
    /// so that tests reach the later batches of a small campaign.
    package func record(
        _ context: ReportContext, batchSize: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
        stored: ([StoredReport]) async throws -> Void = { _ in }
    ) async throws -> Int {
        let producer = ReportProducer(context: context, validator: validator)
        let jobs = try producer.plan(.everything)
        let batches = stride(from: 0, to: jobs.count, by: batchSize).map {
            jobs[$0..<min($0 + batchSize, jobs.count)]
        }
        func produce(_ index: Int) -> Task<[StoredReport], any Error>? {
            guard batches.indices.contains(index) else { return nil }
            let batch = batches[index]
            return Task { try await Self.offload { try producer.documents(batch) } }
        }
        var done = 0
        var index = 0
        var next = produce(index)
        do {
            while let current = next {
                let documents = try await current.value
                index += 1
                next = produce(index)
                try await store.storeReports(documents, in: context.campaign.id)
                try await stored(documents)
                done += documents.count
                progress?(done, jobs.count)
            }
        } catch {
            // Nothing of the run goes on after it has failed.
            _ = await next?.result
            throw error
        }
        return done
    }

    /// Runs CPU-bound work (scoring, writing, validating) on a Dispatch
    /// queue, so that it holds none of the few threads of Swift's
    /// cooperative pool that a web server's requests need.
    static func offload<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
