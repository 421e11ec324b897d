import Synchronization
import Testing
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI

/// A route output that holds each batch until released, recording the batch sizes it took.
final class GatedOutput: SourceOutput, @unchecked Sendable {
    let sizes = Mutex<[Int]>([])
    private let gate = Mutex<[CheckedContinuation<Void, Never>]>([])
    var isStopping: Bool { false }
    func waitUntilStopping() async {}
    func deliver(_ batch: [Delivery]) async {
        sizes.withLock { $0.append(batch.count) }
        await withCheckedContinuation { c in gate.withLock { $0.append(c) } }
        for d in batch { d.settle(.ack) }
    }
    func releaseOne() -> Bool {
        guard let c = gate.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { return false }
        c.resume()
        return true
    }
}

@Suite struct RequestBatcherTests {
    @Test func requestsQueuedWhileTheRouteIsBusyGoAsOneBatchAndEachIsSettled() async throws {
        let output = GatedOutput()
        let batcher = RequestBatcher(maxBatch: 4)
        let settled = Mutex<[Int]>([])
        func delivery(_ i: Int) -> Delivery {
            Delivery(message: Message(id: "r\(i)", body: [])) { s in if case .ack = s { settled.withLock { $0.append(i) } } }
        }
        batcher.submit(delivery(0), to: output)  // the pump takes it alone: nothing waits to fill a batch
        try await until { output.sizes.withLock { $0 } == [1] }
        for i in 1...6 { batcher.submit(delivery(i), to: output) }  // the route is busy: these queue
        var released = 0
        while settled.withLock({ $0.count }) < 7 {
            if output.releaseOne() { released += 1 }
            try await Task.sleep(for: .milliseconds(2))
        }
        #expect(output.sizes.withLock { $0 } == [1, 4, 2], "queued requests batched, at most maxBatch at once")
        #expect(settled.withLock { $0.sorted() } == Array(0...6))
        #expect(released == 3)
        // The pump ended with the queue empty; a later request starts a new one.
        batcher.submit(delivery(7), to: output)
        try await until { output.sizes.withLock { $0 }.count == 4 }
        #expect(output.releaseOne())
        try await until { settled.withLock { $0.count } == 8 }
    }

    private func until(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else { Issue.record("timed out"); return }
            try await Task.sleep(for: .milliseconds(2))
        }
    }
}
