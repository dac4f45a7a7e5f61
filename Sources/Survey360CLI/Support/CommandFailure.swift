import ArgumentParser
import Survey360Import

/// Prints a list of problems the way compilers do and ends the command with
/// a non-zero status, so that scripts and CI notice.
enum CommandFailure {
    static func report(_ error: ImportError, what: String) -> ExitCode {
        let console = Console.current
        for issue in error.issues { console.printError("error: \(issue)") }
        let count = error.issues.count
        console.printError("\(what) failed: \(count) \(count == 1 ? "problem" : "problems"); nothing was stored")
        return ExitCode(1)
    }
}
