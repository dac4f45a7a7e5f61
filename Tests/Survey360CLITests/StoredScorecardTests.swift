import Foundation
import Survey360Core
import Survey360Reports
import Survey360SQLite
import Survey360Storage
import Survey360Web
import Survey360XML
import Testing

/// Managers' scorecards come from the stored XML reports, rendered by the
/// same code as `survey360 report --format html`: the same bytes inside the
/// page's frame, in every language, and nothing scored at request time.
@Suite struct StoredScorecardTests {
    static let templates = CommandRunner.repositoryRoot.appending(path: "templates")

    /// The scorecards of the store at `database`, with the pseudonym key
    /// `campaign close` made beside it.
    static func scorecards(_ store: SQLiteStore, _ database: String) throws -> StoredScorecards {
        try StoredScorecards(
            store: store, templates: TemplateDirectory(url: templates),
            pseudonyms: RaterPseudonyms.key(at: URL(fileURLWithPath: database + ".pseudonym-key")))
    }

    /// The `<main>` element of a page: the scorecard without the frame
    /// (head, header, the back link and the footer).
    static func main(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: "<main>"))
        let end = try #require(html.range(of: "</main>"))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test(arguments: SurveyLanguage.allCases)
    func aServedScorecardIsTheReportedScorecard(_ language: SurveyLanguage) async throws {
        let (database, folder) = try await ReportCommandTests().closedCampaign()
        let store = try SQLiteStore(path: database)
        let scorecards = try Self.scorecards(store, database)
        // Served first: the campaign is reported on this first need.
        #expect(try await store.storedReport(StoredReport.Key(.campaign), in: "2026-Q4") == nil)
        let served = try #require(
            try await scorecards.departmentScorecard(campaign: "2026-Q4", department: "D02", language: language))
        let person = try #require(
            try await scorecards.personalReport(campaign: "2026-Q4", person: "P004", language: language))
        #expect(try await store.storedReport(StoredReport.Key(.campaign), in: "2026-Q4") != nil)

        let out = folder.appending(path: "html-\(language.rawValue)")
        let result = await CommandRunner.run([
            "report", "2026-Q4", "--format", "html", "--language", language.rawValue, "--out", out.path,
            "--database", database, "--templates", Self.templates.path,
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        let written = try String(contentsOf: out.appending(path: "departments/D02.html"), encoding: .utf8)
        let writtenPerson = try String(contentsOf: out.appending(path: "people/P004.html"), encoding: .utf8)
        #expect(try Self.main(served) == Self.main(written))
        #expect(try Self.main(person) == Self.main(writtenPerson))
        #expect(served.contains("<html lang=\"\(language.rawValue)\""))
        #expect(written.contains("<html lang=\"\(language.rawValue)\""))
        // The frame differs only where a page on its own has no index to link back to.
        #expect(written.contains("href=\"../index.html\""))
        #expect(!served.contains("index.html"))

        // And both come from the stored XML that `report --format xml` writes.
        let xml = folder.appending(path: "xml")
        _ = await CommandRunner.run([
            "report", "2026-Q4", "--out", xml.path, "--database", database, "--templates", Self.templates.path,
        ])
        let stored = try #require(try await store.storedReport(StoredReport.Key(.department, "D02"), in: "2026-Q4"))
        #expect(try Data(contentsOf: xml.appending(path: "departments/D02.xml")) == stored.bytes)
    }

    @Test func theWordsFollowTheReadersLanguage() async throws {
        let (database, _) = try await ReportCommandTests().closedCampaign()
        let scorecards = try Self.scorecards(try SQLiteStore(path: database), database)
        var titles: [SurveyLanguage: String] = [:]
        for language in SurveyLanguage.allCases {
            titles[language] = try await scorecards.departmentScorecard(
                campaign: "2026-Q4", department: "D02", language: language)
        }
        #expect(titles[.english]?.contains("Department scorecard") == true)
        #expect(titles[.simplifiedChinese]?.contains("部门记分卡") == true)
        #expect(titles[.traditionalChinese]?.contains("部門記分卡") == true)
    }

    /// The page is the stored document's, not a new scoring: a document
    /// changed in the store (with a matching hash) shows on the page, and
    /// one changed by hand (hash mismatch) is refused.
    @Test func pagesAreReadFromTheStoredDocument() async throws {
        let (database, _) = try await ReportCommandTests().closedCampaign()
        let store = try SQLiteStore(path: database)
        let scorecards = try Self.scorecards(store, database)
        let key = StoredReport.Key(.department, "D02")
        _ = try await scorecards.departmentScorecard(campaign: "2026-Q4", department: "D02", language: .english)
        let stored = try #require(try await store.storedReport(key, in: "2026-Q4"))
        let renamed = Data(
            String(decoding: stored.bytes, as: UTF8.self).replacingOccurrences(of: "護理部", with: "護理部（已存）").utf8)
        try await store.storeReports([StoredReport(campaign: "2026-Q4", key: key, bytes: renamed)], in: "2026-Q4")
        let page = try #require(
            try await scorecards.departmentScorecard(campaign: "2026-Q4", department: "D02", language: .english))
        #expect(page.contains("護理部（已存）"))

        try await store.storeReports(
            [
                StoredReport(
                    campaign: "2026-Q4", key: key, bytes: stored.bytes, sha256: String(repeating: "0", count: 64))
            ],
            in: "2026-Q4")
        await #expect(throws: ReportError.self) {
            try await scorecards.departmentScorecard(campaign: "2026-Q4", department: "D02", language: .english)
        }
    }

    /// Many managers asking at once, before the campaign is reported: one
    /// report run, the same page for all of them.
    @Test func concurrentFirstRequestsGetTheSamePage() async throws {
        let (database, _) = try await ReportCommandTests().closedCampaign()
        let scorecards = try Self.scorecards(try SQLiteStore(path: database), database)
        let pages = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<24 {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? try await scorecards.departmentScorecard(
                            campaign: "2026-Q4", department: "D02", language: .traditionalChinese)
                        : try await scorecards.personalReport(
                            campaign: "2026-Q4", person: "P004", language: .traditionalChinese)
                }
            }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(pages.count == 24)
        #expect(Set(pages.compactMap { $0 }).count == 2)
        // Nobody rated, or an open campaign: no page.
        #expect(
            try await scorecards.personalReport(campaign: "2026-Q4", person: "P999", language: .english) == nil)
        #expect(
            try await scorecards.personalReport(campaign: "2099-Q1", person: "P004", language: .english) == nil)
    }
}
