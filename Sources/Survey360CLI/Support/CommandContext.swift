import ArgumentParser
import Foundation
import Survey360Core
import Survey360Storage

/// What most commands start from: the store, the organisation and a
/// campaign, each loaded with an error that says what to do when missing.
struct CommandContext {
    let store: any SurveyStore
    let options: StoreOptions

    init(_ options: StoreOptions) throws {
        self.options = options
        store = try options.open()
    }

    /// A context over a store that is already open (the web server's).
    init(store: any SurveyStore, options: StoreOptions) {
        self.options = options
        self.store = store
    }

    func organisation() async throws -> Organisation {
        guard let organisation = try await store.organisation() else {
            throw CommandFailure("No organisation in '\(options.displayName)'; run 'survey360 org import DIR' first")
        }
        return organisation
    }

    /// The organisation `campaign` is bound to (the version its assignments
    /// were drawn from), or the current one before it is assigned.
    func organisation(for campaign: Campaign) async throws -> Organisation {
        if let organisation = try await store.organisation(for: campaign) { return organisation }
        return try await organisation()
    }

    /// The current organisation version's number and directory, read together.
    func currentOrganisation() async throws -> (version: Int, organisation: Organisation) {
        if let number = try await store.organisationVersions().last?.number,
            let organisation = try await store.organisation(version: number)
        {
            return (number, organisation)
        }
        throw StorageError.noOrganisation
    }

    func campaign(_ id: String) async throws -> Campaign {
        guard let campaign = try await store.campaign(CampaignID(id)) else {
            throw CommandFailure(
                "No campaign '\(id)' in '\(options.displayName)'; 'survey360 campaign list' shows them")
        }
        return campaign
    }

    /// An audit event by whoever runs the command.
    func event(_ campaign: CampaignID, _ action: String, _ detail: String = "") -> AuditEvent {
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        return AuditEvent(campaignID: campaign, actor: "\(user) (command line)", action: action, detail: detail)
    }
}
