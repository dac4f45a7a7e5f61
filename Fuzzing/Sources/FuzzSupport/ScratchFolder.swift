import Foundation

/// A private folder for the files a target writes, removed at exit: the
/// template loader and the archive verifier read files, not bytes.
public enum ScratchFolder {
    /// The folder, made once per process.
    public static let url: URL = {
        let url = FileManager.default.temporaryDirectory.appending(
            path: "survey360-fuzz-\(ProcessInfo.processInfo.processIdentifier)", directoryHint: .isDirectory)
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.url) }
        return url
    }()

    /// Replaces the file at `url` with `data`, without the `fsync` that
    /// `Data.write(to:)` does: at thousands of inputs a second, durability
    /// is not wanted and the sync would be most of the time.
    public static func write(_ data: Data, to url: URL) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(descriptor >= 0, "cannot write '\(url.path)'")
        defer { close(descriptor) }
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                precondition(written > 0, "cannot write '\(url.path)'")
                offset += written
            }
        }
    }
}
