import CNATS
import Foundation
import Synchronization
import Testing
@testable import Dedup
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI

/// Dedup `store: nats_kv` against real JetStream KV: the store's reserve/commit/release between two
/// connections (two replicas), then whole routes: a failed sink retried and delivered, duplicates dropped,
/// and two routes' steps sharing one bucket.
@Suite struct NATSKVDedupTests {
    /// A wall clock the test moves by hand (reservation timeouts without waiting for them).
    final class ManualClock: Sendable {
        let ms = Atomic<Int64>(1_000_000)
        var now: KeyValueDedupStore.WallClock { { [self] in ms.load(ordering: .relaxed) } }
        func advance(_ by: Int64) { ms.add(by, ordering: .relaxed) }
    }

    @Test func reserveCommitReleaseAcrossTwoReplicas() async throws {
        let raw = try RawNATS()
        let bucket = unique("dedup")
        let (c1, c2) = (natsConnection(), natsConnection())
        try await c1.start()
        try await c2.start()
        let clock = ManualClock()
        let window = Duration.seconds(3)
        let r1 = KeyValueDedupStore(provider: c1, bucket: bucket, window: window, reservationTimeout: .seconds(5), now: clock.now)
        let r2 = KeyValueDedupStore(provider: c2, bucket: bucket, window: window, reservationTimeout: .seconds(5), now: clock.now)

        // Replica 1 reserves; replica 2's copy is in flight, replica 1's own redelivery goes on.
        #expect(try await r1.reserve("E1", token: "m1", window: window) == .fresh)
        #expect(try await r2.reserve("E1", token: "m2", window: window) == .inFlight)
        #expect(try await r1.reserve("E1", token: "m1", window: window) == .fresh)
        #expect(try raw.kvValue(bucket: bucket, key: "E1") == "reserved|m1|1000000")
        // The delivery failed: released, so the other copy (or the retry) takes it.
        await r1.release("E1", token: "m1")
        #expect(try raw.kvValue(bucket: bucket, key: "E1") == "released")
        #expect(try await r2.reserve("E1", token: "m2", window: window) == .fresh)
        // A stale release by the first holder does not free the new holder's reservation.
        await r1.release("E1", token: "m1")
        #expect(try await r1.reserve("E1", token: "m1", window: window) == .inFlight)
        // Delivered: every later copy, on either replica, is a duplicate.
        await r2.commit("E1", token: "m2", window: window)
        #expect(try raw.kvValue(bucket: bucket, key: "E1") == "delivered")
        #expect(try await r1.reserve("E1", token: "m3", window: window) == .duplicate)
        #expect(try await r2.reserve("E1", token: "m2", window: window) == .duplicate)
        // A release after the commit changes nothing.
        await r2.release("E1", token: "m2")
        #expect(try await r1.reserve("E1", token: "m4", window: window) == .duplicate)

        // A reservation whose holder died is taken over after the reservation timeout, by exactly one replica.
        #expect(try await r1.reserve("E2", token: "dead", window: window) == .fresh)
        clock.advance(4_000)
        #expect(try await r2.reserve("E2", token: "m5", window: window) == .inFlight)
        clock.advance(2_000)
        async let a = r1.reserve("E2", token: "m6", window: window)
        async let b = r2.reserve("E2", token: "m7", window: window)
        let outcomes = try await [a, b]
        #expect(outcomes.filter { $0 == .fresh }.count == 1, "\(outcomes)")
        #expect(outcomes.filter { $0 == .inFlight }.count == 1, "\(outcomes)")

        // Keys that need encoding (spaces, '|', unicode) round-trip to valid KV keys.
        #expect(try await r1.reserve("wamid.HBg 1|delivered ✓", token: "m8", window: window) == .fresh)
        await r1.commit("wamid.HBg 1|delivered ✓", token: "m8", window: window)
        #expect(try await r2.reserve("wamid.HBg 1|delivered ✓", token: "m9", window: window) == .duplicate)

        // The bucket's TTL is the window: after it a delivered key counts no more.
        try await Task.sleep(for: .milliseconds(3300))
        #expect(try await r2.reserve("E1", token: "m10", window: window) == .fresh)

        raw.deleteBucket(bucket)
        await c1.shutdown()
        await c2.shutdown()
    }

    @Test func manyConcurrentCopiesOfOneKeyOnTwoReplicasLetExactlyOneThrough() async throws {
        let raw = try RawNATS()
        let bucket = unique("dedup")
        let (c1, c2) = (natsConnection(), natsConnection())
        try await c1.start()
        try await c2.start()
        let stores = [c1, c2].map { KeyValueDedupStore(provider: $0, bucket: bucket, window: .seconds(60), reservationTimeout: .seconds(60)) }
        for round in 0..<10 {
            let outcomes = try await withThrowingTaskGroup(of: ReserveOutcome.self) { group in
                for i in 0..<16 {
                    group.addTask { try await stores[i % 2].reserve("K\(round)", token: "t\(i)", window: .seconds(60)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .fresh }.count == 1, "round \(round): \(outcomes)")
        }
        raw.deleteBucket(bucket)
        await c1.shutdown()
        await c2.shutdown()
    }

    @Test func aStoreThatCannotReachNATSRetriesTheMessageInsteadOfDroppingIt() async throws {
        // A port nothing listens on: the connection starts (connecting in the background), the bucket cannot open.
        let conn = natsConnection(url: "nats://127.0.0.1:1")
        try await conn.start()
        let registry = replicaRegistry()
        let connections = OneConnection(name: "nats", connection: conn)
        let config = ConfigNode.map([("key", .string("{event_id}")), ("store", .plain("nats_kv")), ("connection", .plain("nats")),
                                     ("bucket", .plain(unique("dedup"))), ("retry_in_flight_after", .plain("300ms"))])
        let step = try registry.build(.transform, "dedup", config: config,
                                      context: PluginContext(routeName: "r", componentPath: "steps.0.dedup", connections: connections),
                                      as: (any Transform).self)
        try await (step as? any LifecycleComponent)?.start()
        let result = await step.process(Message(id: "m1", body: Array(#"{"event_id":"E1"}"#.utf8)))
        guard case .retry(let reason, let after) = result else {
            Issue.record("expected a retry, got \(result)")
            return
        }
        #expect(reason.contains("dedup store"))
        #expect(after == .milliseconds(300))
        await conn.shutdown()
    }

    func routeYAML(_ routes: [(name: String, stream: String, sink: String)], bucket: String) -> String {
        var yaml = """
        connections:
          nats:
            type: nats
            url: "${NATS_URL:-nats://127.0.0.1:4222}"
        settings: { drain_timeout: 5s }
        routes:

        """
        for r in routes {
            yaml += """
              - name: \(r.name)
                from:
                  jetstream: { connection: nats, stream: \(r.stream), durable: worker, batch: 32, ack_wait: 10s, fetch_wait: 200ms }
                steps:
                  - dedup: { key: "{event_id}", store: nats_kv, connection: nats, bucket: \(bucket), window: 5m, retry_in_flight_after: 200ms }
                to:
                  - scripted: { name: \(r.sink) }
                on_error:
                  retry: { delay: 200ms, max_delay: 500ms }
                max_in_flight: 8

            """
        }
        return yaml
    }

    @Test func aFailedSinkIsRetriedAndDeliveredOnceAndTrueDuplicatesAreDropped() async throws {
        let raw = try RawNATS()
        let (stream, bucket, sinkName) = (unique("DD"), unique("dedup"), unique("sink"))
        try raw.addStream(stream, subjects: ["\(stream).in"])
        defer { raw.deleteStream(stream); raw.deleteBucket(bucket) }
        let sink = ScriptedSink.named(sinkName)
        sink.state.withLock { $0.failFirst = 1 }  // every message's first attempt fails
        // 40 distinct events; every fourth also sent again (a new Nats-Msg-Id, so the stream keeps both).
        var input: [(body: String, id: String)] = []
        for i in 0..<40 {
            input.append((#"{"event_id":"E\#(i)","seq":\#(i)}"#, "m-\(i)"))
            if i % 4 == 0 { input.append((#"{"event_id":"E\#(i)","seq":\#(i)}"#, "m-\(i)-dup")) }
        }
        try raw.publish("\(stream).in", input)
        let topology = try await RunningTopology(yaml: routeYAML([("dd", stream, sinkName)], bucket: bucket))
        try await eventually(timeout: .seconds(60), "40 distinct events delivered") { Set(sink.confirmedEvents).count == 40 }
        let runner = try #require(topology.runner("dd"))
        // The duplicates are settled too (dropped once their twin was delivered).
        try await eventually(timeout: .seconds(30), "10 duplicates dropped") { runner.stats.deduplicated.load(ordering: .relaxed) == 10 }
        try await Task.sleep(for: .seconds(1))  // nothing more may arrive
        let events = sink.confirmedEvents
        #expect(events.count == 40, "delivered \(events.count) for 40 distinct events")
        #expect(Set(events) == Set((0..<40).map { "E\($0)" }))
        // Each delivered message had failed once first: the failure released the key, the retry was not swallowed.
        for m in sink.confirmed { #expect(sink.state.withLock { $0.attempts[m.id] } ?? 0 >= 2, "\(m.id)") }
        #expect(runner.stats.retried.load(ordering: .relaxed) >= 40)
        for i in [0, 7, 39] { #expect(try raw.kvValue(bucket: bucket, key: "E\(i)") == "delivered") }
        await topology.stop()
    }

    @Test func twoRoutesSharingOneBucketDeliverEachKeyOnceBetweenThem() async throws {
        let raw = try RawNATS()
        let (s1, s2, bucket) = (unique("SA"), unique("SB"), unique("dedup"))
        let (sinkA, sinkB) = (unique("sinkA"), unique("sinkB"))
        try raw.addStream(s1, subjects: ["\(s1).in"])
        try raw.addStream(s2, subjects: ["\(s2).in"])
        defer { raw.deleteStream(s1); raw.deleteStream(s2); raw.deleteBucket(bucket) }
        // E0..E99 on the first stream, E50..E149 on the second: 50 keys reach both routes.
        try raw.publish("\(s1).in", (0..<100).map { (#"{"event_id":"E\#($0)"}"#, "a-\($0)") })
        try raw.publish("\(s2).in", (50..<150).map { (#"{"event_id":"E\#($0)"}"#, "b-\($0)") })
        let topology = try await RunningTopology(yaml: routeYAML([("ra", s1, sinkA), ("rb", s2, sinkB)], bucket: bucket))
        let (a, b) = (ScriptedSink.named(sinkA), ScriptedSink.named(sinkB))
        try await eventually(timeout: .seconds(60), "150 distinct events delivered") { Set(a.confirmedEvents + b.confirmedEvents).count == 150 }
        let (ra, rb) = (try #require(topology.runner("ra")), try #require(topology.runner("rb")))
        try await eventually(timeout: .seconds(30), "50 duplicates dropped") {
            ra.stats.deduplicated.load(ordering: .relaxed) + rb.stats.deduplicated.load(ordering: .relaxed) == 50
        }
        try await Task.sleep(for: .seconds(1))
        let all = a.confirmedEvents + b.confirmedEvents
        #expect(all.count == 150, "delivered \(all.count) for 150 distinct events")
        #expect(Set(all) == Set((0..<150).map { "E\($0)" }))
        // Keys only one route saw went through that route.
        #expect(Set((0..<50).map { "E\($0)" }).isSubset(of: Set(a.confirmedEvents)))
        #expect(Set((100..<150).map { "E\($0)" }).isSubset(of: Set(b.confirmedEvents)))
        await topology.stop()
    }
}
