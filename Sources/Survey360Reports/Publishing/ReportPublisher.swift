import Foundation
import Survey360Core
import Survey360XML

/// Writes a campaign's report set to a directory: every document written,
/// validated against `report.xsd`, then saved as XML, rendered to HTML, or
/// both.
///
/// ```
/// out/campaign.xml        out/index.html
/// out/organisation.xml    organisation.html
/// out/departments/D02.xml departments/D02.html
/// out/people/P004.xml     people/P004.html
/// ```
///
/// Documents are independent, so they are produced on all cores; a document
/// that fails validation stops the run before it is written.
public struct ReportPublisher: Sendable {
    /// What to write.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        case xml, html
    }

    /// Which documents to write: all of them, or only some subjects.
    public struct Selection: Hashable, Sendable {
        public var people: [PersonID]?
        public var departments: [DepartmentID]?

        /// Everything: the campaign, the organisation, every department and person.
        public static let everything = Selection(people: nil, departments: nil)

        public init(people: [PersonID]? = nil, departments: [DepartmentID]? = nil) {
            self.people = people
            self.departments = departments
        }

        var isEverything: Bool { people == nil && departments == nil }
    }

    /// What a run wrote.
    public struct Summary: Hashable, Sendable {
        public var documents: Int
        public var files: Int
        public var bytes: Int
    }

    public let context: ReportContext
    public let renderer: ReportRenderer

    public init(context: ReportContext, renderer: ReportRenderer) {
        self.context = context
        self.renderer = renderer
    }

    /// Writes the selected documents under `directory`.
    ///
    /// - Parameters:
    ///   - directory: Created if missing; existing files are replaced.
    ///   - formats: XML, HTML or both.
    ///   - selection: Everything, or some people and departments.
    ///   - progress: Called with (done, total) as documents finish, from
    ///     any thread.
    /// - Throws: `ReportError` `.unknownSubject` for a person or department
    ///   without a report, `.invalidDocument` or `.rendering` for a
    ///   document that fails, `.output` for a file that cannot be written.
    @discardableResult
    public func publish(
        to directory: URL, formats: Set<Format>, selection: Selection = .everything,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let jobs = try plan(selection)
        try makeDirectories(directory, for: jobs)
        let writer = ReportWriter(context: context)
        let state = PublishState(total: jobs.count, progress: progress)
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < jobs.count, !state.failed {
                do {
                    let (files, bytes) = try publish(
                        jobs[index], writer: writer, into: directory, formats: formats)
                    state.finished(files: files, bytes: bytes)
                } catch {
                    state.fail(error)
                }
                index += workers
            }
        }
        if let error = state.error { throw error }
        return Summary(documents: jobs.count, files: state.files, bytes: state.bytes)
    }

    private func publish(
        _ job: ReportJob, writer: ReportWriter, into directory: URL, formats: Set<Format>
    ) throws -> (files: Int, bytes: Int) {
        let xml = try job.xml(writer)
        let document = try renderer.validator.validate(xml, name: job.file + ".xml")
        var files = 0
        var bytes = 0
        if formats.contains(.xml) {
            try save(xml, to: directory.appending(path: job.file + ".xml"))
            files += 1
            bytes += xml.count
        }
        if formats.contains(.html) {
            let html = try renderer.html(document, page: job.page, home: job.home)
            try save(html, to: directory.appending(path: job.htmlFile + ".html"))
            files += 1
            bytes += html.count
        }
        return (files, bytes)
    }

    private func save(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw ReportError(.output, "Cannot write '\(url.path)'")
        }
    }

    private func makeDirectories(_ directory: URL, for jobs: [ReportJob]) throws {
        let folders = Set(jobs.map { ($0.file as NSString).deletingLastPathComponent })
        for folder in folders.sorted() {
            let url = folder.isEmpty ? directory : directory.appending(path: folder)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw ReportError(.output, "Cannot create directory '\(url.path)'")
            }
        }
    }

    /// The documents to write, in a fixed order.
    func plan(_ selection: Selection) throws -> [ReportJob] {
        var jobs: [ReportJob] = []
        if selection.isEverything {
            jobs.append(ReportJob(kind: .campaign, file: ReportVocabulary.campaignFile))
            jobs.append(ReportJob(kind: .organisation, file: ReportVocabulary.organisationFile))
        }
        let departments = selection.departments ?? (selection.isEverything ? context.departments : [])
        for department in departments {
            guard let index = context.index(of: department) else {
                throw ReportError(
                    .unknownSubject,
                    "No scorecard for department '\(department)' in campaign '\(context.campaign.id)'")
            }
            jobs.append(
                ReportJob(
                    kind: .department(index), file: ReportVocabulary.departmentFile(department.rawValue)))
        }
        let people = selection.people ?? (selection.isEverything ? context.peopleRated : [])
        for person in people {
            guard let index = context.index(of: person) else {
                throw ReportError(
                    .unknownSubject, "No personal report for '\(person)' in campaign '\(context.campaign.id)'"
                )
            }
            jobs.append(ReportJob(kind: .person(index), file: ReportVocabulary.personFile(person.rawValue)))
        }
        return jobs
    }
}
