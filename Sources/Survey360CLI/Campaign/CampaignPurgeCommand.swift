import ArgumentParser
import Crypto
import Foundation
import Survey360Core
import Survey360Reports

/// `survey360 campaign purge ID --archive DIR --trusted-key PEM`: the end of
/// a campaign's personal data, once its audit archive is known to be good.
struct CampaignPurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete an archived campaign's answers, comments and assignments, after verifying its archive.",
        discussion: """
            The archive is verified first, exactly as 'survey360 verify' does with --trusted-key, \
            and must hold this campaign's documents; otherwise nothing is deleted. The campaign, \
            its questionnaire and its audit log stay, with an event saying who purged it. After \
            a purge the campaign's reports can no longer be written again: the archive is the record.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The campaign's audit archive folder.", valueName: "directory"))
    var archive: String

    @Option(help: ArgumentHelp("The public key the archive must be signed with.", valueName: "pem"))
    var trustedKey: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        guard campaign.state == .archived else {
            throw fail(
                "campaign '\(campaign.id)' is \(campaign.state.rawValue); only an archived campaign can be purged")
        }
        let key: Curve25519.Signing.PublicKey
        do {
            key = try SigningKeys.loadPublicKey(from: URL(fileURLWithPath: trustedKey))
        } catch let error as ArchiveError {
            throw fail(error.description)
        }
        let folder = URL(fileURLWithPath: archive)
        let failures = AuditArchive.verify(folder, trustedKey: key)
        guard failures.isEmpty else {
            for failure in failures { Console.current.printError("error: \(failure)") }
            throw fail("\(archive): verification failed, so campaign '\(campaign.id)' was not purged")
        }
        guard try holdsDocuments(of: campaign.id, in: folder) else {
            throw fail("\(archive) is not an archive of campaign '\(campaign.id)'; nothing was purged")
        }
        try await context.store.purgeCampaign(
            campaign.id, event: context.event(campaign.id, "purged", "answers deleted after verifying \(archive)"))
        Console.current.print("Purged campaign '\(campaign.id)': its answers, comments and assignments are deleted")
    }

    /// Prints `message` as an error; the command then ends with status 1,
    /// without the usage text, since the command line was right.
    private func fail(_ message: String) -> ExitCode {
        Console.current.printError("error: \(message)")
        return ExitCode(1)
    }

    /// Whether the archive's documents are reports of `campaign`: each
    /// report's `campaign` element carries the campaign's id (attributes in
    /// any order, as canonical XML sorts them).
    private func holdsDocuments(of campaign: CampaignID, in folder: URL) throws -> Bool {
        let documents = folder.appending(path: "documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: documents.path).filter { $0.hasSuffix(".xml") }
        let id = " id=\"\(campaign.rawValue)\""
        return !names.isEmpty
            && names.allSatisfy { name in
                guard let text = try? String(contentsOf: documents.appending(path: name), encoding: .utf8),
                    let start = text.range(of: "<campaign "),
                    let end = text[start.upperBound...].firstIndex(of: ">")
                else { return false }
                return text[start.lowerBound..<end].contains(id)
            }
    }
}
