import CSV
import Foundation
import Survey360Core

/// Writes an organisation as the folder of CSV files that HR hands in:
/// `departments.csv`, `people.csv`, `services.csv` and `processes.csv`.
///
/// It is the importer's mirror image, so that a simulated or edited
/// organisation can be handed to anything that reads HR's format, and so
/// that import → write → import can be tested to lose nothing.
///
/// The files are UTF-8 without a byte order mark (a BOM would become part of
/// the first header name for many readers), with a header row, quoted as
/// RFC 4180 requires by CSV.swift's `CSVWriter`, and with lines ending in LF
/// rather than RFC 4180's CRLF (the readers in use, CSV.swift's, Python's and
/// spreadsheets, accept both, and LF keeps the committed samples readable in
/// diffs). The output depends only on the organisation: records
/// in the order given, stages by step, and the attribute columns of people
/// and departments after the standard ones, sorted by name, empty where a
/// record lacks the attribute.
///
/// ```swift
/// let organisation = OrganisationSimulator(people: 500, seed: 7).make()
/// try OrganisationCSVWriter().write(organisation, to: URL(filePath: "out/org"))
/// ```
public struct OrganisationCSVWriter: Sendable {
    static let departmentColumns = ["id", "name", "parent_id"]
    static let personColumns = [
        "id", "name", "email", "department_id", "manager_id", "title", "hire_date", "status", "language",
    ]
    static let serviceColumns = ["provider_department_id", "customer_department_id"]
    static let processColumns = ["process_id", "process_name", "step", "department_id", "person_ids"]

    public init() {}

    /// Writes the four files into `folder`, creating it if needed and
    /// replacing files of the same names; each file is replaced atomically.
    ///
    /// - Parameters:
    ///   - organisation: The organisation to write.
    ///   - folder: The folder to write into.
    /// - Throws: The file system's error when the folder or a file cannot be
    ///   written.
    public func write(_ organisation: Organisation, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try files(for: organisation) {
            try file.contents.write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// The four files' names and contents, in the order departments, people,
    /// services, processes.
    public func files(for organisation: Organisation) throws -> [(name: String, contents: Data)] {
        [
            ("departments.csv", try departmentsFile(organisation.departments)),
            ("people.csv", try peopleFile(organisation.people)),
            ("services.csv", try servicesFile(organisation.services)),
            ("processes.csv", try processesFile(organisation.processes)),
        ]
    }

    // MARK: - Files

    func departmentsFile(_ departments: [Department]) throws -> Data {
        let extra = Self.attributeColumns(departments.map(\.attributes), besides: Self.departmentColumns)
        let rows = departments.map { department in
            [department.id.rawValue, department.name, department.parentID?.rawValue ?? ""]
                + extra.map { department.attributes[$0] ?? "" }
        }
        return try Self.csv(header: Self.departmentColumns + extra, rows: rows)
    }

    func peopleFile(_ people: [Person]) throws -> Data {
        let extra = Self.attributeColumns(people.map(\.attributes), besides: Self.personColumns)
        let rows = people.map { person in
            [
                person.id.rawValue, person.name, person.email, person.departmentID.rawValue,
                person.managerID?.rawValue ?? "", person.title, person.hireDate?.description ?? "",
                person.status.rawValue, person.language?.rawValue ?? "",
            ] + extra.map { person.attributes[$0] ?? "" }
        }
        return try Self.csv(header: Self.personColumns + extra, rows: rows)
    }

    func servicesFile(_ services: [ServiceRelation]) throws -> Data {
        let rows = services.map { [$0.provider.rawValue, $0.customer.rawValue] }
        return try Self.csv(header: Self.serviceColumns, rows: rows)
    }

    func processesFile(_ processes: [ProcessChain]) throws -> Data {
        let rows = processes.flatMap { process in
            process.stages.sorted { $0.step < $1.step }.map { stage in
                [
                    process.id.rawValue, process.name, String(stage.step), stage.departmentID.rawValue,
                    (stage.personIDs ?? []).map(\.rawValue).joined(separator: ";"),
                ]
            }
        }
        return try Self.csv(header: Self.processColumns, rows: rows)
    }

    // MARK: - Helpers

    /// The attribute names used by any record, sorted, leaving out names of
    /// standard columns: an importer keeps only the columns it does not
    /// interpret, so such an attribute can only have been set by code, and
    /// writing it would give the file two columns of one name.
    static func attributeColumns(_ attributes: [[String: String]], besides standard: [String]) -> [String] {
        var names: Set<String> = []
        for record in attributes { names.formUnion(record.keys) }
        return names.subtracting(standard).sorted()
    }

    /// One CSV file, every line ended by LF, the last one included; fields
    /// that a spreadsheet would run as formulas are neutralised
    /// (``SpreadsheetCell``).
    ///
    /// A field with a comma, a quote or a line break is quoted by
    /// `CSVWriter` (quotes doubled, as RFC 4180 requires); any other field
    /// is written as it is, which is what `CSVWriter` writes for it too.
    /// Sending every field through `CSVWriter` would be simpler but slow: it
    /// runs five Foundation substring searches per field and writes one
    /// byte per stream call, so 100,000 people took over 10 seconds in a
    /// release build; this way they take well under one.
    static func csv(header: [String], rows: [[String]]) throws -> Data {
        var text = ""
        for row in CollectionOfOne(header) + rows {
            for (index, field) in row.lazy.map(SpreadsheetCell.neutralised).enumerated() {
                if index > 0 { text.append(",") }
                text.append(needsQuotes(field) ? try quoted(field) : field)
            }
            text.append("\n")
        }
        return Data(text.utf8)
    }

    /// Whether RFC 4180 requires quotes around `field`.
    static func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }
    }

    /// `field` quoted by `CSVWriter`.
    static func quoted(_ field: String) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(field: field, quoted: true)
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return String(decoding: data, as: UTF8.self)
    }
}
