import CLibFuzzer
import Foundation

/// Runs libFuzzer on one parser.
///
/// A parser may refuse any input (that is what it is for); what it may not
/// do is crash, hang, run out of memory, read memory it should not (which
/// AddressSanitizer turns into a crash) or break one of its own promises,
/// which each target checks with ``Fuzzer/require(_:_:)``.
public enum Fuzzer {
    /// The parser under test; set once, before libFuzzer starts.
    nonisolated(unsafe) fileprivate static var body: (Data) -> Void = { _ in }

    /// Hands the process's command line to libFuzzer and feeds `body` every
    /// input it makes, then exits with libFuzzer's status.
    ///
    /// Run with `SWIFT_BACKTRACE=enable=no` (as `scripts/fuzz` does): the
    /// Swift runtime's backtracer reads memory that AddressSanitizer reports
    /// as a bug of its own, and libFuzzer prints the stack anyway.
    public static func run(_ body: @escaping (Data) -> Void) -> Never {
        Self.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }

    /// Stops the run with `message` when a parser breaks a promise: libFuzzer
    /// keeps the input that did it as a crash file.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}

/// libFuzzer's callback. Its `main`, which the toolchain's fuzzer library
/// also links in, needs a function of this name, though SwiftPM's entry
/// point (the target's `main.swift`) is the one that runs.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzer.body(start.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
