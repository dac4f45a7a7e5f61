/// What HR does to a campaign, each allowed in one state only.
public enum CampaignAction: String, CaseIterable, Hashable, Sendable {
    /// Assign raters, or edit the assignment: only before launch, because
    /// raters receive their links when the campaign opens.
    case assign
    /// Launch: send the links.
    case open
    /// Accept answers, in the browser or by import.
    case answer
    /// Stop accepting answers.
    case close
    /// Aggregate and publish reports: only on a closed campaign, so that
    /// every report of a quarter is computed from the same answers.
    case report
    /// Freeze the campaign for the audit archive.
    case archive

    /// The state the campaign must be in.
    public var requiredState: CampaignState {
        switch self {
        case .assign, .open: .draft
        case .answer, .close: .open
        case .report, .archive: .closed
        }
    }

    /// The state the campaign moves to, for actions that move it.
    public var resultingState: CampaignState? {
        switch self {
        case .open: .open
        case .close: .closed
        case .archive: .archived
        case .assign, .answer, .report: nil
        }
    }

    /// How the refusal names the action: "only a draft campaign can be
    /// *assigned*".
    var pastParticiple: String {
        switch self {
        case .assign: "assigned"
        case .open: "opened"
        case .answer: "answered"
        case .close: "closed"
        case .report: "reported on"
        case .archive: "archived"
        }
    }
}

/// The campaign's life cycle, draft → open → closed → archived, with one
/// place that says what each state allows, so that the command line, the
/// web server and the importers refuse the same things with the same words.
///
/// ```swift
/// var campaign = try CampaignDefaults.campaign(for: "2026-Q4")
/// try campaign.require(.assign)         // fine: a draft
/// try campaign.perform(.open)           // now open
/// try campaign.require(.assign)         // throws: campaign '2026-Q4' is open; only a draft campaign can be assigned
/// ```
extension Campaign {
    /// Checks that the campaign's state allows `action`.
    ///
    /// - Throws: ``CampaignError`` with code `invalidState`, naming the
    ///   campaign, its state and the state the action needs.
    public func require(_ action: CampaignAction) throws {
        let needed = action.requiredState
        guard state != needed else { return }
        let article = needed == .open || needed == .archived ? "an" : "a"
        throw CampaignError(
            .invalidState,
            "campaign '\(id)' is \(state.rawValue); only \(article) \(needed.rawValue) campaign can be \(action.pastParticiple)"
        )
    }

    /// Performs a state-changing action: open, close or archive.
    ///
    /// - Throws: ``CampaignError`` with code `invalidState` when the state
    ///   does not allow it, or when `action` does not change the state.
    public mutating func perform(_ action: CampaignAction) throws {
        guard let target = action.resultingState else {
            throw CampaignError(
                .invalidState, "'\(action.rawValue)' does not change a campaign's state")
        }
        try require(action)
        state = target
    }

    /// Moves the campaign to `target`, which must be the state right after
    /// the current one.
    ///
    /// - Throws: ``CampaignError`` with code `invalidState`; a campaign never
    ///   returns to an earlier state, and never skips one.
    public mutating func transition(to target: CampaignState) throws {
        guard let action = CampaignAction.allCases.first(where: { $0.resultingState == target }) else {
            throw CampaignError(
                .invalidState, "campaign '\(id)' is \(state.rawValue); a campaign never returns to draft")
        }
        try perform(action)
    }
}
