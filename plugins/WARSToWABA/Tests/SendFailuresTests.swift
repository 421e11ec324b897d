import Synchronization
import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

/// Collects what a source delivers and settles each delivery as told.
final class CollectingOutput: SourceOutput {
    private let state = Mutex<(deliveries: [Delivery], stopping: Bool)>(([], false))
    let settlement: @Sendable (Message) -> Settlement

    init(settlement: @escaping @Sendable (Message) -> Settlement = { _ in .ack }) { self.settlement = settlement }

    func deliver(_ batch: [Delivery]) async {
        state.withLock { $0.deliveries += batch }
        for d in batch { d.settle(settlement(d.message)) }
    }
    var isStopping: Bool { state.withLock { $0.stopping } }
    func waitUntilStopping() async {
        while !isStopping { try? await Task.sleep(for: .milliseconds(5)) }
    }
    func stop() { state.withLock { $0.stopping = true } }
    var messages: [Message] { state.withLock { $0.deliveries.map(\.message) } }
}

@Suite struct SendFailuresTests {
    func entryState(_ bucket: String, _ requestId: String) async throws -> String? {
        let stored = try await MemoryKeyValueBucket.shared(named: bucket, ttl: .seconds(3600)).get(CorrelationEntry.key(requestId))
        return stored.flatMap { CorrelationEntry(bytes: $0.value) }?.state
    }

    @Test func anOverduePendingCommandIsReportedFailedOnce() async throws {
        let name = uniqueBucket()
        let now = WallClock.unixMillis()
        try await storeEntry(bucket: name, requestId: "late", deadline: now - 1)
        try await storeEntry(bucket: name, requestId: "on-time", deadline: now + 60_000)
        try await storeEntry(bucket: name, requestId: "answered", deadline: now - 1)
        // "answered" got its send_result: wars_to_waba marked it sent.
        let b = MemoryKeyValueBucket.shared(named: name, ttl: .seconds(3600))
        let answered = try #require(try await b.get(CorrelationEntry.key("answered")))
        var e = try #require(CorrelationEntry(bytes: answered.value))
        e.state = "sent"
        try await b.put(CorrelationEntry.key("answered"), value: JSONWriter.bytes(e.json))

        let source = SendFailuresSource(store: CorrelationStore(bucket: b), interval: .milliseconds(20))
        let output = CollectingOutput()
        let task = Task { try await source.run(output: output) }
        try await waitFor { try await entryState(name, "late") == "failed" }
        try await Task.sleep(for: .milliseconds(80))  // a few more sweeps: nothing new
        output.stop()
        try await task.value

        let messages = output.messages
        #expect(messages.count == 1)
        let m = try #require(messages.first)
        let body = try m.readJSON()
        #expect(body["type"] == "STATUS_WEBHOOK")
        #expect(body["status"] == "failed")
        #expect(body["messageId"] == "late")
        #expect(body["from"] == "+255712345678")
        #expect(body["wabaNumber"] == "+255700000000")
        #expect(body["wabaAccountId"] == "waba-001")
        #expect(body["correlationId"] == "session-001")
        #expect(body["error"]?.stringValue?.hasPrefix("no send_result from WA-RS within 300s") == true)
        #expect(m.metadata["waba.routing_key"] == "whatsapp.inbound.status")
        #expect(m.id == "late:failed")
        #expect(try await entryState(name, "on-time") == "pending")
        #expect(try await entryState(name, "answered") == "sent")
    }

    @Test func aStatusTheRouteCouldNotDeliverIsEmittedAgain() async throws {
        let name = uniqueBucket()
        try await storeEntry(bucket: name, requestId: "late", deadline: WallClock.unixMillis() - 1)
        let b = MemoryKeyValueBucket.shared(named: name, ttl: .seconds(3600))
        let attempts = Mutex(0)
        let output = CollectingOutput { _ in
            attempts.withLock { n in
                n += 1
                return n < 3 ? .retry(after: .milliseconds(1)) : .ack
            }
        }
        let source = SendFailuresSource(store: CorrelationStore(bucket: b), interval: .milliseconds(10))
        let task = Task { try await source.run(output: output) }
        try await waitFor { try await entryState(name, "late") == "failed" }
        output.stop()
        try await task.value
        #expect(output.messages.count == 3)
    }

    @Test func aBucketThatCannotListKeysStopsTheSourceWithAReason() async throws {
        let source = SendFailuresSource(store: CorrelationStore(bucket: UnlistableBucket()), interval: .milliseconds(10))
        await #expect(throws: SendFailuresSource.CannotList.self) { try await source.run(output: CollectingOutput()) }
    }
}

struct UnlistableBucket: KeyValueBucket {
    func create(_ key: String, value: [UInt8]) async throws -> UInt64? { nil }
    func get(_ key: String) async throws -> KeyValueEntry? { nil }
    func update(_ key: String, value: [UInt8], revision: UInt64) async throws -> UInt64? { nil }
    func put(_ key: String, value: [UInt8]) async throws -> UInt64 { 0 }
    func delete(_ key: String) async throws {}
}

/// Polls until `condition` holds (2 s at most).
func waitFor(_ condition: () async throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let deadline = ContinuousClock.now + .seconds(2)
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(5))
    }
    Issue.record("condition not met within 2 s", sourceLocation: sourceLocation)
}
