import Survey360Core
import Survey360Storage

/// Everything a rater's request needs, found from the token in the link.
struct RaterVisit: Sendable {
    let invitation: Invitation
    let campaign: Campaign
    let questionnaire: Questionnaire
    /// The rater's questionnaires, ordered by person rated: the position in
    /// this list (from 1) is the questionnaire's number in the link.
    let assignments: [Assignment]

    /// The assignment numbered `number` in the link.
    func assignment(number: String) throws -> Assignment {
        guard let index = Int(number), assignments.indices.contains(index - 1) else { throw WebError.notFound }
        return assignments[index - 1]
    }

    /// Resolves a link's token, counting unknown links against the client.
    ///
    /// The token is hashed and looked up by its hash, then the stored hash is
    /// compared in constant time, so neither the lookup nor the comparison
    /// tells an attacker how close a guess was. Malformed tokens are refused
    /// before any database work.
    ///
    /// A link that resolves is served even to an address that has failed too
    /// often: many raters may share that address (an office's NAT, a proxy),
    /// and 128 random bits cannot be guessed at any rate. Past the limit an
    /// unknown link is answered 429, which tells a scanner to stop.
    ///
    /// - Throws: ``WebError`` `.tooManyRequests` for an unknown link after too
    ///   many failures, `.notFound` for an unknown link, `.notOpen` before the
    ///   campaign opens, `.gone` once it has closed.
    static func resolve(_ tokenText: String, client: String, services: WebServices) async throws -> RaterVisit {
        let limit = services.limits.link(from: client)
        func unknownLink() async -> WebError {
            if await services.failures.isBlocked(limit.key, maximum: limit.maximum) { return .tooManyRequests }
            await services.failures.recordFailure(limit.key)
            return .notFound
        }
        guard let token = RaterToken(linkText: tokenText) else { throw await unknownLink() }
        let hash = token.hash
        guard let invitation = try await services.store.invitation(forTokenHash: hash),
            ConstantTime.equals(invitation.tokenHash, hash),
            let campaign = try await services.store.campaign(invitation.campaignID)
        else { throw await unknownLink() }
        switch campaign.answerWindow {
        case .notYetOpen: throw WebError.notOpen
        case .over: throw WebError.gone
        case .open: break
        }
        guard let questionnaire = try await services.store.questionnaire(for: campaign.id) else {
            throw WebError.notOpen
        }
        let assignments = try await services.store.assignments(in: campaign.id, rater: invitation.raterID)
        return RaterVisit(
            invitation: invitation, campaign: campaign, questionnaire: questionnaire, assignments: assignments)
    }
}
