import Synchronization
import Testing
@testable import SwitchyardPluginAPI

@Suite struct DeadlineSweeperTests {
    @Test func expiresOverdueWaitsOnceAndNotTheCancelledOnes() async throws {
        let sweeper = DeadlineSweeper(tick: .milliseconds(10))
        let expired = Mutex<[String]>([])
        let now = ContinuousClock.now
        _ = sweeper.watch(until: now + .milliseconds(30)) { expired.withLock { $0.append("soon") } }
        let cancelled = sweeper.watch(until: now + .milliseconds(30)) { expired.withLock { $0.append("cancelled") } }
        _ = sweeper.watch(until: now + .seconds(60)) { expired.withLock { $0.append("later") } }
        sweeper.cancel(cancelled)
        #expect(sweeper.watchedCount == 2)
        let deadline = ContinuousClock.now + .seconds(10)
        while expired.withLock({ $0.isEmpty }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        try await Task.sleep(for: .milliseconds(50))  // a few more ticks: nothing expires twice or early
        #expect(expired.withLock { $0 } == ["soon"])
        #expect(sweeper.watchedCount == 1)
    }

    @Test func startsAgainAfterItRanDry() async throws {
        let sweeper = DeadlineSweeper(tick: .milliseconds(5))
        for round in 0..<2 {
            let fired = Mutex(false)
            _ = sweeper.watch(until: ContinuousClock.now + .milliseconds(10)) { fired.withLock { $0 = true } }
            let deadline = ContinuousClock.now + .seconds(10)
            while !fired.withLock({ $0 }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            #expect(fired.withLock { $0 }, "round \(round)")
            #expect(sweeper.watchedCount == 0)
            try await Task.sleep(for: .milliseconds(30))  // the sweeper task ends with nothing watched
        }
    }
}
