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

    /// Resolves a link's token, counting failures against the client.
    ///
    /// The token is hashed and looked up by its hash, then the stored hash is
    /// compared in constant time, so neither the lookup nor the comparison
    /// tells an attacker how close a guess was. Malformed tokens are refused
    /// before any database work.
    ///
    /// - Throws: ``WebError`` `.tooManyRequests` after too many failures,
    ///   `.notFound` for an unknown link, `.notOpen` before the campaign opens,
    ///   `.gone` once it has closed.
    static func resolve(_ tokenText: String, client: String, services: WebServices) async throws -> RaterVisit {
        guard await services.tokenFailures.isAllowed(client) else { throw WebError.tooManyRequests }
        guard let token = RaterToken(linkText: tokenText) else {
            await services.tokenFailures.recordFailure(client)
            throw WebError.notFound
        }
        let hash = token.hash
        guard let invitation = try await services.store.invitation(forTokenHash: hash),
            ConstantTime.equals(invitation.tokenHash, hash),
            let campaign = try await services.store.campaign(invitation.campaignID)
        else {
            await services.tokenFailures.recordFailure(client)
            throw WebError.notFound
        }
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
