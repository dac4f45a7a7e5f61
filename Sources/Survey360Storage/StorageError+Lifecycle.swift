import Survey360Core

/// The life-cycle checks every store makes inside its transactions, in one
/// place so that the stores refuse the same things with the same words.
extension StorageError {
    /// The refusal of an update made from a copy of the campaign read before
    /// its state moved on: applying it would, say, reopen a closed campaign.
    package static func staleState(of stored: Campaign) -> Self {
        .invalidState("Campaign '\(stored.id)' is \(stored.state.rawValue) now; nothing was changed")
    }

    /// Moves `campaign`, as stored, from `from` to `to`.
    ///
    /// - Throws: `.invalidState` when `to` does not follow `from`, or the
    ///   stored campaign is not in `from`, with the domain's wording
    ///   ("campaign '2026-Q4' is closed; only an open campaign can be closed").
    package static func checkTransition(
        of campaign: inout Campaign, from: CampaignState, to: CampaignState
    ) throws {
        guard from.next == to else {
            throw invalidState("A campaign never moves from \(from.rawValue) to \(to.rawValue)")
        }
        do {
            try campaign.transition(to: to)
        } catch let error as CampaignError {
            let message = error.issues.first?.message ?? error.description
            throw invalidState(message.prefix(1).uppercased() + message.dropFirst())
        }
    }

    /// Assignments were stored before any organisation was imported.
    package static let noOrganisation = notFound(
        "No organisation has been imported; run 'survey360 org import DIR' first")

    /// Assignments name an organisation version the store does not have.
    package static func noOrganisationVersion(_ number: Int) -> Self {
        notFound("No organisation version \(number); 'survey360 org history' lists them")
    }
}
