import Foundation
import Survey360Core

/// One line of a campaign's audit log: who did what, when.
///
/// The log records decisions (created, assigned, launched, a pair added),
/// never answers or who answered: it is shown to HR and auditors.
public struct AuditEvent: Hashable, Sendable, Codable {
    public var campaignID: CampaignID
    /// Who acted: an operating-system user for the command line, an
    /// administrator's name on the web.
    public var actor: String
    /// What happened, in a word: `created`, `assigned`, `launched`, `closed`.
    public var action: String
    /// Details a person can read: counts, the new state, the rule changed.
    public var detail: String
    public var date: Date

    public init(campaignID: CampaignID, actor: String, action: String, detail: String = "", date: Date = Date()) {
        self.campaignID = campaignID
        self.actor = actor
        self.action = action
        self.detail = detail
        self.date = date
    }
}
