import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Survey360Core
import Survey360Storage
import Survey360Web
import Testing

/// Behind the HTTPS reverse proxy every request comes from the proxy's
/// address: with the proxy configured, failures are counted per client.
@Suite struct TrustedProxyTests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    static func send(_ uri: String, from client: String, port: Int) async throws -> HTTPResponse.Status {
        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            try await connection.execute(
                TestClient.Request(uri, method: .get, authority: "localhost", headers: [Self.forwardedFor: client])
            ).head.status
        }
    }

    static func signIn(
        _ user: String, _ password: String, from client: String, port: Int
    ) async throws -> HTTPResponse.Status {
        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            let form = try await connection.execute(
                TestClient.Request(
                    "/signin", method: .get, authority: "localhost", headers: [Self.forwardedFor: client]))
            let text = String(buffer: form.body ?? ByteBuffer())
            let csrf = text.range(of: "name=\"csrf\" value=\"").map {
                String(text[$0.upperBound...].prefix { $0 != "\"" })
            }
            let cookie = form.head.headerFields[values: .setCookie].map { String($0.split(separator: ";")[0]) }
                .joined(separator: "; ")
            return try await connection.execute(
                TestClient.Request(
                    "/signin", method: .post, authority: "localhost",
                    headers: [
                        Self.forwardedFor: client, .cookie: cookie, .contentType: "application/x-www-form-urlencoded",
                    ],
                    body: ByteBuffer(string: "csrf=\(csrf ?? "")&user=\(user)&password=\(password)"))
            ).head.status
        }
    }

    static func configuration(trusting proxies: Set<String>) -> WebConfiguration {
        var configuration = HostileVisitorTests.live()
        configuration.trustedProxies = proxies
        configuration.maximumFailedAttempts = 3
        configuration.maximumFailedAttemptsPerAccount = 5
        return configuration
    }

    @Test func failuresBehindATrustedProxyAreCountedPerClient() async throws {
        let store = MemoryStore()
        _ = try await Fixture.load(into: store)
        let app = try WebTestSupport.app(store, configuration: Self.configuration(trusting: ["127.0.0.1"]))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let unknown = "/r/\(RaterToken.generate().linkText)"
            for _ in 0..<3 { #expect(try await Self.send(unknown, from: "203.0.113.1", port: port) == .notFound) }
            #expect(try await Self.send(unknown, from: "203.0.113.1", port: port) == .tooManyRequests)
            // What the client wrote left of the proxy's entry does not count.
            #expect(try await Self.send(unknown, from: "198.51.100.7, 203.0.113.1", port: port) == .tooManyRequests)
            // Another client behind the same proxy is not slowed down.
            #expect(try await Self.send(unknown, from: "203.0.113.2", port: port) == .notFound)
        }
    }

    @Test func theHeaderIsIgnoredFromAnUntrustedPeer() async throws {
        let store = MemoryStore()
        let app = try WebTestSupport.app(store, configuration: Self.configuration(trusting: ["192.0.2.99"]))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let unknown = "/r/\(RaterToken.generate().linkText)"
            for index in 0..<3 {
                #expect(try await Self.send(unknown, from: "203.0.113.\(index)", port: port) == .notFound)
            }
            // Changing the header does not give an attacker a fresh address.
            #expect(try await Self.send(unknown, from: "203.0.113.9", port: port) == .tooManyRequests)
        }
    }

    /// Guesses at one account from many addresses stop at the per-account
    /// limit; the right password then waits for the window, from anywhere.
    @Test func oneAccountIsLimitedAcrossAddresses() async throws {
        let store = MemoryStore()
        let app = try WebTestSupport.app(store, configuration: Self.configuration(trusting: ["127.0.0.1"]))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for index in 0..<5 {
                #expect(
                    try await Self.signIn("admin", "guess", from: "203.0.113.\(index)", port: port) == .unauthorized)
            }
            #expect(try await Self.signIn("admin", "guess", from: "203.0.113.50", port: port) == .tooManyRequests)
            // Three wrong from one address stop that address for that account only.
            for _ in 0..<3 {
                #expect(try await Self.signIn("P02", "guess", from: "198.51.100.1", port: port) == .unauthorized)
            }
            #expect(try await Self.signIn("P02", "guess", from: "198.51.100.1", port: port) == .tooManyRequests)
            #expect(try await Self.signIn("P03", "guess", from: "198.51.100.1", port: port) == .unauthorized)
            #expect(try await Self.signIn("P02", "guess", from: "198.51.100.2", port: port) == .unauthorized)
        }
    }
}
