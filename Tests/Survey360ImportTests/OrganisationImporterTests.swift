import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

@Suite struct OrganisationImporterTests {
    @Test func readsWhatSpreadsheetsWrite() throws {
        // A byte order mark, CRLF line ends, a quoted name with a comma, a
        // quoted title with a line break, an extra column and Chinese text.
        let people =
            "\u{FEFF}id,name,email,department_id,manager_id,title,hire_date,status,language,cost_centre\r\n"
            + "P1,王院長,p1@hospital.example,D1,,院長,2001-09-01,active,zh-TW,100\r\n"
            + "P2,\"Lee, Hua\",p2@hospital.example,D2,P1,\"護理長\r\n(代理)\",,leave,en,410\r\n"
            + "\r\n"
            + "P3,張工程師,p3@hospital.example,D3,P1,工程師,,,,\r\n"
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments, "people.csv": people,
            "services.csv": "provider_department_id,customer_department_id\nD3,D2\n",
            "processes.csv": "process_id,process_name,step,department_id,person_ids\nR,儀器報修,2,D3,P3\nR,儀器報修,1,D2,\n",
        ])
        let imported = try OrganisationImporter.read(directory: fixture.url)
        let organisation = imported.organisation
        #expect(organisation.people.map(\.id) == ["P1", "P2", "P3"])
        let lee = try #require(organisation.person("P2"))
        #expect(lee.name == "Lee, Hua")
        #expect(lee.title == "護理長\r\n(代理)")
        #expect(lee.status == .leave)
        #expect(lee.language == .english)
        #expect(lee.attributes == ["cost_centre": "410"])
        #expect(organisation.person("P1")?.hireDate == CalendarDate(year: 2001, month: 9, day: 1))
        #expect(organisation.person("P1")?.language == .traditionalChinese)
        // The record after the two-line title and the blank line is on line 6.
        #expect(imported.sources[.person("P3")] == SourceLocation(file: "people.csv", line: 6))
        #expect(organisation.services == [ServiceRelation(provider: "D3", customer: "D2")])
        #expect(organisation.processes.first?.stages.map(\.step) == [1, 2])
        #expect(organisation.processes.first?.stages[1].personIDs == ["P3"])
    }

    @Test func everyProblemIsListedWithItsFileAndLine() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": """
            id,name,parent_id
            D1,院長室,
            D2,護理部,D1
            D2,設備科,D1
            D4,財務科,D4
            """,
            "people.csv": """
            id,name,email,department_id,manager_id,title,hire_date,status
            P1,王院長,p1@hospital.example,D1,P7,院長,,
            P2,李護理長,p2@hospital,D2,P0042,護理長,2023-13-01,active
            P3,張工程師,p3@hospital.example,D9,P1,工程師,,retired
            P1,重複,dup@hospital.example,D1,,,,
            P7,陳副院長,p7@hospital.example,D1,P1,副院長,,
            """,
            "services.csv": """
            provider_department_id,customer_department_id
            D2,D2
            D1,D8
            """,
            "processes.csv": """
            process_id,process_name,step,department_id
            R,報修,1,D2
            R,報修,3,D1
            R,報修,two,D1
            """,
        ])
        #expect(
            fixture.importIssues == [
                "departments.csv:4: duplicate department id 'D2' (first on line 3)",
                "departments.csv:5: department cycle D4 → D4",
                "people.csv:2: reporting cycle P1 → P7 → P1",
                "people.csv:3: malformed date '2023-13-01'; dates are written YYYY-MM-DD",
                "people.csv:3: malformed email 'p2@hospital'",
                "people.csv:3: unknown manager 'P0042'",
                "people.csv:4: unknown department 'D9'",
                "people.csv:4: unknown status 'retired'; expected active, leave or left",
                "people.csv:5: duplicate person id 'P1' (first on line 2)",
                "processes.csv:2: process 'R' has no step 2; steps run 1, 2, 3… without gaps",
                "processes.csv:4: malformed step 'two'; steps are whole numbers from 1",
                "services.csv:2: department 'D2' is its own customer",
                "services.csv:3: unknown customer department 'D8'",
            ])
    }

    @Test func aMissingFileOrColumnIsNamed() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": "id,name\nD1,院長室\n"
        ])
        #expect(
            fixture.importIssues == [
                "departments.csv:1: missing column 'parent_id' in the header; expected id,name,parent_id",
                "people.csv: file is missing from '\(fixture.url.path)'",
            ])
    }

    @Test func invalidUTF8IsPlacedOnItsLine() throws {
        let fixture = try DirectoryFixture(["departments.csv": DirectoryFixture.departments])
        var bytes = Data("id,name,email,department_id,manager_id,title\nP1,Wang,p1@x.example,D1,,Director\nP2,".utf8)
        bytes.append(contentsOf: [0xB2, 0xE2])  // "王" in Big5, not UTF-8
        bytes.append(contentsOf: Data(",p2@x.example,D1,P1,Nurse\n".utf8))
        try fixture.write(bytes, to: "people.csv")
        #expect(fixture.importIssues == ["people.csv:3: invalid UTF-8 on this line; save the file as UTF-8"])
    }

    @Test func anUnclosedQuoteIsCaught() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv":
                "id,name,email,department_id,manager_id,title\nP1,\"Wang,p1@x.example,D1,,Director\nP2,Lee,p2@x.example,D1,P1,Nurse\n",
        ])
        #expect(fixture.importIssues == ["people.csv:2: a quoted field starts here and is never closed"])
    }

    @Test func aRowWithTooFewFieldsIsNamed() throws {
        let fixture = try DirectoryFixture([
            "departments.csv": DirectoryFixture.departments,
            "people.csv": DirectoryFixture.people + "\nP4,Lee,p4@x.example\n",
        ])
        #expect(fixture.importIssues == ["people.csv:5: 3 fields, but the header has 6 columns"])
    }
}
