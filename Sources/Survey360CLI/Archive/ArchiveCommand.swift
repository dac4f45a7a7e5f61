import ArgumentParser
import Crypto
import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360XML

/// `survey360 archive ID --out DIR`: the campaign's XML reports as a signed,
/// tamper-evident archive for auditors.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Write a closed campaign's XML reports as a signed audit archive, and archive the campaign.",
        discussion: """
            The archive is made from the XML reports stored by 'survey360 report' (the campaign \
            is reported first if it was not). DIR receives documents/ (every XML report in \
            canonical form, C14N), schemas/ (the \
            XSDs they validate against), MANIFEST.sha256 (the SHA-256 of every file), \
            MANIFEST.sha256.sig (an Ed25519 signature over the manifest) and the public key. \
            'survey360 verify DIR' checks all of it. The archive holds no rater's identity or \
            token. The campaign moves to the archived state; its scores stay readable.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(
        help: ArgumentHelp("The folder to write the archive to; must not exist or be empty.", valueName: "directory"))
    var out: String

    @Option(help: ArgumentHelp("The private signing key from 'survey360 keys generate'.", valueName: "pem"))
    var key: String = "keys/\(SigningKeys.privateKeyFile)"

    @OptionGroup var templates: TemplateOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let signingKey: Curve25519.Signing.PrivateKey
        do {
            signingKey = try SigningKeys.loadPrivateKey(from: URL(fileURLWithPath: key))
        } catch {
            throw CommandFailure("Cannot read the signing key '\(key)'; create one with 'survey360 keys generate'")
        }
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        let directory = try templates.directory()
        do {
            let renderer = try ReportRenderer(templates: directory)
            let recorder = ReportRecorder(
                store: context.store, validator: renderer.validator, pseudonyms: try store.pseudonyms())
            _ = try await recorder.record(id, context: context)
            let count = try await StoredReportArchive(store: context.store, campaign: campaign.id).write(
                to: URL(fileURLWithPath: out), schemas: [directory.schema(named: "report.xsd")],
                signingKey: signingKey)
            Console.current.print("Archived \(counted(count, "document")) of '\(campaign.id)' in \(out)")
        } catch let error as ReportError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        } catch let error as ArchiveError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
        try await context.store.appendAuditEvent(
            context.event(campaign.id, "archive-exported", "every report, signed, to \(out)"))
        if campaign.state == .closed {
            try await context.store.transition(
                campaign.id, from: .closed, to: .archived,
                event: context.event(campaign.id, "archived", "audit archive written"))
        }
        Console.current.print("Fingerprint of the signing key: \(SigningKeys.fingerprint(of: signingKey.publicKey))")
    }
}
