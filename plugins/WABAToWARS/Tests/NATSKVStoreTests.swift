import Synchronization
import SwitchyardPluginAPI
import Testing
@testable import WABAToWARS

/// A NATS connection stand-in: hands out memory buckets, or fails like a broker that is down.
final class FakeKVConnection: KeyValueProvider {
    let down = Mutex(false)
    let opened = Mutex<[String]>([])
    let bucket = MemoryKeyValueBucket(ttl: .seconds(60))
    struct Down: Error {}

    func start() async throws {}
    func shutdown() async {}
    var isConnected: Bool { !down.withLock { $0 } }
    func bucket(named name: String, ttl: Duration) async throws -> any KeyValueBucket {
        if down.withLock({ $0 }) { throw Down() }
        opened.withLock { $0.append(name) }
        return bucket
    }
}

struct OneConnection: ConnectionDirectory {
    let nats: FakeKVConnection
    func connection(named name: String) -> (any Connection)? { name == "nats" ? nats : nil }
    var connectionNames: [String] { ["nats"] }
}

@Suite struct NATSKVStoreTests {
    func step(_ nats: FakeKVConnection) throws -> WABAToWARSStep {
        let node = config([("store", .plain("nats_kv")), ("connection", .plain("nats")), ("bucket", .string("corr"))])
        let decoded = try ConfigDecoder.decode(WABAToWARSConfig.self, from: node)
        return try WABAToWARSStep(decoded, context: PluginContext(routeName: "r", componentPath: "steps.0", connections: OneConnection(nats: nats)))
    }

    @Test func theBucketIsOpenedOnceThroughTheConnectionAndHoldsTheEntries() async throws {
        let nats = FakeKVConnection()
        let s = try step(nats)
        let a = try await translated(s, Seed.freetextText)
        _ = try await translated(s, Seed.shopDetails)
        #expect(nats.opened.withLock { $0 } == ["corr"])
        #expect(try await nats.bucket.get(CorrelationEntry.key(try #require(a.metadata["request_id"]))) != nil)
    }

    @Test func anUnreachableStoreMeansRetryNotLoss() async throws {
        let nats = FakeKVConnection()
        nats.down.withLock { $0 = true }
        let s = try step(nats)
        guard case .retry(let reason, _) = await s.process(message(Seed.freetextText)) else {
            Issue.record("expected a retry")
            return
        }
        #expect(reason.hasPrefix("correlation store (KV bucket 'corr' on 'nats')"))
        nats.down.withLock { $0 = false }
        _ = try await translated(s, Seed.freetextText)
    }

    @Test func aConnectionThatCannotHoldBucketsIsAConfigError() throws {
        final class Plain: Connection {
            func start() async throws {}
            func shutdown() async {}
            var isConnected: Bool { true }
        }
        struct Dir: ConnectionDirectory {
            let c = Plain()
            func connection(named name: String) -> (any Connection)? { c }
            var connectionNames: [String] { ["rabbit"] }
        }
        let node = config([("store", .plain("nats_kv")), ("connection", .plain("rabbit"))])
        let decoded = try ConfigDecoder.decode(WABAToWARSConfig.self, from: node)
        #expect(throws: ConfigError.self) {
            _ = try WABAToWARSStep(decoded, context: PluginContext(routeName: "r", componentPath: "s", connections: Dir()))
        }
    }
}
