import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

/// Files too large, too wide or with fields too long are refused at once,
/// naming file, line and limit (issue #10, item 8).
@Suite struct InputLimitTests {
    /// The issue's file: 100,000 empty columns (once 950 MB to check).
    @Test func aHeaderOfAHundredThousandColumnsIsRefused() throws {
        let header = "id,name,email,department_id,manager_id,title" + String(repeating: ",", count: 100_000)
        let row = "P1,Wang,p1@x.example,D1,,Director" + String(repeating: ",", count: 100_000)
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": header + "\n" + Array(repeating: row, count: 60).joined(separator: "\n") + "\n",
        ])
        #expect(fixture.importIssues == ["people.csv:1: 100006 columns, more than the 200 Survey360 reads"])
    }

    @Test func aFieldLongerThanTheLimitIsRefused() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": DirectoryFixture.people + "\nP4,\(String(repeating: "長", count: 1001)),p4@x.example,D2,P2,\n",
        ])
        #expect(fixture.importIssues == ["people.csv:5: 'name' is 1001 characters long, more than the 1000 allowed"])
    }

    @Test func aCommentLongerThanTheLimitIsRefused() throws {
        let fixture = try DirectoryFixture([
            "comments.csv":
                "rater_id,ratee_id,question_id,text\nP2,P1,keep-doing,\(String(repeating: "a", count: 4001))\n"
        ])
        do {
            _ = try ResponseFileReader.comments(from: fixture.url.appendingPathComponent("comments.csv"))
            Issue.record("the comment was accepted")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "comments.csv:2: 'text' is 4001 characters long, more than the 4000 allowed"
                ])
        }
    }

    @Test func aCommentAtTheLimitIsKept() throws {
        let text = String(repeating: "好", count: 4000)
        let fixture = try DirectoryFixture([
            "comments.csv": "rater_id,ratee_id,question_id,text\nP2,P1,keep-doing,\(text)\n"
        ])
        let rows = try ResponseFileReader.comments(from: fixture.url.appendingPathComponent("comments.csv"))
        #expect(rows.map(\.text) == [text])
    }

    /// A sparse file just past the limit: refused before a byte is read.
    @Test func aFileLargerThanTheLimitIsRefusedUnread() throws {
        let fixture = try DirectoryFixture(["departments.csv": DirectoryFixture.departments])
        let url = fixture.url.appendingPathComponent("people.csv")
        FileManager.default.createFile(atPath: url.path, contents: Data("id,name\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.fileBytes) + 1)
        try handle.close()
        #expect(fixture.importIssues == ["people.csv: file is larger than 256 MB, the most Survey360 reads"])
    }

    /// Answer files have a row per answer and a limit of their own.
    @Test func anAnswerFileLargerThanItsLimitIsRefusedUnread() throws {
        let fixture = try DirectoryFixture([:])
        let url = fixture.url.appendingPathComponent("ratings.csv")
        FileManager.default.createFile(atPath: url.path, contents: Data("rater_id,ratee_id,item_id,value\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.answerFileBytes) + 1)
        try handle.close()
        do {
            _ = try ResponseFileReader.ratings(from: url)
            Issue.record("a file past the limit was read")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "ratings.csv: file is larger than 1024 MB, the most Survey360 reads"
                ])
        }
    }
}
