import Foundation
import Survey360Core
import Survey360Storage

/// Writes a campaign's report documents and validates each one once, batch
/// by batch, so that no step holds a whole report set in memory.
///
/// A batch is produced on every core; a document that fails `report.xsd`
/// stops the run before anything of its batch is stored or written.
struct ReportProducer: Sendable {
    /// Documents per batch: enough to keep every core busy, few enough
    /// that a batch of the largest documents stays small.
    static let batchSize = 256

    let context: ReportContext
    let validator: ReportValidator

    /// The documents of `selection`, the campaign document last: its
    /// presence in the store marks a complete report set.
    ///
    /// - Throws: `ReportError` `.unknownSubject` for a person or department
    ///   without a report.
    func plan(_ selection: ReportPublisher.Selection) throws -> [ReportJob] {
        var jobs: [ReportJob] = []
        if selection.isEverything {
            jobs.append(ReportJob(kind: .organisation, key: StoredReport.Key(.organisation)))
        }
        let departments = selection.departments ?? (selection.isEverything ? context.departments : [])
        for department in departments {
            guard let index = context.index(of: department) else {
                throw ReportError(
                    .unknownSubject,
                    "No scorecard for department '\(department)' in campaign '\(context.campaign.id)'")
            }
            jobs.append(ReportJob(kind: .department(index), key: StoredReport.Key(.department, department.rawValue)))
        }
        let people = selection.people ?? (selection.isEverything ? context.peopleRated : [])
        for person in people {
            guard let index = context.index(of: person) else {
                throw ReportError(
                    .unknownSubject, "No personal report for '\(person)' in campaign '\(context.campaign.id)'")
            }
            jobs.append(ReportJob(kind: .person(index), key: StoredReport.Key(.person, person.rawValue)))
        }
        if selection.isEverything {
            jobs.append(ReportJob(kind: .campaign, key: StoredReport.Key(.campaign)))
        }
        return jobs
    }

    /// Writes and validates the documents of `jobs`, in their order.
    ///
    /// - Throws: `ReportError` `.invalidDocument` for a document that does
    ///   not match the schema.
    func documents(_ jobs: ArraySlice<ReportJob>) throws -> [StoredReport] {
        let writer = ReportWriter(context: context)
        let campaign = context.campaign.id
        let jobs = Array(jobs)
        return try WorkQueue.map(jobs.count) { [validator] index in
            let job = jobs[index]
            let xml = try job.xml(writer)
            try validator.check(xml, name: job.key.file + ".xml")
            return StoredReport(campaign: campaign, key: job.key, bytes: xml)
        }
    }
}
