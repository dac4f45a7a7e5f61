import Foundation
import Survey360Core
import Survey360XML

/// Writes a campaign's report set to a directory straight from its scores:
/// every document written, validated once against `report.xsd`, then saved
/// as XML, rendered to HTML, or both (see ``ReportFolder`` for the layout).
///
/// The command line publishes from the store instead (``ReportRecorder``
/// records the documents, ``ReportFolder`` writes them); this is the same
/// path without a store, for tests and benchmarks. Documents are made and
/// written batch by batch on every core; a document that fails validation
/// stops the run before it is written.
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

        public init(documents: Int = 0, files: Int = 0, bytes: Int = 0) {
            self.documents = documents
            self.files = files
            self.bytes = bytes
        }
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
    ///   - progress: Called with (done, total) as batches finish.
    /// - Throws: `ReportError` `.unknownSubject` for a person or department
    ///   without a report, `.invalidDocument` or `.rendering` for a
    ///   document that fails, `.output` for a file that cannot be written.
    @discardableResult
    public func publish(
        to directory: URL, formats: Set<Format>, selection: Selection = .everything,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let producer = ReportProducer(context: context, validator: renderer.validator)
        let jobs = try producer.plan(selection)
        let folder = try ReportFolder(directory, formats: formats, renderer: renderer)
        var summary = Summary()
        for start in stride(from: 0, to: jobs.count, by: ReportProducer.batchSize) {
            let batch = try producer.documents(jobs[start..<min(start + ReportProducer.batchSize, jobs.count)])
            let written = try folder.write(batch)
            summary.documents += batch.count
            summary.files += written.files
            summary.bytes += written.bytes
            progress?(summary.documents, jobs.count)
        }
        try folder.finish()
        return summary
    }
}
