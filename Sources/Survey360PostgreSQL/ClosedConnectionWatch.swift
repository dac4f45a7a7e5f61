import Foundation
import PostgresNIO

/// Tells the work running on a connection when that connection closes.
///
/// postgres-nio 1.33 writes a query to a connection's channel without a
/// promise for the write: on a connection the server has just closed (a
/// PostgreSQL restart) the write is dropped and the query waits forever. Seen
/// as one web request in a few hanging until the browser's 60 s timeout. The
/// store answers such work `.unavailable` the moment the connection closes.
///
/// One close callback per connection, whatever the number of leases, so
/// that a connection serving a million requests holds no million closures.
/// Connections are told apart by the pool's connection id, which is never
/// reused, not by object identity: a closed connection's memory could hold a
/// new connection before the old one's close callback has run.
final class ClosedConnectionWatch: @unchecked Sendable {
    // @unchecked: `watchers` and `next` are read and written under `lock` only.
    private let lock = NSLock()
    private var watchers: [PostgresConnection.ID: [UInt64: @Sendable () -> Void]] = [:]
    private var next: UInt64 = 0

    struct Token {
        fileprivate let connection: PostgresConnection.ID
        fileprivate let number: UInt64
    }

    /// Calls `onClose` when `connection` closes (at once if it has), unless
    /// ``remove(_:)`` comes first.
    func add(_ connection: PostgresConnection, onClose: @escaping @Sendable () -> Void) -> Token {
        let id = connection.id
        let (token, isFirst) = lock.withLock {
            next += 1
            let isFirst = watchers[id] == nil
            watchers[id, default: [:]][next] = onClose
            return (Token(connection: id, number: next), isFirst)
        }
        if isFirst {
            connection.closeFuture.whenComplete { [self] _ in
                let closing = lock.withLock { watchers.removeValue(forKey: id) ?? [:] }
                for onClose in closing.values { onClose() }
            }
        }
        return token
    }

    func remove(_ token: Token) {
        lock.withLock { _ = watchers[token.connection]?.removeValue(forKey: token.number) }
    }
}
