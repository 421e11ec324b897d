import CRabbitMQ
import Foundation
import Logging
import Synchronization

/// A thread that owns one AMQP connection: connects (declaring the topology), runs until the connection
/// fails, and reconnects with exponential backoff, until stopped. Swift concurrency never waits on it: work
/// comes in through a lock-protected queue plus an eventfd that wakes the thread out of `poll`.
class ConnectionWorker: @unchecked Sendable {
    let settings: AMQPSettings
    let connectionName: String
    let wake = WakeSignal()
    private let stopRequested = Atomic<Bool>(false)
    private let connected = Atomic<Bool>(false)
    private let finished = Mutex<(done: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))
    private let started = Atomic<Bool>(false)
    let role: String

    init(settings: AMQPSettings, role: String, connectionName: String) {
        self.settings = settings
        self.role = role
        self.connectionName = connectionName
    }

    /// Made when needed: a logger made before `LoggingSystem.bootstrap` would keep the default handler.
    var logger: Logger {
        var logger = Logger(label: "switchyard.amqp")
        logger[metadataKey: "connection"] = .string(connectionName)
        logger[metadataKey: "amqp"] = .string(role)
        return logger
    }

    // Closed only here: a late `signal()` must never write to a descriptor number reused by someone else.
    deinit { wake.close() }

    var isConnected: Bool { connected.load(ordering: .acquiring) }
    var isStopping: Bool { stopRequested.load(ordering: .acquiring) }

    func start() {
        guard started.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        let thread = Thread { [self] in
            main()
            let waiters = finished.withLock { s -> [CheckedContinuation<Void, Never>] in
                s.done = true
                defer { s.waiters = [] }
                return s.waiters
            }
            for w in waiters { w.resume() }
        }
        thread.name = "amqp-\(role)"
        thread.start()
    }

    /// Asks the thread to close its connection and end; returns once it has (or at once if never started).
    func stop() async {
        stopRequested.store(true, ordering: .releasing)
        guard started.load(ordering: .acquiring) else { return }
        wake.signal()
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let done = finished.withLock { s -> Bool in
                if s.done { return true }
                s.waiters.append(c)
                return false
            }
            if done { c.resume() }
        }
    }

    private func main() {
        var backoff = settings.reconnectDelay
        var attempt = 0
        while !isStopping {
            attempt += 1
            let wire: Wire
            do {
                willConnect()
                wire = try Wire(settings)
                try didConnect(wire)
            } catch {
                connectFailed(error)
                if attempt == 1 || attempt % 10 == 0 {
                    logger.warning("cannot connect; retrying", metadata: ["url": "\(settings.url)", "error": "\(error)", "attempt": "\(attempt)"])
                }
                wake.sleep(milliseconds: backoff.milliseconds)
                backoff = min(backoff * 2, settings.maxReconnectDelay)
                continue
            }
            if attempt > 1 { logger.notice("connected again", metadata: ["url": "\(settings.url)", "attempts": "\(attempt)"]) }
            attempt = 0
            backoff = settings.reconnectDelay
            connected.store(true, ordering: .releasing)
            var failure: (any Error)?
            do { try run(wire) } catch { failure = error }
            connected.store(false, ordering: .releasing)
            if let failure {
                logger.warning("connection lost; reconnecting", metadata: ["error": "\(failure)"])
            }
            disconnected(failure)
            wire.close()
        }
        stopped()
    }

    /// Waits for socket input or a wake-up, at most `timeoutMs`.
    func waitForWork(_ wire: Wire, watchWake: Bool, timeoutMs: Int32 = 100) {
        if wire.hasBufferedInput { return }
        let r = sy_poll(wire.socketFD, watchWake ? wake.fd : -1, timeoutMs)
        if r & 2 != 0 { wake.drain() }
    }

    // Subclass hooks, all called on the worker thread.
    func willConnect() {}
    func didConnect(_ wire: Wire) throws {}
    func connectFailed(_ error: any Error) {}
    func run(_ wire: Wire) throws {}
    func disconnected(_ error: (any Error)?) {}
    func stopped() {}
}

extension Duration {
    var milliseconds: Int { Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000) }
}
