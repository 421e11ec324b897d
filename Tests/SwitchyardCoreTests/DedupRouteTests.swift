import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// Dedup inside a running route: the reservation is released when a sink fails, so the retry is
/// delivered rather than swallowed as a duplicate; true duplicates are dropped and counted.
@Suite struct DedupRouteTests {
    func dedupStep() throws -> any Transform {
        let registry = testRegistry()
        let config = ConfigNode.map([("key", .string("{event_id}")), ("window", .plain("10m"))])
        return try registry.build(.transform, "dedup", config: config,
                                  context: PluginContext(routeName: "r", componentPath: "steps.0.dedup", connections: ConnectionSet()),
                                  as: (any Transform).self)
    }

    @Test func aSinkFailureDoesNotSwallowTheRetry() async throws {
        let sink = ScriptedSink(failuresPerMessage: 1)
        let h = Harness(steps: [try dedupStep()], sinks: [("out", sink, nil)], maxInFlight: 1)
        h.publish([#"{"event_id":"E1"}"#])
        try await h.run { sink.confirmed.count == 1 }
        #expect(sink.confirmed[0].deliveryCount == 2)  // failed once, redelivered, delivered
        #expect(h.runner.stats.dropped.load(ordering: .relaxed) == 0)
    }

    @Test func duplicatesAreDroppedAndCounted() async throws {
        let sink = ScriptedSink()
        let h = Harness(steps: [try dedupStep()], sinks: [("out", sink, nil)], maxInFlight: 1, batchSize: 1)
        // 100 distinct events, each sent twice, the copy after the original was delivered.
        h.publish((0..<100).flatMap { [#"{"event_id":"E\#($0)"}"#, #"{"event_id":"E\#($0)"}"#] })
        try await h.run { sink.confirmed.count + h.runner.stats.dropped.load(ordering: .relaxed) == 200 }
        #expect(sink.confirmed.count == 100)
        #expect(h.runner.stats.dropped.load(ordering: .relaxed) == 100)
        #expect(h.input.unackedCount == 0)
    }
}
