import Crypto
import Foundation
import Survey360Core

/// One imported state of the organisation directory, as HR's history of it.
///
/// Every `org import` that changes something adds a version; none is ever
/// overwritten, because a closed quarter must be re-derivable from the
/// directory it was run on, and managers compare quarters person by person.
public struct OrganisationVersion: Hashable, Sendable, Codable {
    /// 1 for the first import, then one more for each import that changed something.
    public var number: Int
    /// When the import was stored.
    public var imported: Date
    /// The files the version was read from, with their SHA-256; empty for a
    /// version that did not come from files (a simulation, or the
    /// organisation of a database made before versions existed).
    public var files: [ImportedFile]
    public var counts: OrganisationCounts

    public init(number: Int, imported: Date, files: [ImportedFile], counts: OrganisationCounts) {
        self.number = number
        self.imported = imported
        self.files = files
        self.counts = counts
    }
}

/// A file an organisation version was read from.
public struct ImportedFile: Hashable, Sendable, Codable {
    /// The file's name inside the import folder: `people.csv`.
    public var name: String
    /// The SHA-256 of the file's bytes, in lowercase hexadecimal, so that an
    /// auditor can tell which export a quarter was run on.
    public var sha256: String

    public init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }

    /// The record of a file with these `contents`.
    public init(name: String, contents: Data) {
        self.name = name
        sha256 = SHA256.hash(data: contents).map { String(format: "%02x", $0) }.joined()
    }
}

/// How big an organisation version is: what `org history` lists.
public struct OrganisationCounts: Hashable, Sendable, Codable {
    public var people: Int
    public var departments: Int
    /// People with a manager.
    public var reportingLines: Int
    public var services: Int
    public var processes: Int
    public var processStages: Int

    public init(
        people: Int, departments: Int, reportingLines: Int, services: Int, processes: Int, processStages: Int
    ) {
        self.people = people
        self.departments = departments
        self.reportingLines = reportingLines
        self.services = services
        self.processes = processes
        self.processStages = processStages
    }

    /// The counts of `organisation`.
    public init(_ organisation: Organisation) {
        self.init(
            people: organisation.people.count, departments: organisation.departments.count,
            reportingLines: organisation.people.filter { $0.managerID != nil }.count,
            services: organisation.services.count, processes: organisation.processes.count,
            processStages: organisation.processes.reduce(0) { $0 + $1.stages.count })
    }
}

/// What storing an imported organisation did.
public enum OrganisationImportOutcome: Hashable, Sendable {
    /// The organisation differed from the current version and is now the
    /// current one.
    case added(OrganisationVersion)
    /// The organisation is the current version's, record for record:
    /// nothing was stored.
    case unchanged(OrganisationVersion)

    /// The current version after the import.
    public var version: OrganisationVersion {
        switch self {
        case .added(let version), .unchanged(let version): version
        }
    }
}
