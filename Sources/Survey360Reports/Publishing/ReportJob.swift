import Foundation
import Survey360Storage

/// One document of a report set to write: which subject, by its index in
/// the scores, and the key it is stored under.
struct ReportJob: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case campaign, organisation
        case department(Int)
        case person(Int)
    }

    let kind: Kind
    let key: StoredReport.Key

    func xml(_ writer: ReportWriter) throws -> Data {
        switch kind {
        case .campaign: try writer.campaignDocument()
        case .organisation: try writer.organisationDocument()
        case .department(let index): try writer.departmentDocument(at: index)
        case .person(let index): try writer.personDocument(at: index)
        }
    }
}
