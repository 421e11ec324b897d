import SwitchyardPluginAPI
import Synchronization

/// An in-process broker of named queues with broker-like settlement (ack, delayed redelivery with a
/// delivery count, reject). For unit tests of the core, `switchyard test`, and local experiments:
/// nothing in it survives the process.
public final class MemoryBroker: Connection, @unchecked Sendable {
    public let name: String
    private let queues = Mutex<[String: MemoryQueue]>([:])

    public init(name: String) { self.name = name }

    private static let shared = Mutex<[String: MemoryBroker]>([:])
    /// The process-wide broker of that name (created on first use), so a test can feed and read the
    /// same queues as the routes it runs.
    public static func named(_ name: String) -> MemoryBroker {
        shared.withLock { all in
            if let b = all[name] { return b }
            let b = MemoryBroker(name: name)
            all[name] = b
            return b
        }
    }

    public func queue(_ name: String) -> MemoryQueue {
        queues.withLock { q in
            if let existing = q[name] { return existing }
            let created = MemoryQueue(name: name)
            q[name] = created
            return created
        }
    }

    public func start() async throws {}
    public func shutdown() async {}
    public var isConnected: Bool { true }
}

/// A FIFO of messages; consumers take batches and settle each message.
public final class MemoryQueue: Sendable {
    public let name: String
    private struct State {
        var ready: [Message] = []
        var head = 0
        var unacked = 0
        var rejected: [(Message, String)] = []
        var waiters: [CheckedContinuation<Void, Never>] = []
        var published = 0
    }
    private let state = Mutex(State())

    init(name: String) { self.name = name }

    public func publish(_ messages: [Message]) {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.ready.append(contentsOf: messages)
            s.published += messages.count
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume() }
    }

    public func publish(_ message: Message) { publish([message]) }

    /// Messages waiting to be taken.
    public var readyCount: Int { state.withLock { $0.ready.count - $0.head } }
    /// Messages taken and not settled yet.
    public var unackedCount: Int { state.withLock { $0.unacked } }
    /// Messages ever published to this queue.
    public var publishedCount: Int { state.withLock { $0.published } }
    /// Messages rejected by consumers (the "broker's own dead letter").
    public var rejected: [(message: Message, reason: String)] { state.withLock { $0.rejected.map { ($0.0, $0.1) } } }

    /// A copy of everything ready, left in place (for watching a sink's output in tests).
    public func peek() -> [Message] { state.withLock { s in Array(s.ready[s.head...]) } }

    /// Removes and returns everything ready (for reading a sink's output in tests).
    public func drain() -> [Message] {
        state.withLock { s in
            let out = Array(s.ready[s.head...])
            s.ready = []
            s.head = 0
            return out
        }
    }

    /// Up to `max` ready messages, counted as unacked; empty when none is ready.
    public func take(max: Int) -> [Message] {
        state.withLock { s in
            let n = Swift.min(max, s.ready.count - s.head)
            guard n > 0 else { return [] }
            let out = Array(s.ready[s.head..<s.head + n])
            s.head += n
            if s.head > 1024 && s.head * 2 > s.ready.count {
                s.ready.removeFirst(s.head)
                s.head = 0
            }
            s.unacked += n
            return out
        }
    }

    /// Suspends until a message is published or `wakeAll` is called. `unless` is checked under the queue's
    /// lock, so a `wakeAll` that raced ahead of this call (a stop request) is not missed.
    public func waitForMessages(unless done: () -> Bool = { false }) async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLock { s -> Bool in
                if s.ready.count > s.head || done() { return true }
                s.waiters.append(c)
                return false
            }
            if now { c.resume() }
        }
    }

    public func wakeAll() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume() }
    }

    /// Settles a taken message like a broker would.
    public func settle(_ message: Message, _ settlement: Settlement) {
        switch settlement {
        case .ack, .deadLettered:
            state.withLock { $0.unacked -= 1 }
        case .rejected(let reason):
            state.withLock {
                $0.unacked -= 1
                $0.rejected.append((message, reason))
            }
        case .retry(let after):
            var again = message
            again.deliveryCount += 1
            state.withLock { $0.unacked -= 1 }
            if after <= .zero {
                publishBack(again)
            } else {
                // Redelivery after the delay, like a broker's NAK with delay.
                Task {
                    try? await Task.sleep(for: after)
                    self.publishBack(again)
                }
            }
        }
    }

    private func publishBack(_ message: Message) {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.ready.append(message)
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume() }
    }
}
