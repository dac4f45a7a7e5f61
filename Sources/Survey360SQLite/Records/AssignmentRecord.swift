import GRDB
import Survey360Core
import Survey360Storage

/// A row of `assignment`.
struct AssignmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assignment"

    var campaignID: String
    var rateeID: String
    var raterID: String
    var group: String

    enum CodingKeys: String, CodingKey {
        case campaignID = "campaign_id"
        case rateeID = "ratee_id"
        case raterID = "rater_id"
        case group = "rater_group"
    }

    init(_ assignment: Assignment, in campaign: CampaignID) {
        campaignID = campaign.rawValue
        rateeID = assignment.rateeID.rawValue
        raterID = assignment.raterID.rawValue
        group = assignment.group.rawValue
    }

    func assignment() throws -> Assignment {
        guard let group = RaterGroup(rawValue: group) else {
            throw StorageError.corrupt("an assignment has an unknown group '\(self.group)'")
        }
        return Assignment(rater: PersonID(raterID), ratee: PersonID(rateeID), group: group)
    }
}
