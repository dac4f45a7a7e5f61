import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// A row of `audit_event`.
struct AuditEventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_event"

    var campaignID: String
    var actor: String
    var action: String
    var detail: String
    var date: Date

    enum CodingKeys: String, CodingKey {
        case actor, action, detail, date
        case campaignID = "campaign_id"
    }

    init(_ event: AuditEvent) {
        campaignID = event.campaignID.rawValue
        actor = event.actor
        action = event.action
        detail = event.detail
        date = event.date
    }

    var event: AuditEvent {
        AuditEvent(campaignID: CampaignID(campaignID), actor: actor, action: action, detail: detail, date: date)
    }
}
