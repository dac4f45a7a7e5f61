import ArgumentParser
import Foundation
import Survey360Core
import Survey360Reports
import Survey360XML

/// `survey360 report ID --format xml|html --out DIR`: write a closed
/// campaign's reports, every document validated against `report.xsd` and
/// kept in the store as the version of record.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a closed campaign's reports as XML (for auditors) or HTML (for managers).",
        discussion: """
            Writes DIR/campaign.xml, DIR/organisation.xml, DIR/departments/ID.xml and \
            DIR/people/ID.xml (or the same as .html, with DIR/index.html linking them all). \
            The first report of a campaign scores it and stores every validated XML document \
            in the database; later reports, archives and the managers' pages are made from \
            those stored documents. The HTML pages are rendered from them with the \
            stylesheets in TEMPLATES/reports/, which HR may edit. With --person or \
            --department, only those reports are written. The files are made durable once, \
            when all of them are written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xml, html
    }

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: "What to write: xml or html.")
    var format: Format = .xml

    @Option(help: ArgumentHelp("The folder to write the reports to.", valueName: "directory"))
    var out: String

    @Option(
        name: .customLong("person"),
        help: ArgumentHelp("Only this person's report (repeatable).", valueName: "id"))
    var people: [String] = []

    @Option(
        name: .customLong("department"),
        help: ArgumentHelp("Only this department's scorecard (repeatable).", valueName: "id"))
    var departments: [String] = []

    @Option(
        help: ArgumentHelp(
            "The language of the HTML pages' headings and labels: zh-Hans, zh-Hant or en (default: the campaign's).",
            valueName: "tag"))
    var language: String?

    @Flag(help: "Show a progress bar even when standard error is not a terminal.")
    var progress = false

    @OptionGroup var templates: TemplateOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let language, SurveyLanguage(tag: language) == nil {
            throw ValidationError("Unknown language '\(language)'; use zh-Hans, zh-Hant or en")
        }
    }

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        let renderer: ReportRenderer
        do {
            renderer = try ReportRenderer(templates: templates.directory())
        } catch let error as ReportError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
        let selection =
            people.isEmpty && departments.isEmpty
            ? ReportPublisher.Selection.everything
            : ReportPublisher.Selection(
                people: people.map { PersonID($0) }, departments: departments.map { DepartmentID($0) })
        let bar = ProgressBar(unit: "documents", force: progress)
        let recorder = ReportRecorder(
            store: context.store, validator: renderer.validator, pseudonyms: try store.pseudonyms())
        let summary: ReportPublisher.Summary
        do {
            // Only the first report of a campaign scores it; it writes each
            // batch of the set as the store takes it, where later reports
            // read the documents back. The folder is made when there is
            // something to write, and what a failed first report wrote is
            // removed. The bar counts the documents of the set when they
            // are made now, or those asked for.
            var folder: ReportFolder?
            func opened() throws -> ReportFolder {
                if let folder { return folder }
                let made = try ReportFolder(
                    URL(filePath: out, directoryHint: .isDirectory), formats: [format == .xml ? .xml : .html],
                    renderer: renderer, language: language.flatMap { SurveyLanguage(tag: $0) })
                folder = made
                return made
            }
            var written = ReportPublisher.Summary()
            let recorded: Int?
            do {
                recorded = try await recorder.record(id, context: context, progress: { bar.update($0, of: $1) }) {
                    page in
                    if selection == .everything { try await opened().write(page, adding: &written) }
                }
            } catch {
                folder?.discard()
                throw error
            }
            if recorded != nil, selection == .everything {
                try opened().finish()
                summary = written
            } else {
                let selected = (selection.people ?? []).count + (selection.departments ?? []).count
                let documents = selection == .everything ? recorded : selected
                summary = try await opened().write(
                    campaign.id, from: context.store, selection: selection,
                    progress: { done in if let documents { bar.update(done, of: documents) } })
            }
        } catch let error as ReportError where error.code == .unknownSubject {
            throw CommandFailure(error.message)
        } catch let error as ReportError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
        let subjects =
            selection == .everything
            ? "every report"
            : (people.map { "person \($0)" } + departments.map { "department \($0)" }).joined(separator: ", ")
        try await context.store.appendAuditEvent(
            context.event(campaign.id, "reported", "\(subjects) as \(format.rawValue.uppercased()) to \(out)"))
        let megabytes = XMLStreamWriter.decimal(Double(summary.bytes) / 1_048_576, fractionDigits: 1)
        Console.current.print(
            "Wrote \(counted(summary.files, "\(format.rawValue.uppercased()) file")) (\(megabytes) MB) for campaign '\(campaign.id)' to \(out)"
        )
        if let previous = try await recorder.previousCampaign(of: campaign.id) {
            Console.current.print("Trends against '\(previous)'")
        }
        if format == .html, selection == .everything {
            Console.current.print("Open \(URL(filePath: out).appending(path: "index.html").path)")
        }
    }
}
