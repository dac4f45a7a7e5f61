import Foundation

@testable import Survey360Import

/// A temporary organisation directory written from literal file contents,
/// removed when the test ends.
final class DirectoryFixture {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("survey360-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, contents) in files {
            try Data(contents.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    func write(_ data: Data, to name: String) throws {
        try data.write(to: url.appendingPathComponent(name))
    }

    /// What `org import` would say of the directory: every problem, or
    /// nothing when it reads.
    var importIssues: [String] {
        do {
            _ = try OrganisationImporter.read(directory: url)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    static let departments = """
        id,name,parent_id
        D1,院長室,
        D2,護理部,D1
        D3,設備科,D1
        """
    static let people = """
        id,name,email,department_id,manager_id,title
        P1,王院長,p1@hospital.example,D1,,院長
        P2,李護理長,p2@hospital.example,D2,P1,護理長
        P3,張工程師,p3@hospital.example,D3,P1,工程師
        """
}
