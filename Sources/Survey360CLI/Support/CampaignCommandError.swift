import ArgumentParser
import Survey360Core

/// Turns the domain's refusals into command-line errors: a one-line
/// ``CommandFailure`` (exit status 1, no usage text, since the command was
/// called correctly), or every issue of a file, and a non-zero exit.
enum CampaignCommandError {
    static func check<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CampaignError {
            throw report(error)
        }
    }

    static func report(_ error: CampaignError) -> any Error {
        guard error.issues.count > 1 || error.issues.first?.location != nil else {
            return CommandFailure(sentenceCase(error.issues.first?.message ?? error.description))
        }
        return CommandFailure.report(error.issues)
    }

    private static func sentenceCase(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
