import Foundation
import Survey360Core
import Survey360Import
import Survey360SQLite
import Survey360Scoring
import Survey360Storage
import Survey360XML

/// store-benchmark: what `responses import` and the loading of `scores` cost
/// on a simulated quarter, beside what the same rows cost the C SQLite shell
/// (`.import`) and pandas (`read_csv` + groupby), timed in the same run.
///
///     swift run -c release store-benchmark [--people N] [--python PATH] [--keep DIR]
///
/// The import is timed as the command runs it: the ratings file read and
/// checked, then stored in one transaction. The load is everything `scores`
/// reads before scoring: organisation, assignments and answers, turned into
/// the scorer's working form.
var people = 10_000
var python = "python3"
var keep: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--people":
        guard let value = arguments.popFirst().flatMap(Int.init), value >= 100 else {
            FileHandle.standardError.write(Data("Error: '--people' needs a number of at least 100\n".utf8))
            exit(64)
        }
        people = value
    case "--python":
        guard let value = arguments.popFirst() else { exit(64) }
        python = value
    case "--keep":
        keep = arguments.popFirst()
    case "--help", "-h":
        print("Usage: store-benchmark [--people N] [--python PATH] [--keep DIR]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("Error: unknown option '\(argument)'\n".utf8))
        exit(64)
    }
}

/// CPU seconds (user + system) of this process, or of its finished children.
func cpuSeconds(_ who: Int32 = RUSAGE_SELF.rawValue) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(who), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func peakMemoryMiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return (Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0) / 1024
    }
    return 0
}

struct Step {
    var name: String
    var cpu: Double
    var wall: Double
}

let clock = ContinuousClock()
func measure<T>(_ name: String, _ body: () async throws -> T) async rethrows -> (T, Step) {
    let cpu = cpuSeconds()
    let start = clock.now
    let value = try await body()
    let wall = clock.now - start
    return (
        value,
        Step(
            name: name, cpu: cpuSeconds() - cpu,
            wall: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
    )
}

/// Runs a reference tool to completion and times it as a child.
func reference(_ name: String, _ executable: String, _ arguments: [String]) throws -> Step {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    process.standardOutput = FileHandle.nullDevice
    let cpu = cpuSeconds(RUSAGE_CHILDREN.rawValue)
    let start = clock.now
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(executable) failed"])
    }
    let wall = clock.now - start
    return Step(
        name: name, cpu: cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpu,
        wall: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
}

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
try await store.createCampaign(campaign, event: AuditEvent(campaignID: campaign.id, actor: "bench", action: "created"))
try await store.replaceAssignments(assignments, in: campaign.id)
try await store.setQuestionnaire(questionnaire, for: campaign.id)
try await store.transition(
    campaign.id, from: .draft, to: .open, event: AuditEvent(campaignID: campaign.id, actor: "bench", action: "opened"))
campaign.state = .open

let (_, importStep) = try await measure("responses import (read, check, store)") {
    let ratingRows = try ResponseFileReader.ratings(from: ratingsFile)
    let result = try ResponseImportValidator.validate(
        ratings: ratingRows, comments: [], questionnaire: questionnaire, assigned: Set(assignments.map(\.pair)),
        campaign: campaign, stored: try await store.responses(in: campaign.id, includeDrafts: false))
    try await store.submitAll(result.responses, in: campaign.id)
}
let (loaded, loadStep) = try await measure("scores: load answers into the scorer's form") {
    let input = ScoringInput(
        questionnaire: questionnaire, organisation: try await store.organisation()!,
        assignments: try await store.assignments(in: campaign.id),
        answers: try await store.answerTable(in: campaign.id), policy: campaign.policy, seed: campaign.rules.seed)
    return CompactCampaign(input)
}
let (_, scoreStep) = try await measure("scores: score (for scale)") {
    CampaignScorer().score(loaded, policy: campaign.policy, seed: campaign.rules.seed)
}

let reference = folder.appending(path: "reference.sqlite").path
let cStep = try reference(
    "C: sqlite3 .import of the same CSV", "sqlite3", [reference, ".import --csv \(ratingsFile.path) r"])
let script = """
    import sys, pandas as pd
    frame = pd.read_csv(sys.argv[1], dtype={"rater_id": str, "ratee_id": str, "item_id": str}, na_values=["NA"], keep_default_na=False)
    print(frame.groupby(["ratee_id", "item_id"])["value"].agg(["mean", "count"]).shape)
    """
let pandasStep = try? reference("pandas: read_csv + groupby mean", python, ["-c", script, ratingsFile.path])

print("store-benchmark: \(people) people, \(responses.count) questionnaires, \(rows) ratings")
print("| step | CPU s | wall s |")
print("|---|---:|---:|")
func figure(_ value: Double) -> String { String(format: "%.2f", value) }
for step in [importStep, loadStep, scoreStep, cStep] + (pandasStep.map { [$0] } ?? []) {
    print("| \(step.name) | \(figure(step.cpu)) | \(figure(step.wall)) |")
}
print("import / C loader: \(figure(importStep.cpu / cStep.cpu))x CPU")
if let pandasStep {
    print("scores loading / pandas: \(figure(loadStep.cpu / pandasStep.cpu))x CPU")
} else {
    print("pandas: not run ('\(python)' has no pandas; give --python PATH)")
}
print("peak RSS of this process: \(peakMemoryMiB()) MiB")
