/// Where a campaign stands for its raters.
public enum AnswerWindow: Hashable, Sendable {
    /// Not launched yet: raters have no links and nothing can be answered.
    case notYetOpen
    /// Answers are accepted, in the browser and by import.
    case open
    /// Closed or archived: every answer is final.
    case over
}

extension Campaign {
    /// Whether the campaign accepts answers now, and if not whether it has
    /// yet to open or is over: the one place that says so, read by the web
    /// server, the importers and the commands alike. It follows the life
    /// cycle's rule for ``CampaignAction/answer``, so `require(.answer)`
    /// refuses exactly when this is not `.open`.
    public var answerWindow: AnswerWindow {
        let states = CampaignState.allCases
        let needed = CampaignAction.answer.requiredState
        if state == needed { return .open }
        return states.firstIndex(of: state)! < states.firstIndex(of: needed)! ? .notYetOpen : .over
    }
}
