import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of many files written fast and made durable once, at the end.
///
/// Foundation's `Data.write(to:)` calls `fsync` for every file: with 100,000
/// reports or invitations, half the run waits on the disk. Here each file is
/// written to a temporary name and renamed into place (a reader never sees
/// half a file), and ``sync()`` makes everything durable in one call:
/// `syncfs(2)` on Linux, which flushes the folder's file system once, or
/// one `fsync` per file and folder where `syncfs` is missing. A run that
/// stops before ``sync()`` may lose recent files after a power cut, never
/// leave a torn one in place.
///
/// `@unchecked Sendable`: the only mutable state, the list of paths, is
/// touched under `lock`; file writes are independent system calls.
package final class DurableFolder: @unchecked Sendable {
    package let url: URL
    /// The permission bits of every file written (before the umask).
    package let permissions: mode_t
    private let lock = NSLock()
    private var paths: [String] = []
    private var folders: Set<String> = []

    /// Creates `url` (and its parents) if missing.
    ///
    /// - Parameter permissions: Of the files; `0o600` for files holding
    ///   secrets, such as invitations with their links.
    /// - Throws: ``DurableFolderError`` when it cannot be created.
    package init(_ url: URL, permissions: mode_t = 0o644) throws {
        self.url = url
        self.permissions = permissions
        try makeFolder("")
    }

    /// Creates a subfolder, `departments` or `people/archive`.
    package func makeFolder(_ relative: String) throws {
        let folder = relative.isEmpty ? url : url.appending(path: relative)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DurableFolderError(path: folder.path, action: "create the folder")
        }
        lock.withLock { _ = folders.insert(folder.path) }
    }

    /// Writes `data` to `relative` (replacing an existing file), without
    /// waiting for the disk.
    ///
    /// - Parameter exclusive: Refuse to replace an existing file.
    /// - Throws: ``DurableFolderError`` naming the file.
    package func write(_ data: Data, to relative: String, exclusive: Bool = false) throws {
        let path = url.appending(path: relative).path
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw DurableFolderError(path: path, action: "write") }
        var complete = true
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Self.systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    complete = false
                    return
                }
                offset += written
            }
        }
        let closed = close(descriptor) == 0
        let placed: Bool
        if exclusive {
            // link(2) fails if the name exists: no file is ever replaced.
            placed = complete && closed && link(temporary, path) == 0
            unlink(temporary)
        } else {
            placed = complete && closed && rename(temporary, path) == 0
            if !placed { unlink(temporary) }
        }
        guard placed else { throw DurableFolderError(path: path, action: "write") }
        lock.withLock { paths.append(path) }
    }

    /// Makes every file written and every folder made durable.
    ///
    /// - Throws: ``DurableFolderError`` when the disk reports a failure.
    package func sync() throws {
        let (files, directories) = lock.withLock { (paths, folders) }
        if let syncfs = Self.syncfs {
            let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw DurableFolderError(path: url.path, action: "sync") }
            defer { close(descriptor) }
            guard syncfs(descriptor) == 0 else { throw DurableFolderError(path: url.path, action: "sync") }
            return
        }
        for path in files + directories.sorted() {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw DurableFolderError(path: path, action: "sync") }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw DurableFolderError(path: path, action: "sync") }
        }
    }

    /// Removes every file written, after a failure; the folders stay.
    package func discard() {
        for path in lock.withLock({ paths }) { unlink(path) }
    }

    /// write(2); the method of the same name hides the C function here.
    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }

    private typealias SyncFileSystem = @convention(c) (Int32) -> Int32

    /// `syncfs(2)`, looked up at run time: Swift's Glibc module does not
    /// declare it (it is a GNU extension). `nonisolated(unsafe)`: a C
    /// function pointer, set once and never changed.
    nonisolated(unsafe) private static let syncfs: SyncFileSystem? = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "syncfs"
    ).map {
        unsafeBitCast($0, to: SyncFileSystem.self)
    }
}

/// A file or folder of a ``DurableFolder`` that could not be written.
package struct DurableFolderError: Error, Hashable, Sendable, CustomStringConvertible {
    package let path: String
    package let action: String

    package var description: String { "Cannot \(action) '\(path)'" }
}
