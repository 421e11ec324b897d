import Foundation

/// Threads of our own for nats.c calls that block (connect, JetStream API requests, KV, fetch, publish):
/// the cooperative pool has only 2 threads here, and a blocking C call on it stalls half the process.
final class BlockingExecutor: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []  // guarded by `condition`
    private var stopped = false

    init(name: String, threads: Int = 1) {
        for i in 0..<max(1, threads) {
            let thread = Thread { [self] in loop() }
            thread.name = threads == 1 ? name : "\(name)-\(i)"
            thread.start()
        }
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Queues `job`; false (and the job dropped) once the executor is stopped.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if stopped { return false }
        jobs.append(job)
        condition.signal()
        return true
    }

    /// Runs `work` on one of the executor's threads and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<T, any Error>) in
            if !submit({ c.resume(with: Result { try work() }) }) {
                c.resume(throwing: NATSError(message: "connection shut down"))
            }
        }
    }

    /// Lets the threads finish the queued jobs and exit.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
