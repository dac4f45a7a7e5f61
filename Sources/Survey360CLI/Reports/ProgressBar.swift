import Foundation

/// A progress bar on standard error for long runs, redrawn in place:
/// `[#########           ] 45% 4,500/10,000 documents`.
///
/// Shown only on a terminal or when asked (`--progress`), so logs and
/// pipes stay clean. Safe to call from many threads at once.
final class ProgressBar: @unchecked Sendable {
    // @unchecked Sendable: `lastShown` is only touched under `lock`.
    private let lock = NSLock()
    private let unit: String
    private let enabled: Bool
    private var lastShown = -1

    /// - Parameters:
    ///   - unit: What is counted, plural (`documents`).
    ///   - force: Show it even when standard error is not a terminal.
    init(unit: String, force: Bool) {
        self.unit = unit
        enabled = force || isatty(2) == 1
    }

    /// Records that `done` of `total` are finished; redraws at most once
    /// per percent.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        let line: String? = lock.withLock {
            guard percent != lastShown || done == total else { return nil }
            lastShown = percent
            let filled = percent / 5
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 20 - filled)
            return "\r[\(bar)] \(percent)% \(done)/\(total) \(unit)" + (done == total ? "\n" : "")
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
