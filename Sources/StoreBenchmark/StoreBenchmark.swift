import ArgumentParser
import Foundation
import Survey360Core
import Survey360Import
import Survey360SQLite
import Survey360Scoring
import Survey360Storage
import Survey360XML

/// `store-benchmark`: what `responses import` and the loading of `scores`
/// cost on a simulated quarter, beside what the same rows cost the C SQLite
/// shell (`.import`) and pandas (`read_csv` + groupby), timed in the same run.
///
/// ```
/// swift run -c release store-benchmark --people 10000 --python benchmarks/quarter/.venv/bin/python
/// ```
///
/// The import is timed as the command runs it: the ratings file read and
/// checked, then stored in one transaction. The load is everything `scores`
/// reads before scoring: organisation, assignments and answers, turned into
/// the scorer's working form.
@main
struct StoreBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-benchmark",
        abstract: "Measure responses import and the loading of scores against sqlite3 and pandas.")

    @Option(help: "People in the simulated organisation (at least 100).")
    var people = 10_000

    @Option(help: "A Python with pandas, for the pandas reference.")
    var python = "python3"

    @Option(help: "Keep the quarter's files in this folder.")
    var keep: String?

    func validate() throws {
        guard people >= 100 else { throw ValidationError("'--people' needs a number of at least 100") }
    }

    func run() async throws {
        let folder = URL(fileURLWithPath: keep ?? NSTemporaryDirectory()).appending(path: "store-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }

        // The quarter: organisation, plan, questionnaire and simulated answers.
        let organisation = OrganisationSimulator(people: people, seed: 360).make()
        var campaign = try CampaignDefaults.campaign(for: "2026-Q4")
        let questionnaire = try TemplateDirectory.locate().loadQuestionnaire().questionnaire
        let assignments = RaterAssigner.plan(for: organisation, rules: campaign.rules).assignments
        let responses = Array(
            ResponseSimulator(questionnaire: questionnaire, seed: 7, responseRate: 0.9).responses(for: assignments))
        let ratingsFile = folder.appending(path: ResponseFileWriter.ratingsFile)
        try ResponseFileWriter().write(responses, to: folder)
        let rows = responses.reduce(0) { $0 + $1.ratings.count }

        let store = try SQLiteStore(path: folder.appending(path: "survey360.sqlite").path)
        try await store.replaceOrganisation(organisation)
        try await store.createCampaign(
            campaign, event: AuditEvent(campaignID: campaign.id, actor: "bench", action: "created"))
        try await store.replaceAssignments(assignments, in: campaign.id)
        try await store.setQuestionnaire(questionnaire, for: campaign.id)
        try await store.transition(
            campaign.id, from: .draft, to: .open,
            event: AuditEvent(campaignID: campaign.id, actor: "bench", action: "opened"))
        campaign.state = .open

        let (_, importStep) = try await TimedStep.measure("responses import (read, check, store)") {
            let ratingRows = try ResponseFileReader.ratings(from: ratingsFile)
            let result = try ResponseImportValidator.validate(
                ratings: ratingRows, comments: [], questionnaire: questionnaire, assigned: Set(assignments.map(\.pair)),
                campaign: campaign, stored: try await store.responses(in: campaign.id, includeDrafts: false))
            try await store.submitAll(result.responses, in: campaign.id)
        }
        let (loaded, loadStep) = try await TimedStep.measure("scores: load answers into the scorer's form") {
            let input = ScoringInput(
                questionnaire: questionnaire, organisation: try await store.organisation()!,
                assignments: try await store.assignments(in: campaign.id),
                answers: try await store.answerTable(in: campaign.id), policy: campaign.policy,
                seed: campaign.rules.seed)
            return CompactCampaign(input)
        }
        let (_, scoreStep) = try await TimedStep.measure("scores: score (for scale)") {
            CampaignScorer().score(loaded, policy: campaign.policy, seed: campaign.rules.seed)
        }

        let referenceDatabase = folder.appending(path: "reference.sqlite").path
        let cStep = try TimedStep.child(
            "C: sqlite3 .import of the same CSV", "sqlite3", [referenceDatabase, ".import --csv \(ratingsFile.path) r"])
        let script = """
            import sys, pandas as pd
            frame = pd.read_csv(sys.argv[1], dtype={"rater_id": str, "ratee_id": str, "item_id": str}, na_values=["NA"], keep_default_na=False)
            print(frame.groupby(["ratee_id", "item_id"])["value"].agg(["mean", "count"]).shape)
            """
        let pandasStep = try? TimedStep.child(
            "pandas: read_csv + groupby mean", python, ["-c", script, ratingsFile.path])

        print("store-benchmark: \(people) people, \(responses.count) questionnaires, \(rows) ratings")
        print("| step | CPU s | wall s |")
        print("|---|---:|---:|")
        for step in [importStep, loadStep, scoreStep, cStep] + (pandasStep.map { [$0] } ?? []) {
            print(
                "| \(step.name) | \(XMLStreamWriter.decimal(step.cpu, fractionDigits: 2)) | \(XMLStreamWriter.decimal(step.wall, fractionDigits: 2)) |"
            )
        }
        print("import / C loader: \(XMLStreamWriter.decimal(importStep.cpu / cStep.cpu, fractionDigits: 2))x CPU")
        if let pandasStep {
            print(
                "scores loading / pandas: \(XMLStreamWriter.decimal(loadStep.cpu / pandasStep.cpu, fractionDigits: 2))x CPU"
            )
        } else {
            print("pandas: not run ('\(python)' has no pandas; give --python PATH)")
        }
        print("peak RSS of this process: \(TimedStep.peakMemoryMiB()) MiB")
    }
}
