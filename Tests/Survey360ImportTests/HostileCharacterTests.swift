import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

/// Characters XML cannot carry, and stray byte order marks, in HR's files
/// (issue #10, item 2): refused with file, line and value, never stored and
/// never silently cut.
@Suite struct HostileCharacterTests {
    @Test func aNameWithAControlCharacterIsRefused() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": DirectoryFixture.people + "\nP4,Li\u{1}Na,p4@x.example,D2,P2,Nurse\n",
        ])
        #expect(fixture.importIssues == ["people.csv:5: control character U+0001 is not allowed; remove it"])
    }

    @Test func nulIsRefusedNotCut() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": "id,name,parent_id\nD1,Na\u{0}me,\n",
            "people.csv": "id,name,email,department_id,manager_id,title\nP1,Wang,p1@x.example,D1,,\n",
        ])
        #expect(fixture.importIssues == ["departments.csv:2: control character U+0000 is not allowed; remove it"])
    }

    @Test func everyLineWithOneIsListed() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": DirectoryFixture.people
                + "\nP4,Li\u{1B}[31m,p4@x.example,D2,P2,\u{FFFF}\nP5,Wu,p5@x.example,D2,P2,\u{C}\n",
        ])
        #expect(
            fixture.importIssues == [
                "people.csv:5: control character U+001B is not allowed; remove it",
                "people.csv:6: control character U+000C is not allowed; remove it",
            ])
    }

    @Test func aByteOrderMarkInsideTheFileIsNotPartOfAnId() throws {
        // Two exports pasted together: the second one's byte order mark
        // lands before an id.
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": "\u{FEFF}\u{FEFF}" + DirectoryFixture.people
                + "\n\u{FEFF}P4,Lee,p4@x.example,D2,\u{FEFF}P2,Nurse\n",
        ])
        let organisation = try OrganisationImporter.read(directory: fixture.url).organisation
        #expect(organisation.people.map(\.id) == ["P1", "P2", "P3", "P4"])
        #expect(organisation.person("P4")?.managerID == "P2")
    }

    @Test func aCommentWithAControlCharacterIsRefusedAtResponseImport() throws {
        let fixture = try DirectoryFixture([
            "comments.csv": "rater_id,ratee_id,question_id,text\nP2,P1,keep-doing,\"fine\u{1}\"\n"
        ])
        do {
            _ = try ResponseFileReader.comments(from: fixture.url.appendingPathComponent("comments.csv"))
            Issue.record("the comment was accepted")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "comments.csv:2: control character U+0001 is not allowed; remove it"
                ])
        }
    }
}
