import Synchronization
import SwitchyardPluginAPI
import Testing
@testable import Dedup

// The nats_kv store, over MemoryKeyValueBucket (the same create/update-by-revision semantics as JetStream KV)
// behind a fake KeyValueProvider: the real NATS connection is another module's job.

/// A KV provider handing out one shared in-memory bucket; it can fail its first opens (broker down).
final class FakeKeyValueProvider: KeyValueProvider {
    let shared: MemoryKeyValueBucket
    private let state = Mutex<(opens: Int, failures: Int, ttl: Duration?, name: String?)>((0, 0, nil, nil))

    init(ttl: Duration = .seconds(600), failFirstOpens: Int = 0) {
        shared = MemoryKeyValueBucket(ttl: ttl)
        state.withLock { $0.failures = failFirstOpens }
    }

    var opens: Int { state.withLock { $0.opens } }
    var openedWith: (String?, Duration?) { state.withLock { ($0.name, $0.ttl) } }

    func bucket(named name: String, ttl: Duration) async throws -> any KeyValueBucket {
        try state.withLock { s in
            s.opens += 1
            s.name = name
            s.ttl = ttl
            if s.failures > 0 {
                s.failures -= 1
                throw BrokerDown()
            }
        }
        return YieldingBucket(shared)
    }

    func start() async throws {}
    func shutdown() async {}
    var isConnected: Bool { true }
}

/// The shared bucket with a suspension before each call, as a network round trip has: replicas interleave
/// between a store's reads and writes.
struct YieldingBucket: KeyValueBucket {
    let inner: MemoryKeyValueBucket
    init(_ inner: MemoryKeyValueBucket) { self.inner = inner }
    func create(_ key: String, value: [UInt8]) async throws -> UInt64? {
        await Task.yield()
        return try await inner.create(key, value: value)
    }
    func get(_ key: String) async throws -> KeyValueEntry? {
        await Task.yield()
        return try await inner.get(key)
    }
    func update(_ key: String, value: [UInt8], revision: UInt64) async throws -> UInt64? {
        await Task.yield()
        return try await inner.update(key, value: value, revision: revision)
    }
    func put(_ key: String, value: [UInt8]) async throws -> UInt64 {
        await Task.yield()
        return try await inner.put(key, value: value)
    }
    func delete(_ key: String) async throws {
        await Task.yield()
        try await inner.delete(key)
    }
}

/// What the "sink" saw in the two-replica test.
final class Tally: Sendable {
    private let state = Mutex<(delivered: [String: Int], dropped: Int, failed: Set<String>)>(([:], 0, []))
    var delivered: [String: Int] { state.withLock { $0.delivered } }
    var dropped: Int { state.withLock { $0.dropped } }
    func deliver(_ key: String) { state.withLock { $0.delivered[key, default: 0] += 1 } }
    func drop() { state.withLock { $0.dropped += 1 } }
    /// True the first time only.
    func failOnce(_ key: String) -> Bool { state.withLock { $0.failed.insert(key).inserted } }
}

/// A settable wall clock (Unix milliseconds) shared by two "replicas".
final class TestClock: Sendable {
    private let ms: Mutex<Int64>
    init(_ start: Int64) { ms = Mutex(start) }
    var now: Int64 { ms.withLock { $0 } }
    func advance(_ by: Int64) { ms.withLock { $0 += by } }
}

struct BrokerDown: Error, CustomStringConvertible { var description: String { "no JetStream" } }

final class NotKeyValue: Connection {
    func start() async throws {}
    func shutdown() async {}
    var isConnected: Bool { true }
}

struct Directory: ConnectionDirectory {
    var connections: [String: any Connection]
    func connection(named name: String) -> (any Connection)? { connections[name] }
    var connectionNames: [String] { Array(connections.keys) }
}

func kvStep(_ provider: any Connection, extra: [(String, ConfigNode)] = [], name: String = "nats") throws -> DedupStep {
    let node = ConfigNode.map([("key", .string("{id}")), ("window", .plain("10m")), ("store", .plain("nats_kv")),
                               ("connection", .plain(name))] + extra)
    let config = try ConfigDecoder.decode(DedupConfig.self, from: node)
    return try DedupStep(config, context: PluginContext(routeName: "r", componentPath: "steps.0.dedup",
                                                        connections: Directory(connections: ["nats": provider])))
}

@Suite struct KeyValueDedupStoreTests {
    func store(_ provider: FakeKeyValueProvider, timeout: Duration = .seconds(60), clock: TestClock? = nil) -> KeyValueDedupStore {
        if let clock {
            return KeyValueDedupStore(provider: provider, bucket: "b", window: .seconds(600), reservationTimeout: timeout,
                                      now: { clock.now })
        }
        return KeyValueDedupStore(provider: provider, bucket: "b", window: .seconds(600), reservationTimeout: timeout)
    }

    @Test func reserveCommitDuplicate() async throws {
        let p = FakeKeyValueProvider()
        let s = store(p)
        #expect(try await s.reserve("wamid.1|read", token: "a", window: .seconds(600)) == .fresh)
        // the key is stored encoded ('|' is not a KV key character), the value names the holder
        let raw = try await p.shared.get(KeyValueKey.encode("wamid.1|read"))
        #expect(KeyValueDedupStore.parse(raw?.value ?? []) == .reserved(token: "a", at: KeyValueDedupStore.parse(raw!.value).at))
        #expect(try await s.reserve("wamid.1|read", token: "b", window: .seconds(600)) == .inFlight)
        #expect(try await s.reserve("wamid.1|read", token: "a", window: .seconds(600)) == .fresh)  // its own redelivery
        await s.commit("wamid.1|read", token: "a", window: .seconds(600))
        #expect(try await p.shared.get(KeyValueKey.encode("wamid.1|read"))?.value == Array("delivered".utf8))
        #expect(try await s.reserve("wamid.1|read", token: "c", window: .seconds(600)) == .duplicate)
        #expect(try await s.reserve("wamid.1|sent", token: "c", window: .seconds(600)) == .fresh)
        #expect(p.opens == 1)
        #expect(p.openedWith.0 == "b" && p.openedWith.1 == .seconds(600))
    }

    @Test func releaseFreesTheKeyOnlyForItsHolder() async throws {
        let p = FakeKeyValueProvider()
        let s = store(p)
        #expect(try await s.reserve("k", token: "a", window: .seconds(600)) == .fresh)
        await s.release("k", token: "b")  // not the holder: nothing changes
        #expect(try await s.reserve("k", token: "b", window: .seconds(600)) == .inFlight)
        await s.release("k", token: "a")
        #expect(try await p.shared.get("k")?.value == Array("released".utf8))
        #expect(try await s.reserve("k", token: "b", window: .seconds(600)) == .fresh)
        // a committed key is never released
        await s.commit("k", token: "b", window: .seconds(600))
        await s.release("k", token: "b")
        #expect(try await s.reserve("k", token: "c", window: .seconds(600)) == .duplicate)
    }

    @Test func anAbandonedReservationIsTakenOverOnce() async throws {
        let p = FakeKeyValueProvider()
        let clock = TestClock(1_000_000)
        let replica1 = store(p, timeout: .seconds(30), clock: clock)
        let replica2 = store(p, timeout: .seconds(30), clock: clock)
        #expect(try await replica1.reserve("k", token: "dead", window: .seconds(600)) == .fresh)
        clock.advance(29_000)
        #expect(try await replica2.reserve("k", token: "b", window: .seconds(600)) == .inFlight)
        clock.advance(2_000)
        #expect(try await replica2.reserve("k", token: "b", window: .seconds(600)) == .fresh)
        // the new holder's reservation is fresh: a third copy waits
        #expect(try await replica1.reserve("k", token: "c", window: .seconds(600)) == .inFlight)
        // the old holder's late release does not free the new holder's key
        await replica1.release("k", token: "dead")
        #expect(try await replica1.reserve("k", token: "c", window: .seconds(600)) == .inFlight)
    }

    @Test func aLostTakeOverRaceIsInFlight() async throws {
        let p = FakeKeyValueProvider()
        let clock = TestClock(0)
        let s = store(p, timeout: .seconds(1), clock: clock)
        _ = try await p.shared.create("k", value: KeyValueDedupStore.reservation("dead", at: 0))
        clock.advance(5_000)
        // Two replicas see the same stale revision; only one compare-and-set wins.
        let entry = try #require(try await p.shared.get("k"))
        #expect(try await p.shared.update("k", value: KeyValueDedupStore.reservation("x", at: 5_000), revision: entry.revision) != nil)
        #expect(try await s.reserve("k", token: "y", window: .seconds(600)) == .inFlight)
        // A value this store did not write counts as abandoned.
        _ = try await p.shared.put("odd", value: Array("garbage".utf8))
        #expect(try await s.reserve("odd", token: "y", window: .seconds(600)) == .fresh)
    }

    @Test func parseReadsOnlyItsOwnValues() {
        #expect(KeyValueDedupStore.parse(Array("reserved|m|1|42".utf8)) == .reserved(token: "m|1", at: 42))
        #expect(KeyValueDedupStore.parse(Array("reserved||7".utf8)) == .reserved(token: "", at: 7))
        #expect(KeyValueDedupStore.parse(Array("reserved|x".utf8)) == .unknown)
        #expect(KeyValueDedupStore.parse(Array("reserved|x|y".utf8)) == .unknown)
        #expect(KeyValueDedupStore.parse(Array("delivered".utf8)) == .delivered)
    }

    /// Two replicas (two steps) sharing one bucket, fed the same keys concurrently several times each, with a
    /// runner-like loop: a passed message is delivered then settled, a retry is tried again, a drop counted.
    @Test func twoReplicasDeliverEveryDistinctKeyExactlyOnce() async throws {
        let provider = FakeKeyValueProvider()
        let replicas = [try kvStep(provider, extra: [("retry_in_flight_after", .plain("1ms"))]),
                        try kvStep(provider, extra: [("retry_in_flight_after", .plain("1ms"))])]
        for r in replicas { try await r.start() }
        let distinct = 200, copies = 4
        let tally = Tally()
        await withTaskGroup(of: Void.self) { group in
            for copy in 0..<copies {
                for i in 0..<distinct {
                    let step = replicas[(i + copy) % 2]
                    group.addTask {
                        let m = Message(id: "copy\(copy)-\(i)", body: Array(#"{"id":"E\#(i)"}"#.utf8))
                        while true {
                            switch await step.process(m) {
                            case .message(let out):
                                // Every tenth key fails its first delivery: released, and a copy gets through later.
                                let fail = i % 10 == 0 && tally.failOnce("E\(i)")
                                if !fail { tally.deliver("E\(i)") }
                                await step.settled([out], delivered: !fail)
                                if !fail { return }
                            case .dropped:
                                tally.drop()
                                return
                            case .retry:
                                await Task.yield()
                            case .messages, .rejected:
                                Issue.record("unexpected result")
                                return
                            }
                        }
                    }
                }
            }
        }
        let counts = tally.delivered
        #expect(counts.count == distinct)
        #expect(counts.values.allSatisfy { $0 == 1 }, "a key was delivered twice: \(counts.filter { $0.value > 1 })")
        #expect(tally.dropped == distinct * copies - distinct)
        #expect(provider.opens == 2)  // one per replica, at start
    }

    @Test func aBrokerDownAtStartRetriesAndRecovers() async throws {
        let provider = FakeKeyValueProvider(failFirstOpens: 2)
        let step = try kvStep(provider)
        #expect(provider.opens == 0)  // building the step (validation) opens nothing
        try await step.start()  // does not fail: the open runs in the background
        let m = Message(id: "a", body: Array(#"{"id":"E1"}"#.utf8))
        var results: [String] = []
        for _ in 0..<3 {
            results.append(outcome(await step.process(m)))
        }
        // the open started by start() fails, the next message's open fails, the third one opens the bucket
        #expect(results == ["retry", "retry", "pass"])
        #expect(provider.opens == 3)
        if case .retry(let reason, _) = await (try kvStep(FakeKeyValueProvider(failFirstOpens: 1))).process(m) {
            #expect(reason == "dedup store: no JetStream")
        } else {
            Issue.record("a failed open must retry the message")
        }
    }

    @Test func configErrors() throws {
        func error(_ extra: [(String, ConfigNode)], connection: any Connection = FakeKeyValueProvider(), name: String = "nats") -> String {
            do {
                _ = try kvStep(connection, extra: extra, name: name)
                return "built"
            } catch {
                return "\(error)"
            }
        }
        #expect(error([]) == "built")
        #expect(error([], name: "natz").contains("unknown connection 'natz'"))
        #expect(error([], connection: NotKeyValue()).contains("cannot hold KV buckets"))
        #expect(error([("bucket", .plain("my.bucket"))]).contains("not a valid KV bucket name"))
        #expect(error([("max_entries", .plain("10"))]).contains("only applies to store: memory"))
        let noConnection = ConfigNode.map([("key", .string("{id}")), ("store", .plain("nats_kv"))])
        let config = try ConfigDecoder.decode(DedupConfig.self, from: noConnection)
        #expect(throws: ConfigError.self) {
            try DedupStep(config, context: PluginContext(routeName: "r", componentPath: "s", connections: NoConnections()))
        }
        let memoryWithBucket = ConfigNode.map([("key", .string("{id}")), ("bucket", .plain("x"))])
        let c2 = try ConfigDecoder.decode(DedupConfig.self, from: memoryWithBucket)
        #expect(throws: ConfigError.self) {
            try DedupStep(c2, context: PluginContext(routeName: "r", componentPath: "s", connections: NoConnections()))
        }
    }
}

extension KeyValueDedupStore.Held {
    var at: Int64 {
        if case .reserved(_, let at) = self { return at }
        return -1
    }
}
