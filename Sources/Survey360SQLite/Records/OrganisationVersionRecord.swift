import Foundation
import GRDB
import Survey360Storage

/// A row of `organisation_version`: when a version was imported, from which
/// files, and how big it is, so that `org history` reads no person rows.
struct OrganisationVersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "organisation_version"

    var number: Int
    var imported: Date
    var files: [ImportedFile]
    var people: Int
    var departments: Int
    var reportingLines: Int
    var services: Int
    var processes: Int
    var processStages: Int

    enum CodingKeys: String, CodingKey {
        case number, imported, files, people, departments, services, processes
        case reportingLines = "reporting_lines"
        case processStages = "process_stages"
    }

    init(_ version: OrganisationVersion) {
        number = version.number
        imported = version.imported
        files = version.files
        let counts = version.counts
        people = counts.people
        departments = counts.departments
        reportingLines = counts.reportingLines
        services = counts.services
        processes = counts.processes
        processStages = counts.processStages
    }

    var version: OrganisationVersion {
        OrganisationVersion(
            number: number, imported: imported, files: files,
            counts: OrganisationCounts(
                people: people, departments: departments, reportingLines: reportingLines, services: services,
                processes: processes, processStages: processStages))
    }
}
