import Synchronization
import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

/// A NATS connection stand-in whose buckets fail like a broker that is down.
final class DownKVConnection: KeyValueProvider {
    struct Down: Error {}
    func start() async throws {}
    func shutdown() async {}
    var isConnected: Bool { false }
    func bucket(named name: String, ttl: Duration) async throws -> any KeyValueBucket { throw Down() }
}

@Suite struct StoreDownTests {
    @Test func aSendResultWaitsForTheStoreInsteadOfBeingDeadLettered() async throws {
        struct Dir: ConnectionDirectory {
            let c = DownKVConnection()
            func connection(named name: String) -> (any Connection)? { c }
            var connectionNames: [String] { ["nats"] }
        }
        let node = ConfigNode.map([
            ("sessions", .map([("+255700000000", .string("shop-1"))])), ("store", .plain("nats_kv")), ("connection", .plain("nats")),
        ])
        let step = try WARSToWABAStep(try ConfigDecoder.decode(WARSToWABAConfig.self, from: node),
                                      context: PluginContext(routeName: "r", componentPath: "s", connections: Dir()))
        let result = await step.process(Message(id: "r", body: Array(SendResultTests.success.utf8)))
        guard case .retry(let reason, _) = result else { Issue.record("expected a retry, got \(result)"); return }
        #expect(reason.hasPrefix("correlation store (KV bucket 'waba_wars_correlation' on 'nats')"))
        // Messages need no store: they still translate.
        guard case .message = await step.process(Message(id: "m", body: Array(warsMessage().utf8))) else {
            Issue.record("a message event must not need the store")
            return
        }
    }
}
