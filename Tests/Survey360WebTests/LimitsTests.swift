import Foundation
import Testing

@testable import Survey360Web

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    // Safe: every access to `date` holds `lock`.
    private let lock = NSLock()
    private var date = Date(timeIntervalSince1970: 1_800_000_000)

    var now: @Sendable () -> Date { { self.lock.withLock { self.date } } }
    func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }
}

@Suite struct LimitsTests {
    @Test func failuresExpireAfterTheWindow() async {
        let clock = TestClock()
        let limiter = RateLimiter(window: 60, now: clock.now)
        await limiter.recordFailure("10.0.0.1")
        #expect(await !limiter.isBlocked("10.0.0.1", maximum: 2))
        await limiter.recordFailure("10.0.0.1")
        #expect(await limiter.isBlocked("10.0.0.1", maximum: 2))
        #expect(await !limiter.isBlocked("10.0.0.2", maximum: 2))
        clock.advance(61)
        #expect(await !limiter.isBlocked("10.0.0.1", maximum: 2))
        #expect(await limiter.trackedKeys == 0)
    }

    /// Attempts in flight count as if they had failed: the third of three
    /// simultaneous attempts under a limit of two is refused at once.
    @Test func reservedAttemptsCountUntilSettled() async throws {
        let limiter = RateLimiter(window: 60)
        let first = try #require(await limiter.reserve(["a": 2]))
        let second = try #require(await limiter.reserve(["a": 2]))
        #expect(await limiter.reserve(["a": 2]) == nil)
        await limiter.settle(first, failed: false)
        let third = try #require(await limiter.reserve(["a": 2]))
        await limiter.settle(second, failed: true)
        await limiter.settle(third, failed: true)
        #expect(await limiter.reserve(["a": 2]) == nil)
        #expect(await limiter.isBlocked("a", maximum: 2))
    }

    /// A reservation needs room under every key; a refusal reserves nothing.
    @Test func aReservationNeedsRoomUnderEveryKey() async throws {
        let limiter = RateLimiter(window: 60)
        await limiter.recordFailure("account")
        #expect(await limiter.reserve(["address": 5, "account": 1]) == nil)
        #expect(await limiter.reserve(["address": 1]) != nil)
    }

    @Test func theLimiterForgetsTheStalestKeyWhenFull() async {
        let clock = TestClock()
        let limiter = RateLimiter(window: 600, capacity: 3, now: clock.now)
        for client in ["a", "b", "c", "d"] {
            await limiter.recordFailure(client)
            clock.advance(1)
        }
        #expect(await limiter.trackedKeys == 3)
        #expect(await !limiter.isBlocked("a", maximum: 1))  // forgotten
        #expect(await limiter.isBlocked("d", maximum: 1))
    }

    @Test(
        arguments: [
            // Without a trusted proxy the header is ignored.
            ("192.0.2.1", ["203.0.113.9"], Set<String>(), "192.0.2.1"),
            // From the proxy: the address it appended, not what the client wrote.
            ("127.0.0.1", ["6.6.6.6, 203.0.113.9"], ["127.0.0.1"], "203.0.113.9"),
            ("127.0.0.1", ["6.6.6.6", "203.0.113.9"], ["127.0.0.1"], "203.0.113.9"),
            // Two proxies in a row.
            ("127.0.0.1", ["203.0.113.9, 10.0.0.2"], ["127.0.0.1", "10.0.0.2"], "203.0.113.9"),
            // The proxy sent no header: the proxy is the client.
            ("127.0.0.1", [], ["127.0.0.1"], "127.0.0.1"),
            // IPv6 written two ways is one address.
            ("::1", ["2001:db8:0:0:0:0:0:1"], ["::1"], "2001:db8::1"),
        ] as [(String, [String], Set<String>, String)])
    func theClientAddressIsReadFromTrustedProxiesOnly(
        peer: String, forwardedFor: [String], trusted: Set<String>, expected: String
    ) {
        #expect(ClientAddress.resolve(peer: peer, forwardedFor: forwardedFor, trustedProxies: trusted) == expected)
    }

    @Test func theSignInFormTokenIsBoundToItsNonceAndExpires() {
        let signing = SignInFormToken(key: Array(repeating: 7, count: 32), lifetime: 60)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let nonce = SignInFormToken.nonce()
        let token = signing.token(for: nonce, at: date)
        #expect(signing.isValid(token, for: nonce, at: date + 59))
        #expect(!signing.isValid(token, for: nonce, at: date + 61))
        #expect(!signing.isValid(token, for: SignInFormToken.nonce(), at: date))
        #expect(!signing.isValid(token, for: "", at: date))
        let otherServer = SignInFormToken(key: Array(repeating: 8, count: 32), lifetime: 60)
        #expect(!otherServer.isValid(token, for: nonce, at: date))
        // A later expiry with the old signature is refused.
        let forged = "\(Int(date.timeIntervalSince1970) + 3600)." + token.split(separator: ".")[1]
        #expect(!signing.isValid(forged, for: nonce, at: date))
    }
}
