import Foundation
import Testing

/// The program as built allocates with jemalloc, not glibc's allocator (see
/// the `survey360` target in Package.swift), and so do the libraries it
/// calls: the dynamic loader, told to resolve every symbol at start and to
/// say where, binds the `malloc` and `free` of the Swift runtime, libxml2
/// (and so libxslt, which allocates through it) and SQLite to jemalloc.
@Suite struct AllocatorTests {
    @Test func theProgramAndItsCLibrariesAllocateWithJemalloc() throws {
        let outcome = try InstalledProgramTests.run(
            InstalledProgramTests.built, ["--version"], in: try CommandRunner.temporaryDirectory(),
            environment: ["LD_BIND_NOW": "1", "LD_DEBUG": "bindings"])
        #expect(outcome.status == 0)
        // The loader writes what it bound to standard error.
        let bindings = outcome.errors.split(separator: "\n")
        for library in ["libswiftCore.so", "libxml2.so.2", "libsqlite3.so.0"] {
            for symbol in ["malloc", "free"] {
                let binding = bindings.first { $0.contains("/\(library) ") && $0.contains("symbol `\(symbol)'") }
                #expect(binding?.contains("/libjemalloc.so.2 ") == true, "\(library) \(symbol): \(binding ?? "none")")
            }
        }
    }
}
