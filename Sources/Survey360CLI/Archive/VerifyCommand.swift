import ArgumentParser
import Crypto
import Foundation
import Survey360Reports

/// `survey360 verify DIR`: an auditor's check of an archive.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify an audit archive: signature, every hash, and every document against its schema.",
        discussion: """
            Names every file that fails and exits with status 1; any change to any byte of \
            any file, a missing file or an added one is detected. With --trusted-key the \
            archive must also be signed with that public key.
            """
    )

    @Argument(help: ArgumentHelp("The archive folder.", valueName: "directory"))
    var directory: String

    @Option(help: ArgumentHelp("The public key the archive must be signed with.", valueName: "pem"))
    var trustedKey: String?

    func run() async throws {
        let key: Curve25519.Signing.PublicKey?
        do {
            key = try trustedKey.map { try SigningKeys.loadPublicKey(from: URL(fileURLWithPath: $0)) }
        } catch let error as ArchiveError {
            throw CommandFailure(error.description)
        }
        let failures = AuditArchive.verify(URL(fileURLWithPath: directory), trustedKey: key)
        guard failures.isEmpty else {
            for failure in failures { Console.current.printError("error: \(failure)") }
            Console.current.printError("\(directory): verification failed, \(counted(failures.count, "problem"))")
            throw ExitCode(1)
        }
        Console.current.print("\(directory): verified; signature, hashes and schemas are intact")
    }
}
