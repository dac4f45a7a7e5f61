import Foundation
import Survey360Core

/// Reads an organisation from the folder of CSV files HR exports:
/// `departments.csv`, `people.csv`, and optionally `services.csv` and
/// `processes.csv` (the columns are documented in the README).
///
/// Every problem in every file is collected before anything is returned, so
/// that HR fixes a whole export in one round rather than one line per run.
///
/// ```swift
/// let imported = try OrganisationImporter.read(directory: URL(fileURLWithPath: "samples/hospital"))
/// print(imported.organisation.people.count)
/// ```
public enum OrganisationImporter {
    /// An organisation that passed every check, with where each record came from.
    public struct Imported: Sendable {
        public let organisation: Organisation
        public let sources: SourceMap
        /// The bytes of each file read, by file name, in the order read: what
        /// the store fingerprints, so that the digest is of what was checked.
        public let files: [(name: String, contents: Data)]
    }

    /// Reads and validates the directory at `directory`.
    ///
    /// - Throws: ``ImportError`` listing every problem, by file and line.
    public static func read(directory: URL) throws(ImportError) -> Imported {
        var issues: [ValidationIssue] = []
        var tables: [String: CSVTable] = [:]
        var files: [(name: String, contents: Data)] = []
        for file in DirectoryFile.all {
            let url = directory.appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if !file.isOptional {
                    issues.append(
                        ValidationIssue(
                            "file is missing from '\(directory.path)'",
                            at: SourceLocation(file: file.name, line: 0)))
                }
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                issues.append(ValidationIssue("file cannot be read", at: SourceLocation(file: file.name, line: 0)))
                continue
            }
            files.append((file.name, data))
            switch CSVTable.parse(data, file: file.name) {
            case .success(let table):
                let headerIssues = missingColumns(table, file)
                issues += headerIssues
                if headerIssues.isEmpty { tables[file.name] = table }
            case .failure(let error):
                issues += error.issues
            }
        }
        var reader = RecordReader()
        if let table = tables[DirectoryFile.departments.name] { reader.readDepartments(table) }
        if let table = tables[DirectoryFile.people.name] { reader.readPeople(table) }
        if let table = tables[DirectoryFile.services.name] { reader.readServices(table) }
        if let table = tables[DirectoryFile.processes.name] { reader.readProcesses(table) }
        issues += reader.issues
        let organisation = reader.organisation
        let coreFilesRead = tables[DirectoryFile.departments.name] != nil && tables[DirectoryFile.people.name] != nil
        guard coreFilesRead else { throw ImportError(issues: issues) }
        issues += OrganisationValidator.validate(organisation, sources: reader.sources).filter { issue in
            issue.location.map { !reader.linesWithoutDepartment.contains($0) } ?? true
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
        return Imported(organisation: organisation, sources: reader.sources, files: files)
    }

    private static func missingColumns(_ table: CSVTable, _ file: DirectoryFile) -> [ValidationIssue] {
        let present = Set(table.columns)
        let missing = file.requiredColumns.filter { !present.contains($0) }
        guard !missing.isEmpty else { return [] }
        let list = missing.map { "'\($0)'" }.joined(separator: ", ")
        let noun = missing.count == 1 ? "column" : "columns"
        return [
            ValidationIssue(
                "missing \(noun) \(list) in the header; expected \(file.requiredColumns.joined(separator: ","))",
                at: SourceLocation(file: table.file, line: 1))
        ]
    }
}
