import Foundation
import Testing

/// The program as installed restarts itself once with glibc's allocator
/// tuned for large steps (huge pages, see `AllocatorTuning` in the
/// executable), and keeps a caller's own `GLIBC_TUNABLES` as given. Seen
/// from outside, in the environment of a running `survey360 serve`.
@Suite struct AllocatorTuningTests {
    /// The start of the tuned setting. Only its start: glibc's loader cuts
    /// the string it has read at the first colon, in place, and /proc shows
    /// what is left.
    static let tuned = "GLIBC_TUNABLES=glibc.malloc.hugetlb=1"

    /// The environment the running program was started with, from /proc.
    static func environment(of server: ServeProcess) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(server.processIdentifier)/environ"))
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    static func hospitalWorkspace() async throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        await workspace.run([
            "org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path,
        ])
        return workspace
    }

    /// `ServeProcess` waits for `/healthz`, so the restarted program serves.
    @Test func startedWithoutTunablesItRunsWithHugePages() async throws {
        let workspace = try await Self.hospitalWorkspace()
        let server = try await ServeProcess(
            database: workspace.database, folder: workspace.directory, removing: ["GLIBC_TUNABLES"])
        defer { server.stop() }
        let environment = try Self.environment(of: server)
        let tunables = environment.filter { $0.hasPrefix("GLIBC_TUNABLES=") }
        #expect(tunables.count == 1 && tunables[0].hasPrefix(Self.tuned), "\(tunables)")
    }

    @Test func theCallersTunablesAreKeptAsGiven() async throws {
        let workspace = try await Self.hospitalWorkspace()
        for given in ["", "glibc.malloc.arena_max=2"] {
            let server = try await ServeProcess(
                database: workspace.database, folder: workspace.directory, environment: ["GLIBC_TUNABLES": given])
            defer { server.stop() }
            let environment = try Self.environment(of: server)
            #expect(environment.filter { $0.hasPrefix("GLIBC_TUNABLES=") } == ["GLIBC_TUNABLES=\(given)"])
        }
    }
}
