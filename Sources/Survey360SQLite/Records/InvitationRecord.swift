import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// A row of `invitation`: a token's hash, never the token.
struct InvitationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "invitation"

    var tokenHash: Data
    var campaignID: String
    var raterID: String

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash"
        case campaignID = "campaign_id"
        case raterID = "rater_id"
    }

    init(_ invitation: Invitation) {
        tokenHash = invitation.tokenHash
        campaignID = invitation.campaignID.rawValue
        raterID = invitation.raterID.rawValue
    }

    var invitation: Invitation {
        Invitation(campaignID: CampaignID(campaignID), raterID: PersonID(raterID), tokenHash: tokenHash)
    }
}
