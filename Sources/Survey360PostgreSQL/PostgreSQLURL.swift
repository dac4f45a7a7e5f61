import Foundation
import PostgresNIO
import Survey360Storage

/// Where a PostgreSQL store lives, as the URL an operator writes:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE]`.
///
/// `sslmode` follows libpq's meaning so that the URL IT already uses works
/// here unchanged: `disable` (the default on loopback), `prefer`, `require`
/// (encrypted, server not verified), `verify-full` (encrypted and the
/// server's certificate checked against the system's trust roots and host
/// name). A password in the URL is percent-decoded and never printed:
/// ``description`` leaves it out.
public struct PostgreSQLURL: Hashable, Sendable, CustomStringConvertible {
    public enum TLSMode: String, Hashable, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tlsMode: TLSMode

    /// Whether `text` names a PostgreSQL database rather than an SQLite file.
    public static func isPostgreSQL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: ``StorageError`` `.unavailable` saying what is wrong with
    ///   the URL (without repeating its password).
    public init(_ text: String) throws {
        guard Self.isPostgreSQL(text), let components = URLComponents(string: text) else {
            throw StorageError.unavailable(
                "The database URL must look like postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
        }
        guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw StorageError.unavailable("The database URL names no user (postgres://USER@HOST/DBNAME)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StorageError.unavailable("The database URL names no host (postgres://USER@HOST/DBNAME)")
        }
        let database = String(components.path.dropFirst()).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw StorageError.unavailable("The database URL names no database (postgres://USER@HOST/DBNAME)")
        }
        var tlsMode = TLSMode.disable
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else {
                throw StorageError.unavailable("The database URL has an unknown parameter '\(item.name)'")
            }
            guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                throw StorageError.unavailable(
                    "The database URL's sslmode '\(item.value ?? "")' is not one of "
                        + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            tlsMode = mode
        }
        self.user = user
        self.password = components.percentEncodedPassword?.removingPercentEncoding
        self.host = host
        self.port = components.port ?? 5432
        self.database = database
        self.tlsMode = tlsMode
    }

    /// The URL without its password, for messages.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (tlsMode == .disable ? "" : "?sslmode=\(tlsMode.rawValue)")
    }

    /// The client configuration this URL asks for.
    var clientConfiguration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        // Connections are opened as requests need them and closed when idle,
        // so that several servers on one database stay well under its
        // `max_connections`.
        configuration.options.maximumConnections = 10
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    private var tls: PostgresClient.Configuration.TLS {
        switch tlsMode {
        case .disable: return .disable
        case .prefer: return .prefer(Self.unverified)
        case .require: return .require(Self.unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }

    /// libpq's `require`: encryption without checking who answers.
    private static var unverified: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return configuration
    }
}
