import Foundation

/// One document of a report set: what to write and where.
struct ReportJob: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case campaign, organisation
        case department(Int)
        case person(Int)
    }

    let kind: Kind
    /// The path under the output directory, without extension.
    let file: String

    func xml(_ writer: ReportWriter) throws -> Data {
        switch kind {
        case .campaign: try writer.campaignDocument()
        case .organisation: try writer.organisationDocument()
        case .department(let index): try writer.departmentDocument(at: index)
        case .person(let index): try writer.personDocument(at: index)
        }
    }

    var page: ReportRenderer.Page {
        switch kind {
        case .campaign: .index
        case .organisation: .organisation
        case .department: .department
        case .person: .person
        }
    }

    /// The page's path, without extension: the campaign document becomes
    /// the set's `index.html`.
    var htmlFile: String {
        kind == .campaign ? "index" : file
    }

    /// The link back to `index.html` from this document's page.
    var home: String {
        switch kind {
        case .campaign: ""
        case .organisation: "index.html"
        case .department, .person: "../index.html"
        }
    }
}

/// Counters shared by the publishing threads.
///
/// `@unchecked Sendable`: every field is read and written under `lock`.
final class PublishState: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private var fileCount = 0
    private var byteCount = 0
    private var firstError: (any Error)?

    init(total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    func finished(files: Int, bytes: Int) {
        let count = lock.withLock {
            done += 1
            fileCount += files
            byteCount += bytes
            return done
        }
        progress?(count, total)
    }

    func fail(_ error: any Error) {
        lock.withLock { if firstError == nil { firstError = error } }
    }

    var failed: Bool { lock.withLock { firstError != nil } }
    var error: (any Error)? { lock.withLock { firstError } }
    var files: Int { lock.withLock { fileCount } }
    var bytes: Int { lock.withLock { byteCount } }
}
