import ArgumentParser
import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360XML

/// `report-benchmark`: how fast the XML personal reports of a large
/// campaign are written, against libxml2's own writer on documents of the
/// same shape.
///
/// ```
/// swift run -c release report-benchmark --people 100000
/// ```
@main
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-benchmark",
        abstract: "Measure XML report writing on a generated campaign.")

    @Option(help: "People in the generated organisation.")
    var people = 100_000

    @Option(help: "The seed of the generated organisation and answers.")
    var seed: UInt64 = 2026

    @Option(help: "Threads writing documents; all cores by default.")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents validated against report.xsd and rendered to HTML (a sample).")
    var sample = 2_000

    @Option(help: "The templates directory.")
    var templates = "templates"

    @Flag(help: "Show the progress bar even when standard error is not a terminal.")
    var progress = false

    mutating func run() throws {
        let directory = try TemplateDirectory.locate(templates)
        let template = try directory.loadQuestionnaire().questionnaire
        print(
            "report-benchmark: \(people) people, seed \(seed), \(workers) threads, \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )

        var clock = Stopwatch()
        let synthetic = BenchmarkCampaign(people: people, seed: seed, template: template)
        print(
            "  generated campaign (Survey360Scoring.SyntheticCampaign): \(synthetic.compact.questionnaireCount) questionnaires in \(clock.lap())"
        )
        let scores = CampaignScorer().score(synthetic.compact, policy: ScoringPolicy(), seed: seed)
        print("  scored \(scores.people.count) people in \(clock.lap())")
        let campaign = Campaign(
            id: "2026-Q4", title: "Benchmark", opens: CalendarDate(year: 2026, month: 10, day: 5)!,
            closes: CalendarDate(year: 2026, month: 10, day: 23)!, state: .closed)
        let context = ReportContext(
            campaign: campaign, organisation: synthetic.organisation, questionnaire: synthetic.questionnaire,
            scores: scores)
        let writer = ReportWriter(context: context)
        let count = scores.people.count

        let bar = ProgressLine(label: "personal reports", force: progress)
        let reports = Throughput.measure(count: count, workers: workers, progress: bar) {
            try writer.personDocument(at: $0).count
        }
        print("XML personal reports (ReportWriter): \(reports.summary(count))")

        // The same documents again, straight through libxml2's writer:
        // `recorded` distinct documents, replayed in turn.
        let recorded = (0..<min(count, 500)).map { RecordedDocument(xml: try! writer.personDocument(at: $0)) }
        let rawBar = ProgressLine(label: "libxml2 writer", force: progress)
        let raw = Throughput.measure(count: count, workers: workers, progress: rawBar) {
            try recorded[$0 % recorded.count].replay().count
        }
        print("libxml2 xmlTextWriter replaying \(recorded.count) recorded reports: \(raw.summary(count))")
        print(
            String(
                format: "  report writer at %.0f%% of the raw writer's documents per CPU-second",
                100 * raw.cpuSeconds / reports.cpuSeconds))

        let checked = min(sample, count)
        let renderer = try ReportRenderer(templates: directory)
        let validation = Throughput.measure(count: checked, workers: workers, progress: nil) {
            let data = try writer.personDocument(at: $0)
            try renderer.validator.check(data, name: "person.xml")
            return data.count
        }
        print(
            "write + validate against report.xsd as read, as `report` does (\(checked) documents): "
                + validation.summary(checked))
        let html = Throughput.measure(count: checked, workers: workers, progress: nil) {
            let data = try writer.personDocument(at: $0)
            let document = try renderer.validator.validate(data, name: "person.xml")
            return try renderer.html(document, page: .person, home: "").count
        }
        print("write + validate + render HTML (\(checked) documents; MB/s of HTML): \(html.summary(checked))")
    }
}
