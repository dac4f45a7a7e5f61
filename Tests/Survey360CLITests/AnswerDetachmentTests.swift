import Foundation
import GRDB
import Survey360Core
import Survey360SQLite
import Survey360Storage
import Testing

/// `campaign close` makes the answers forget their raters, and nothing a
/// report says changes: two quarters on the hospital sample, closed once
/// the way the release closed (state only, raters kept) and once by the
/// command, give byte-identical XML, trends included.
@Suite struct AnswerDetachmentTests {
    static let quarters = ["2026-Q3", "2026-Q4"]

    /// Two answered and closed quarters in a fresh workspace, with the
    /// pseudonym key `key` and every XML report written under `reports/`.
    private func quarters(detaching: Bool, key: String) async throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        let templates = CommandRunner.repositoryRoot.appending(path: "templates").path
        let keyOption = ["--pseudonym-key", key]
        await workspace.run(["org", "import", CommandRunner.repositoryRoot.appending(path: "samples/hospital").path])
        for (index, quarter) in Self.quarters.enumerated() {
            await workspace.run(["campaign", "create", quarter])
            await workspace.run(["campaign", "assign", quarter])
            await workspace.run([
                "campaign", "launch", quarter, "--out", workspace.directory.appending(path: "inv-\(quarter)").path,
                "--templates", templates,
            ])
            await workspace.run(["simulate", "responses", quarter, "--seed", "\(index + 7)", "--rate", "0.9"])
            let store = try SQLiteStore(path: workspace.database)
            let statuses = try await store.responseStatuses(in: CampaignID(quarter))
            let unanswered = try #require(statuses.filter { $0.value == .notStarted }.keys.min())
            try await store.saveDraft(
                Response(rater: unanswered.raterID, ratee: unanswered.rateeID, comments: ["keep": "draft"]),
                in: CampaignID(quarter))
            if detaching {
                await workspace.run(["campaign", "close", quarter] + keyOption)
            } else {
                try await store.transition(
                    CampaignID(quarter), from: .open, to: .closed,
                    event: AuditEvent(campaignID: CampaignID(quarter), actor: "t", action: "closed"))
            }
        }
        for quarter in Self.quarters {
            await workspace.run(
                [
                    "report", quarter, "--format", "xml", "--out",
                    workspace.directory.appending(path: "reports/\(quarter)").path,
                ]
                    + keyOption)
        }
        return workspace
    }

    private func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where path.hasSuffix(".xml") {
            files[path] = try Data(contentsOf: folder.appending(path: path))
        }
        return files
    }

    @Test func reportsAreByteIdenticalBeforeAndAfterDetachment() async throws {
        let key = try CommandRunner.temporaryDirectory().appending(path: "pseudonym.key").path
        let attached = try await quarters(detaching: false, key: key)
        let detached = try await quarters(detaching: true, key: key)
        let before = try files(under: attached.directory.appending(path: "reports"))
        let after = try files(under: detached.directory.appending(path: "reports"))
        #expect(before.count > 50)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, bytes) in before.sorted(by: { $0.key < $1.key }) {
            #expect(after[path] == bytes, "\(path) differs after detachment")
        }
        let trends = before.filter { $0.key.hasPrefix("2026-Q4/people/") }.values.filter {
            String(decoding: $0, as: UTF8.self).contains("<trend")
        }
        #expect(!trends.isEmpty, "the second quarter's reports carry trends")
    }

    /// Read as someone who copied the database file would: no row that
    /// holds an answer names a rater, no draft and no invitation is left.
    @Test func theDatabaseHoldsNoRaterIdBesideAnAnswer() async throws {
        let key = try CommandRunner.temporaryDirectory().appending(path: "pseudonym.key").path
        let workspace = try await quarters(detaching: true, key: key)
        let queue = try DatabaseQueue(path: workspace.database)
        try await queue.read { db in
            let people = Set(try String.fetchAll(db, sql: "SELECT id FROM person"))
            #expect(people.count > 50)
            for table in ["answer_sheet", "answer_comment", "assignment"] {
                let raters = try String.fetchAll(db, sql: "SELECT rater_id FROM \(table)")
                #expect(!raters.isEmpty, "\(table) has rows")
                #expect(raters.allSatisfy { RaterPseudonyms.isPseudonym(PersonID($0)) && !people.contains($0) })
            }
            for table in ["answer_sheet", "answer_comment"] {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
                for row in rows {
                    for column in row.columnNames where column != "ratee_id" {
                        if case .string(let text) = (row[column] as DatabaseValue).storage {
                            #expect(!people.contains(text), "\(table).\(column)")
                        }
                    }
                }
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM answer_sheet WHERE NOT submitted") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM invitation") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM campaign_rater") ?? 0 > 50)
        }
        let otherKey = workspace.directory.appending(path: "other.key").path
        let wrongKey = await CommandRunner.run([
            "scores", "2026-Q4", "--pseudonym-key", otherKey, "--database", workspace.database,
        ])
        #expect(wrongKey.exitCode != 0)
        #expect(wrongKey.errors.contains("was closed with another pseudonym key than this one"))
    }
}
