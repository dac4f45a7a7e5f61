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
}
