import Foundation
import Survey360Core

/// A rater's secret link, as stored: the SHA-256 of the token, never the
/// token itself, so that a copy of the database opens no questionnaire.
public struct Invitation: Hashable, Sendable, Codable {
    public var campaignID: CampaignID
    public var raterID: PersonID
    public var tokenHash: Data

    public init(campaignID: CampaignID, raterID: PersonID, tokenHash: Data) {
        self.campaignID = campaignID
        self.raterID = raterID
        self.tokenHash = tokenHash
    }
}
