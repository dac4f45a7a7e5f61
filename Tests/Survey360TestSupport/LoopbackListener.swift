import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real TCP server on 127.0.0.1 that records what every connection sends:
/// the attacker's end of an exfiltration attempt.
///
/// It answers each request with `404 Not Found` and closes the connection, so
/// a program that does reach it goes on (and the test sees the request)
/// instead of waiting for an answer.
///
/// `@unchecked Sendable`: `received` is only touched under `lock`; the
/// socket is only used by the accepting thread until `stop()` joins it.
public final class LoopbackListener: @unchecked Sendable {
    /// The port the listener accepts on, chosen by the system.
    public let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var received: [String] = []
    private var stopping = false
    private let finished = DispatchSemaphore(value: 0)

    public init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && listen(socket, 16) == 0
                    && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.socket = socket
        self.port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptUntilStopped() }
        thread.start()
    }

    deinit {
        stop()
    }

    /// Every request received so far, as text.
    public var requests: [String] {
        lock.withLock { received }
    }

    /// Stops accepting and closes the socket; safe to call twice.
    public func stop() {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        finished.wait()
        close(socket)
    }

    private func acceptUntilStopped() {
        defer { finished.signal() }
        while !lock.withLock({ stopping }) {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { continue }
            let request = readRequest(connection)
            lock.withLock { received.append(request) }
            let answer = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            _ = answer.withCString { write(connection, $0, strlen($0)) }
            close(connection)
        }
    }

    /// Reads until the end of the request's headers, the peer stops
    /// sending, or one second passes.
    private func readRequest(_ connection: Int32) -> String {
        var data = Data()
        let deadline = Date().addingTimeInterval(1)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, data.range(of: Data("\r\n\r\n".utf8)) == nil {
            var poller = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[..<count])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
