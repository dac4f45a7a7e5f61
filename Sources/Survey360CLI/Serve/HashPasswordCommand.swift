import ArgumentParser
import Foundation
import Survey360Web

/// `survey360 hash-password`: the administrator's password hash for
/// SURVEY360_ADMIN_PASSWORD_HASH.
struct HashPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash-password",
        abstract: "Read a password on standard input and print its PBKDF2-SHA256 hash.",
        discussion: """
            export SURVEY360_ADMIN_PASSWORD_HASH="$(survey360 hash-password < password.txt)"
            The password itself is never stored or printed.
            """
    )

    func run() async throws {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("Give the password on standard input")
        }
        Console.current.print(PasswordHash.make(password: line).encoded)
    }
}
