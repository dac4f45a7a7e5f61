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
        let limiter = RateLimiter(maximumFailures: 2, window: 60, now: clock.now)
        await limiter.recordFailure("10.0.0.1")
        #expect(await limiter.isAllowed("10.0.0.1"))
        await limiter.recordFailure("10.0.0.1")
        #expect(await !limiter.isAllowed("10.0.0.1"))
        #expect(await limiter.isAllowed("10.0.0.2"))
        clock.advance(61)
        #expect(await limiter.isAllowed("10.0.0.1"))
    }

    @Test func theLimiterForgetsTheStalestClientWhenFull() async {
        let clock = TestClock()
        let limiter = RateLimiter(maximumFailures: 1, window: 600, capacity: 3, now: clock.now)
        for client in ["a", "b", "c", "d"] {
            await limiter.recordFailure(client)
            clock.advance(1)
        }
        #expect(await limiter.trackedClients == 3)
        #expect(await limiter.isAllowed("a"))  // forgotten
        #expect(await !limiter.isAllowed("d"))
    }

    @Test func sessionsEndWhenIdleAndTheStoreIsBounded() async {
        let clock = TestClock()
        let sessions = SessionStore(idleTimeout: 60, lifetime: 3600, capacity: 2, now: clock.now)
        let first = await sessions.open(for: .administrator)
        #expect(first.id.count == 43)  // 256 bits in base64url
        #expect(first.csrfToken != first.id)
        clock.advance(30)
        #expect(await sessions.session(first.id)?.principal == .administrator)
        clock.advance(61)
        #expect(await sessions.session(first.id) == nil)

        let a = await sessions.open(for: nil)
        clock.advance(1)
        let b = await sessions.open(for: nil)
        clock.advance(1)
        let c = await sessions.open(for: nil)
        #expect(await sessions.count == 2)
        #expect(await sessions.session(a.id) == nil)
        #expect(await sessions.session(b.id) != nil)
        #expect(await sessions.session(c.id) != nil)
    }

    @Test func sessionsEndAfterTheirLifetimeEvenWhenBusy() async {
        let clock = TestClock()
        let sessions = SessionStore(idleTimeout: 60, lifetime: 100, now: clock.now)
        let session = await sessions.open(for: .manager("P02"))
        for _ in 0..<3 {
            clock.advance(40)
            _ = await sessions.session(session.id)
        }
        #expect(await sessions.session(session.id) == nil)
    }
}
