import Foundation

/// Documents per second and megabytes per second of a parallel run.
struct Throughput {
    var seconds: Double
    /// CPU time of the whole process during the run, all threads: the
    /// figure to compare when other work shares the machine.
    var cpuSeconds: Double
    var bytes: Int

    /// Runs `body` for every index on `workers` threads and times it.
    static func measure(
        count: Int, workers: Int, progress: ProgressLine?, _ body: @escaping @Sendable (Int) throws -> Int
    ) -> Throughput {
        let tally = Tally()
        let cpuStart = processCPUSeconds()
        let start = ContinuousClock.now
        let threads = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var local = 0
            var index = worker
            var sinceReport = 0
            while index < count {
                do {
                    local += try body(index)
                } catch {
                    fatalError("Benchmark failed: \(error)")
                }
                index += threads
                sinceReport += 1
                if sinceReport == 500 {
                    progress?.update(tally.add(documents: sinceReport, bytes: 0), of: count)
                    sinceReport = 0
                }
            }
            _ = tally.add(documents: sinceReport, bytes: local)
        }
        progress?.update(count, of: count)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Throughput(seconds: seconds, cpuSeconds: processCPUSeconds() - cpuStart, bytes: tally.bytes)
    }

    func summary(_ documents: Int) -> String {
        let megabytes = Double(bytes) / 1_048_576
        return String(
            format:
                "%d documents, %.1f MB in %.2f s: %.0f documents/s, %.1f MB/s (%.1f KB per document); CPU %.2f s: %.0f documents/CPU-s, %.1f MB/CPU-s",
            documents, megabytes, seconds, Double(documents) / seconds, megabytes / seconds,
            Double(bytes) / 1024 / Double(max(1, documents)), cpuSeconds, Double(documents) / cpuSeconds,
            megabytes / cpuSeconds)
    }
}

/// The CPU time this process has used so far, all threads.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Counters shared by the benchmark threads.
///
/// `@unchecked Sendable`: both fields are only touched under `lock`.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var documents = 0
    private var byteCount = 0

    /// Adds to the counters and returns the documents done so far.
    func add(documents count: Int, bytes: Int) -> Int {
        lock.withLock {
            documents += count
            byteCount += bytes
            return documents
        }
    }

    var bytes: Int { lock.withLock { byteCount } }
}

/// Wall-clock laps, printed as `1.23 s`.
struct Stopwatch {
    private var last = ContinuousClock.now

    mutating func lap() -> String {
        let now = ContinuousClock.now
        let elapsed = now - last
        last = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return String(format: "%.2f s", seconds)
    }
}

/// A progress bar on standard error, on a terminal or when forced.
final class ProgressLine: @unchecked Sendable {
    // @unchecked Sendable: `shown` is only touched under `lock`.
    private let lock = NSLock()
    private let label: String
    private let enabled: Bool
    private var shown = -1

    init(label: String, force: Bool) {
        self.label = label
        enabled = force || isatty(2) == 1
    }

    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        let line: String? = lock.withLock {
            guard percent != shown else { return nil }
            shown = percent
            let filled = percent / 5
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 20 - filled)
            return "\r[\(bar)] \(percent)% \(done)/\(total) \(label)" + (done >= total ? "\n" : "")
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
