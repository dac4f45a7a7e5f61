import Foundation
import Survey360Core
import Survey360Storage

/// A report set on disk: stored report documents written as XML files, as
/// HTML pages rendered from those very bytes, or both.
///
/// ```
/// out/campaign.xml        out/index.html
/// out/organisation.xml    organisation.html
/// out/departments/D02.xml departments/D02.html
/// out/people/P004.xml     people/P004.html
/// ```
///
/// Documents arrive in batches; each batch is spread over every core by a
/// work queue, sharing the renderer's compiled stylesheets. Files are made
/// durable once, by ``finish()``, not one `fsync` per file.
public final class ReportFolder: Sendable {
    public let formats: Set<ReportPublisher.Format>
    /// The language of the HTML pages' own words; `nil` for each
    /// document's (the campaign's) language.
    public let language: SurveyLanguage?
    private let renderer: ReportRenderer
    private let folder: DurableFolder

    /// Creates `directory` and its `departments/` and `people/` folders.
    ///
    /// - Throws: `ReportError` `.output` when they cannot be created.
    public init(
        _ directory: URL, formats: Set<ReportPublisher.Format>, renderer: ReportRenderer,
        language: SurveyLanguage? = nil
    ) throws {
        self.formats = formats
        self.language = language
        self.renderer = renderer
        do {
            folder = try DurableFolder(directory)
            for kind in [StoredReport.Kind.department, .person] {
                try folder.makeFolder((StoredReport.Key(kind, "x").file as NSString).deletingLastPathComponent)
            }
        } catch let error as DurableFolderError {
            throw ReportError(.output, error.description)
        }
    }

    /// Writes one batch of documents.
    ///
    /// - Returns: How many files and bytes were written.
    /// - Throws: `ReportError` `.damaged` for a document whose bytes no
    ///   longer match their hash, `.rendering` for a page that fails,
    ///   `.output` for a file that cannot be written.
    @discardableResult
    public func write(_ reports: [StoredReport]) throws -> (files: Int, bytes: Int) {
        let written = try WorkQueue.map(reports.count) { [self] index in try write(reports[index]) }
        return written.reduce(into: (files: 0, bytes: 0)) {
            $0.files += $1.files
            $0.bytes += $1.bytes
        }
    }

    /// Makes every file written durable, with one sync of the folder.
    ///
    /// - Throws: `ReportError` `.output` when the disk reports a failure.
    public func finish() throws {
        do {
            try folder.sync()
        } catch let error as DurableFolderError {
            throw ReportError(.output, error.description)
        }
    }

    /// Removes the files this folder wrote, after a failure (a file it
    /// replaced is not brought back).
    public func discard() {
        folder.discard()
    }

    private func write(_ report: StoredReport) throws -> (files: Int, bytes: Int) {
        var files = 0
        var bytes = 0
        do {
            if formats.contains(.xml) {
                guard report.isIntact else { throw ReportRenderer.damaged(report) }
                try folder.write(report.bytes, to: report.key.file + ".xml")
                files += 1
                bytes += report.bytes.count
            }
            if formats.contains(.html) {
                let html = try renderer.html(report, language: language, home: report.key.home)
                try folder.write(html, to: report.key.htmlFile + ".html")
                files += 1
                bytes += html.count
            }
        } catch let error as DurableFolderError {
            throw ReportError(.output, error.description)
        }
        return (files, bytes)
    }
}
