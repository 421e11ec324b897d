import Synchronization

/// Timeouts for many waiting operations without a timer task each. A sleeping `Task` per wait (a webhook
/// request, a sink write awaiting its confirms) cost a task, a dispatch timer and two thread wake-ups per wait;
/// here one task wakes every `tick` while anything is watched and runs the overdue expiries. An expiry runs at
/// most `tick` late, so use it for timeouts of seconds, not for pacing.
public final class DeadlineSweeper: Sendable {
    public struct Token: Sendable, Hashable {
        fileprivate let id: UInt64
    }
    private struct State {
        var next: UInt64 = 0
        var watched: [UInt64: (deadline: ContinuousClock.Instant, expire: @Sendable () -> Void)] = [:]
        var sweeping = false
    }
    private let state = Mutex(State())
    private let tick: Duration

    public init(tick: Duration = .milliseconds(250)) { self.tick = tick }

    /// Calls `expire` once, at or after `deadline` (within a tick), unless `cancel` comes first.
    public func watch(until deadline: ContinuousClock.Instant, _ expire: @escaping @Sendable () -> Void) -> Token {
        let (token, start) = state.withLock { s -> (Token, Bool) in
            s.next += 1
            s.watched[s.next] = (deadline, expire)
            let start = !s.sweeping
            s.sweeping = true
            return (Token(id: s.next), start)
        }
        if start { Task { await sweep() } }
        return token
    }

    /// Forgets a watch whose operation finished in time.
    public func cancel(_ token: Token) {
        _ = state.withLock { s in s.watched.removeValue(forKey: token.id) }
    }

    /// How many waits are watched now (for tests).
    public var watchedCount: Int { state.withLock { $0.watched.count } }

    private func sweep() async {
        while true {
            try? await Task.sleep(for: tick)
            let now = ContinuousClock.now
            let (overdue, done) = state.withLock { s -> ([@Sendable () -> Void], Bool) in
                var overdue: [@Sendable () -> Void] = []
                for (id, w) in s.watched where w.deadline <= now {
                    overdue.append(w.expire)
                    s.watched[id] = nil
                }
                if s.watched.isEmpty { s.sweeping = false }
                return (overdue, !s.sweeping)
            }
            for expire in overdue { expire() }
            if done { return }
        }
    }
}
