import Foundation
import PostgreSQLTestServer
import Testing

/// The harness the PostgreSQL tests stand on: a real server from Debian's
/// package, started once per test process as the unprivileged `postgres`
/// user on loopback, with a password and TLS offered, and databases of
/// their own for each test.
@Suite struct PostgreSQLTestServerTests {
    @Test func theServerRunsAsPostgresOnLoopbackWithPasswordsAndTLS() throws {
        let server = try PostgreSQLTestServer.shared()
        #expect(try server.psql("SELECT current_setting('listen_addresses')") == "127.0.0.1")
        #expect(try server.psql("SELECT current_setting('ssl')") == "on")
        #expect(try server.psql("SELECT current_setting('password_encryption')") == "scram-sha-256")
        let owner = try FileManager.default.attributesOfItem(atPath: server.dataDirectory.path)[.ownerAccountName]
        #expect(owner as? String == PostgreSQLTestServer.account)
    }

    @Test func eachTestGetsAnEmptyDatabaseOfItsOwn() throws {
        let server = try PostgreSQLTestServer.shared()
        let first = try server.createDatabase()
        let second = try server.createDatabase()
        #expect(first != second)
        let name = try #require(first.split(separator: "/").last).description
        #expect(try server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: name) == "0")
    }

    @Test func aDedicatedServerStopsAndStartsAgainOnItsPort() throws {
        let server = try PostgreSQLTestServer.dedicated()
        #expect(try server.psql("SELECT 1") == "1")
        try server.stop()
        #expect(throws: PostgreSQLTestServerError.self) { try server.psql("SELECT 1") }
        try server.start()
        #expect(try server.psql("SELECT 1") == "1")
    }
}
