import Foundation

/// One timed step of the benchmark: CPU seconds (user + system) and wall
/// seconds, of this process or of a reference tool run as a child.
struct TimedStep {
    var name: String
    var cpu: Double
    var wall: Double

    private static let clock = ContinuousClock()

    /// Times `body` in this process.
    static func measure<T>(_ name: String, _ body: () async throws -> T) async rethrows -> (T, TimedStep) {
        let cpu = cpuSeconds(RUSAGE_SELF.rawValue)
        let start = clock.now
        let value = try await body()
        return (value, TimedStep(name: name, cpu: cpuSeconds(RUSAGE_SELF.rawValue) - cpu, wall: seconds(since: start)))
    }

    /// Runs a reference tool to completion and times it as a child.
    static func child(_ name: String, _ executable: String, _ arguments: [String]) throws -> TimedStep {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.standardOutput = FileHandle.nullDevice
        let cpu = cpuSeconds(RUSAGE_CHILDREN.rawValue)
        let start = clock.now
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(executable) failed"])
        }
        return TimedStep(name: name, cpu: cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpu, wall: seconds(since: start))
    }

    /// The peak resident memory of this process.
    static func peakMemoryMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0) / 1024
        }
        return 0
    }

    private static func cpuSeconds(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(who), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let wall = clock.now - start
        return Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
    }
}
