import Survey360Core

/// The kinds of campaign data a store changes, each allowed only in some
/// states of the campaign's life cycle.
///
/// A store checks the campaign's state inside the very transaction that
/// writes, never before it: a check made earlier can be overtaken by a
/// `campaign close` running at the same time, and an answer would then land
/// after the close reported its count.
public enum CampaignWrite: Hashable, Sendable, CaseIterable {
    /// Drafts and submissions: only while the campaign is open.
    case answers
    /// Who rates whom, and the organisation version they were drawn from:
    /// only before launch.
    case assignments
    /// Raters' links: stored at launch and reissued by reminders, so in a
    /// draft or an open campaign.
    case invitations
    /// The questionnaire raters fill in: frozen at launch.
    case questionnaire

    /// The states in which the write is allowed.
    public var allowedStates: Set<CampaignState> {
        switch self {
        case .answers: [.open]
        case .assignments, .questionnaire: [.draft]
        case .invitations: [.draft, .open]
        }
    }

    /// Checks that a campaign in `state` accepts this write.
    ///
    /// - Throws: ``StorageError`` `.invalidState` naming the campaign and
    ///   its state.
    public func require(_ state: CampaignState, of campaign: CampaignID) throws {
        guard !allowedStates.contains(state) else { return }
        throw StorageError.invalidState("Campaign '\(campaign)' is \(state.rawValue); \(refusal)")
    }

    private var refusal: String {
        switch self {
        case .answers: "answers are accepted only while it is open"
        case .assignments: "assignments can change only before launch"
        case .invitations: "invitations can change only until it closes"
        case .questionnaire: "the questionnaire can change only before launch"
        }
    }
}
