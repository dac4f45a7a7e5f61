import GRDB
import Survey360Core
import Survey360Storage

/// A row of `response`: one questionnaire's answers, as JSON, because they
/// are always read and written whole.
struct ResponseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "response"

    var campaignID: String
    var rateeID: String
    var raterID: String
    var submitted: Bool
    var ratings: [ItemID: Answer]
    var comments: [QuestionID: String]

    enum CodingKeys: String, CodingKey {
        case submitted, ratings, comments
        case campaignID = "campaign_id"
        case rateeID = "ratee_id"
        case raterID = "rater_id"
    }

    init(_ response: Response, in campaign: CampaignID, submitted: Bool) {
        campaignID = campaign.rawValue
        rateeID = response.rateeID.rawValue
        raterID = response.raterID.rawValue
        self.submitted = submitted
        ratings = response.ratings
        comments = response.comments
    }

    var response: Response {
        Response(
            rater: PersonID(raterID), ratee: PersonID(rateeID), ratings: ratings, comments: comments,
            isSubmitted: submitted)
    }
}
