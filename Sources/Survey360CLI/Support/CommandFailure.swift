import ArgumentParser
import Survey360Core
import Survey360Import

/// Prints a list of problems the way compilers do and ends the command with
/// a non-zero status, so that scripts and CI notice.
enum CommandFailure {
    static func report(_ error: ImportError, what: String) -> ExitCode {
        report(error.issues, summaryPrefix: "\(what) failed: ")
    }

    /// Every issue as `error: file:line: message`, then one summary line.
    static func report(_ issues: [ValidationIssue], summaryPrefix: String = "") -> ExitCode {
        let console = Console.current
        for issue in issues { console.printError("error: \(issue)") }
        console.printError("\(summaryPrefix)\(counted(issues.count, "problem")); nothing was stored")
        return ExitCode(1)
    }
}
