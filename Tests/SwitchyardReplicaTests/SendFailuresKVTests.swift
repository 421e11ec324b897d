import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI
@testable import WARSToWABA

/// `wars_send_failures` with `store: nats_kv`: it needs a bucket that lists its keys, which JetStream KV buckets
/// now do. Overdue pending commands in the real bucket come out as `failed` statuses and are marked failed.
@Suite struct SendFailuresKVTests {
    @Test func overduePendingCommandsInJetStreamKVBecomeFailedStatuses() async throws {
        let raw = try RawNATS()
        let (bucketName, sinkName) = (unique("corr"), unique("sink"))
        let conn = natsConnection()
        try await conn.start()
        let bucket = try await conn.bucket(named: bucketName, ttl: .seconds(3600))
        defer { raw.deleteBucket(bucketName) }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        func entry(_ id: String, deadline: Int64, state: String = "pending") -> CorrelationEntry {
            var e = CorrelationEntry(requestId: id, type: "SEND_FREETEXT", messageType: "TEXT", wabaAccountId: "acc", wabaNumber: "255700000001",
                                     to: "255700000002", correlationId: "c-\(id)", session: "s1", created: now - 120_000, deadline: deadline)
            e.state = state
            return e
        }
        let entries = [entry("r-overdue-1", deadline: now - 1000), entry("r overdue 2", deadline: now - 5000),
                       entry("r-not-yet", deadline: now + 3_600_000), entry("r-sent", deadline: now - 1000, state: "sent")]
        for e in entries { _ = try await bucket.put(CorrelationEntry.key(e.requestId), value: JSONWriter.bytes(e.json)) }
        _ = try await bucket.put("other.key", value: Array("not an entry".utf8))

        let yaml = """
        connections:
          nats:
            type: nats
            url: "${NATS_URL:-nats://127.0.0.1:4222}"
        settings: { drain_timeout: 5s }
        routes:
          - name: send-failures
            from:
              wars_send_failures: { store: nats_kv, connection: nats, bucket: \(bucketName), interval: 200ms }
            to:
              - scripted: { name: \(sinkName) }
        """
        let topology = try await RunningTopology(yaml: yaml)
        let sink = ScriptedSink.named(sinkName)
        try await eventually(timeout: .seconds(20), "2 failed statuses") { sink.confirmed.count >= 2 }
        // Marked failed once delivered, so later sweeps do not emit them again.
        try await eventually(timeout: .seconds(10), "entries marked failed") {
            for id in ["r-overdue-1", "r overdue 2"] {
                guard let v = try await bucket.get(CorrelationEntry.key(id)), CorrelationEntry(bytes: v.value)?.state == "failed" else { return false }
            }
            return true
        }
        try await Task.sleep(for: .milliseconds(800))  // several more sweeps
        let statuses = try sink.confirmed.map { try JSONParser.parse($0.body) }
        #expect(statuses.count == 2)
        #expect(Set(statuses.compactMap { $0["messageId"]?.stringValue }) == ["r-overdue-1", "r overdue 2"])
        #expect(statuses.allSatisfy { $0["status"]?.stringValue == "failed" && $0["type"]?.stringValue == "STATUS_WEBHOOK" })
        #expect(CorrelationEntry(bytes: try #require(try await bucket.get(CorrelationEntry.key("r-not-yet"))).value)?.state == "pending")
        #expect(CorrelationEntry(bytes: try #require(try await bucket.get(CorrelationEntry.key("r-sent"))).value)?.state == "sent")
        await topology.stop()
        await conn.shutdown()
    }
}
