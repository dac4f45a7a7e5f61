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
            DIR receives documents/ (every XML report in canonical form, C14N), schemas/ (the \
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
            throw ValidationError("Cannot read the signing key '\(key)'; create one with 'survey360 keys generate'")
        }
        let context = try CommandContext(store)
        let loaded = try await CampaignScoringInput.load(id, context: context)
        let scores = CampaignScorer().score(loaded.input)
        let report = ReportContext(
            campaign: loaded.campaign, organisation: loaded.organisation, questionnaire: loaded.questionnaire,
            scores: scores, previousCampaignID: loaded.previous?.id)
        let directory = try templates.directory()
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey360-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            let renderer = try ReportRenderer(templates: directory)
            _ = try ReportPublisher(context: report, renderer: renderer).publish(
                to: staging, formats: [.xml], selection: .everything, progress: { _, _ in })
            let documents = try Self.documents(in: staging)
            try AuditArchive.write(
                documents: documents, schemas: [directory.schema(named: "report.xsd")],
                to: URL(fileURLWithPath: out), signingKey: signingKey)
            Console.current.print(
                "Archived \(counted(documents.count, "document")) of '\(loaded.campaign.id)' in \(out)")
        } catch let error as ReportError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        } catch let error as ArchiveError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
        let campaign = loaded.campaign
        if campaign.state == .closed {
            try await context.store.transition(
                campaign.id, from: .closed, to: .archived,
                event: context.event(campaign.id, "archived", "audit archive written"))
        }
        Console.current.print("Fingerprint of the signing key: \(SigningKeys.fingerprint(of: signingKey.publicKey))")
    }

    /// The XML reports under `folder`, named flat for the archive:
    /// `people/P004.xml` becomes `people-P004.xml`.
    private static func documents(in folder: URL) throws -> [(name: String, data: Data)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var documents: [(name: String, data: Data)] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator where url.pathExtension == "xml" {
            let relative = url.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
            documents.append((relative.replacingOccurrences(of: "/", with: "-"), try Data(contentsOf: url)))
        }
        return documents.sorted { $0.name < $1.name }
    }
}
