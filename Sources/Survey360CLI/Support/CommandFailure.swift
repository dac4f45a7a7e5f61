import ArgumentParser
import Survey360Core
import Survey360Import

/// A command that could not do its work for a reason other than how it was
/// called: an unknown campaign, a refused step of the life cycle, a file
/// that cannot be read.
///
/// Argument parser prints such an error as `Error: message` and exits with
/// status 1, without the usage text: the usage is for mistakes in the
/// command line itself, which stay `ValidationError`s (exit status 64).
///
/// ```swift
/// guard let campaign = try await store.campaign(id) else {
///     throw CommandFailure("No campaign '\(id)' in 'survey360.sqlite'; 'survey360 campaign list' shows them")
/// }
/// ```
struct CommandFailure: Error, CustomStringConvertible {
    /// Sentence case, the offending value in single quotes, what to do.
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

// MARK: - Lists of problems

extension CommandFailure {
    static func report(_ error: ImportError, what: String) -> ExitCode {
        report(error.issues, summaryPrefix: "\(what) failed: ")
    }

    /// Prints every issue the way compilers do, `error: file:line: message`,
    /// then one summary line, and ends the command with status 1 so that
    /// scripts and CI notice.
    static func report(_ issues: [ValidationIssue], summaryPrefix: String = "") -> ExitCode {
        let console = Console.current
        for issue in issues { console.printError("error: \(issue)") }
        console.printError("\(summaryPrefix)\(counted(issues.count, "problem")); nothing was stored")
        return ExitCode(1)
    }
}
