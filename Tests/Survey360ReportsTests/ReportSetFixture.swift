import Foundation
import Survey360Reports
import Survey360XML

/// The hospital campaign's whole report set, XML and HTML, written once to a
/// temporary directory that the validator and confidentiality tests read.
///
/// Set `REPORTS_OUTPUT=/some/dir` to write it there instead and keep it, to
/// look at the pages in a browser.
enum ReportSetFixture {
    static let directory: URL = {
        let url: URL
        if let kept = ProcessInfo.processInfo.environment["REPORTS_OUTPUT"] {
            url = URL(filePath: kept, directoryHint: .isDirectory)
        } else {
            url = FileManager.default.temporaryDirectory.appending(
                path: "survey360-reports-\(UUID().uuidString)")
        }
        let renderer = try! ReportRenderer(templates: HospitalCampaign.templates)
        try! ReportPublisher(context: HospitalCampaign.context, renderer: renderer)
            .publish(to: url, formats: [.xml, .html])
        return url
    }()

    /// Every file of the set with extension `ext`, sorted.
    static func files(_ ext: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == ext }
            .sorted { $0.path < $1.path }
    }

    static func text(_ url: URL) -> String {
        String(decoding: try! Data(contentsOf: url), as: UTF8.self)
    }
}
