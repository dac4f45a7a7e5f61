import CSV
import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

@Suite struct OrganisationCSVWriterTests {
    /// Values that need every kind of quoting, and Chinese.
    let tricky = Organisation(
        departments: [
            Department(id: "D1", name: "院長室", attributes: ["cost_centre": "1000"]),
            Department(id: "D2", name: "Lee, Chen & Partners", parentID: "D1", attributes: ["floor": "3"]),
        ],
        people: [
            Person(
                id: "P1", name: "陳志明", email: "chen@example.org", departmentID: "D1", title: "院長",
                hireDate: CalendarDate(year: 2001, month: 3, day: 9), language: .traditionalChinese,
                attributes: ["ward": "加護病房"]),
            Person(
                id: "P2", name: "Anna \"Nan\" Lee", email: "anna@example.org", departmentID: "D2",
                managerID: "P1", title: "Head\nof IT", status: .leave, language: .english,
                attributes: ["note": "line one\r\nline two, \"quoted\""]),
        ],
        services: [ServiceRelation(provider: "D2", customer: "D1")],
        processes: [
            ProcessChain(
                id: "PR1", name: "儀器報修, 採購",
                stages: [
                    ProcessStage(step: 2, departmentID: "D1"),
                    ProcessStage(step: 1, departmentID: "D2", personIDs: ["P2", "P1"]),
                ])
        ])

    func text(_ name: String, of organisation: Organisation) throws -> String {
        let files = try OrganisationCSVWriter().files(for: organisation)
        let data = try #require(files.first { $0.name == name }?.contents)
        return try #require(String(data: data, encoding: .utf8))
    }

    func parsed(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func filesAreQuotedAsRFC4180Requires() throws {
        #expect(
            try text("departments.csv", of: tricky)
                == "id,name,parent_id,cost_centre,floor\nD1,院長室,,1000,\nD2,\"Lee, Chen & Partners\",D1,,3\n")
        #expect(
            try text("people.csv", of: tricky)
                == "id,name,email,department_id,manager_id,title,hire_date,status,language,note,ward\n"
                + "P1,陳志明,chen@example.org,D1,,院長,2001-03-09,active,zh-Hant,,加護病房\n"
                + "P2,\"Anna \"\"Nan\"\" Lee\",anna@example.org,D2,P1,\"Head\nof IT\",,leave,en,"
                + "\"line one\r\nline two, \"\"quoted\"\"\",\n")
        #expect(try text("services.csv", of: tricky) == "provider_department_id,customer_department_id\nD2,D1\n")
        #expect(
            try text("processes.csv", of: tricky)
                == "process_id,process_name,step,department_id,person_ids\n"
                + "PR1,\"儀器報修, 採購\",1,D2,P2;P1\n"
                + "PR1,\"儀器報修, 採購\",2,D1,\n")
    }

    @Test func whatIsWrittenParsesBackToTheSameFields() throws {
        #expect(
            try parsed(text("people.csv", of: tricky)) == [
                [
                    "id", "name", "email", "department_id", "manager_id", "title", "hire_date", "status", "language",
                    "note", "ward",
                ],
                ["P1", "陳志明", "chen@example.org", "D1", "", "院長", "2001-03-09", "active", "zh-Hant", "", "加護病房"],
                [
                    "P2", "Anna \"Nan\" Lee", "anna@example.org", "D2", "P1", "Head\nof IT", "", "leave", "en",
                    "line one\r\nline two, \"quoted\"", "",
                ],
            ])
        #expect(
            try parsed(text("departments.csv", of: tricky)) == [
                ["id", "name", "parent_id", "cost_centre", "floor"],
                ["D1", "院長室", "", "1000", ""],
                ["D2", "Lee, Chen & Partners", "D1", "", "3"],
            ])
    }

    /// The writer sends only the fields that need quotes through
    /// `CSVWriter`; the result must be what `CSVWriter` writes for all.
    @Test(arguments: [
        ["plain", "", "陳志明", "a,b", "\"", "say \"hi\"", "\r", "\n", "a\r\nb", " padded ", "P1;P2"],
        ["\"\"", ",", "", "", "x"],
    ])
    func fieldsAreWrittenAsCSVWriterWritesThem(row: [String]) throws {
        let stream = OutputStream(toMemory: ())
        let reference = try CSVWriter(stream: stream)
        // Formula starts are neutralised first (the lone "\r"), as the
        // writer does.
        try reference.write(row: SpreadsheetCell.neutralised(row))
        try reference.write(row: SpreadsheetCell.neutralised(row.reversed()))
        var expected = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        expected.append(0x0A)
        #expect(try OrganisationCSVWriter.csv(header: row, rows: [row.reversed()]) == expected)
    }

    @Test func filesHaveNoByteOrderMark() throws {
        for file in try OrganisationCSVWriter().files(for: tricky) {
            #expect(Array(file.contents.prefix(3)) != [0xEF, 0xBB, 0xBF])
            #expect(file.contents.first == UInt8(ascii: "i") || file.contents.first == UInt8(ascii: "p"))
        }
    }

    @Test func standardColumnNamesAreNotRepeatedAsAttributes() throws {
        let organisation = Organisation(
            departments: [Department(id: "D1", name: "A", attributes: ["name": "shadow", "site": "B"])],
            people: [])
        #expect(try text("departments.csv", of: organisation) == "id,name,parent_id,site\nD1,A,,B\n")
    }

    @Test func aSimulatedOrganisationSurvivesTheRoundTrip() throws {
        let organisation = OrganisationSimulator(people: 3_000, seed: 5).make()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OrganisationCSVWriter().write(organisation, to: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["departments.csv", "people.csv", "processes.csv", "services.csv"])
        let loaded = try TestCSVLoader.load(folder)
        #expect(loaded == organisation)
        // Writing again gives the same bytes.
        let again = try OrganisationCSVWriter().files(for: loaded)
        for file in again {
            #expect(try Data(contentsOf: folder.appendingPathComponent(file.name)) == file.contents)
        }
    }
}

// MARK: - The committed samples

/// The sample organisations under `samples/`, read with the test loader
/// below until the real importer lands.
@Suite struct SampleOrganisationTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    func load(_ name: String) throws -> Organisation {
        try TestCSVLoader.load(Self.samples.appendingPathComponent(name))
    }

    func chains(_ organisation: Organisation) -> [[String]] {
        organisation.processes.map { process in
            process.stages.sorted { $0.step < $1.step }.map { organisation.department($0.departmentID)?.name ?? "?" }
        }
    }

    @Test func theHospitalIsValidAndHasTheRepairChain() throws {
        let hospital = try load("hospital")
        #expect(OrganisationValidator.validate(hospital).isEmpty)
        #expect((40...80).contains(hospital.people.count))
        #expect(hospital.people.filter { $0.managerID == nil }.map(\.title) == ["院長"])
        #expect(chains(hospital).contains(["護理部", "設備科", "採購部", "財務科"]))
        #expect(hospital.processes.contains { $0.name == "儀器報修與採購" })
        let cashier = try #require(hospital.people.first { $0.title == "出納" })
        #expect(cashier.status == .leave)
        #expect(hospital.departments.first { $0.parentID == nil }?.name == "院長室")
    }

    @Test func theHospitalLetsAFewGroupsFallShortOfThreeRaters() throws {
        let hospital = try load("hospital")
        func activeReports(of person: Person) -> Int {
            hospital.directReports(of: person.id).filter { hospital.person($0)?.status == .active }.count
        }
        let managers = hospital.people.filter { !hospital.directReports(of: $0.id).isEmpty }
        #expect(managers.count == 13)
        #expect(managers.filter { activeReports(of: $0) < 3 }.map(\.title) == ["財務科科長", "人力資源室主任"])
        // Purchasing's downstream raters in the repair chain: finance
        // without its cashier.
        let repair = try #require(hospital.processes.first { $0.name == "儀器報修與採購" })
        let finance = hospital.people(in: repair.stages[3]).filter { hospital.person($0)?.status == .active }
        #expect(finance.count == 2)
        #expect(
            hospital.people(in: repair.stages[0]).compactMap { hospital.person($0)?.title } == [
                "督導", "護理長", "護理長", "護理長",
            ])
    }

    @Test func theManufacturerIsValidAndHasItsChains() throws {
        let manufacturer = try load("manufacturer")
        #expect(OrganisationValidator.validate(manufacturer).isEmpty)
        #expect((300...800).contains(manufacturer.people.count))
        #expect(manufacturer.people.filter { $0.managerID == nil }.count == 1)
        let names = chains(manufacturer)
        #expect(names.contains(["设计工程部", "生产部"]))
        #expect(names.contains(["软件部", "测试部", "系统工程部"]))
        let id = { (name: String) in manufacturer.departments.first { $0.name == name }?.id }
        #expect(manufacturer.services.contains(ServiceRelation(provider: id("市场部")!, customer: id("销售部")!)))
        for support in ["人力资源部", "财务部", "采购部", "信息技术部", "质量部"] {
            #expect(id(support) != nil, "missing \(support)")
        }
    }

    @Test func samplesAreWrittenExactlyAsTheWriterWouldWriteThem() throws {
        for name in ["hospital", "manufacturer"] {
            let folder = Self.samples.appendingPathComponent(name)
            let organisation = try TestCSVLoader.load(folder)
            for file in try OrganisationCSVWriter().files(for: organisation) {
                #expect(
                    try Data(contentsOf: folder.appendingPathComponent(file.name)) == file.contents,
                    "\(name)/\(file.name)")
            }
        }
    }
}

// MARK: - A test-only loader

/// Reads the four files into an organisation with CSV.swift's `CSVReader`,
/// trusting the input: just enough to check the writer and the samples
/// independently of the importer, which is written at the same time.
/// Empty cells of extra columns are absent attributes, as the writer
/// writes them.
enum TestCSVLoader {
    struct Table {
        var header: [String]
        var rows: [[String: String]]
    }

    static func table(_ url: URL) throws -> Table {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var rows: [[String: String]] = []
        while let row = reader.next() {
            try #require(row.count == header.count, "\(url.lastPathComponent) row \(rows.count + 2)")
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return Table(header: header, rows: rows)
    }

    static func attributes(_ row: [String: String], besides standard: [String]) -> [String: String] {
        row.filter { !standard.contains($0.key) && !$0.value.isEmpty }
    }

    static func nonEmpty(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func load(_ folder: URL) throws -> Organisation {
        let departments = try table(folder.appendingPathComponent("departments.csv")).rows.map { row in
            Department(
                id: DepartmentID(row["id"]!), name: row["name"]!,
                parentID: nonEmpty(row["parent_id"]).map { DepartmentID($0) },
                attributes: attributes(row, besides: OrganisationCSVWriter.departmentColumns))
        }
        var people: [Person] = []
        for row in try table(folder.appendingPathComponent("people.csv")).rows {
            let hireDate = try #require(CalendarDate(iso: row["hire_date"]!))
            let status = try #require(EmploymentStatus(rawValue: row["status"]!))
            let language = try #require(SurveyLanguage(rawValue: row["language"]!))
            people.append(
                Person(
                    id: PersonID(row["id"]!), name: row["name"]!, email: row["email"]!,
                    departmentID: DepartmentID(row["department_id"]!),
                    managerID: nonEmpty(row["manager_id"]).map { PersonID($0) }, title: row["title"]!,
                    hireDate: hireDate, status: status, language: language,
                    attributes: attributes(row, besides: OrganisationCSVWriter.personColumns)))
        }
        let services = try table(folder.appendingPathComponent("services.csv")).rows.map { row in
            ServiceRelation(
                provider: DepartmentID(row["provider_department_id"]!),
                customer: DepartmentID(row["customer_department_id"]!))
        }
        var processes: [ProcessChain] = []
        for row in try table(folder.appendingPathComponent("processes.csv")).rows {
            let id = ProcessID(row["process_id"]!)
            let people = row["person_ids"]!.split(separator: ";").map { PersonID(String($0)) }
            let stage = ProcessStage(
                step: try #require(Int(row["step"]!)), departmentID: DepartmentID(row["department_id"]!),
                personIDs: people.isEmpty ? nil : people)
            if processes.last?.id == id {
                processes[processes.count - 1].stages.append(stage)
            } else {
                processes.append(ProcessChain(id: id, name: row["process_name"]!, stages: [stage]))
            }
        }
        return Organisation(departments: departments, people: people, services: services, processes: processes)
    }
}
