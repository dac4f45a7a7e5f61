import ArgumentParser
import Foundation
import Survey360Reports

/// `survey360 keys generate --out DIR`: the Ed25519 key pair that signs
/// audit archives.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create the key pair that signs audit archives.",
        subcommands: [KeysGenerateCommand.self]
    )
}

struct KeysGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate an Ed25519 signing key pair.",
        discussion: """
            Writes survey360-signing-key.pem (private, readable by its owner only) and \
            survey360-signing-key.pub.pem. Existing keys are never overwritten. Give auditors \
            the public key, or its fingerprint, through a channel other than the archive.
            """
    )

    @Option(help: ArgumentHelp("The folder for the two key files.", valueName: "directory"))
    var out: String = "keys"

    func run() async throws {
        do {
            let publicKey = try SigningKeys.generate(to: URL(fileURLWithPath: out))
            Console.current.print("Wrote \(out)/\(SigningKeys.privateKeyFile) and \(out)/\(SigningKeys.publicKeyFile)")
            Console.current.print("Fingerprint: \(SigningKeys.fingerprint(of: publicKey))")
        } catch let error as ArchiveError {
            throw CommandFailure(error.description)
        }
    }
}
