import Foundation
import Logging
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

@Suite struct TopologyTests {
    /// A whole config read from YAML files, built and run through the supervisor.
    @Test func aConfigRunsEndToEndThroughItsSteps() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("routes"), withIntermediateDirectories: true)
        let hub = "hub-\(UUID().uuidString.prefix(8))"
        try """
            connections:
              \(hub): { type: memory }
            settings: { drain_timeout: 2s }
            """.write(to: dir.appendingPathComponent("switchyard.yaml"), atomically: true, encoding: .utf8)
        try """
            routes:
              - name: enrich
                from:
                  memory: { connection: \(hub), queue: in }
                steps:
                  - set: { fields: { source: switchyard, who: "{user.name}" }, metadata: { kind: "{type}" } }
                  - drop_fields: { fields: [secret] }
                to:
                  - memory: { connection: \(hub), queue: statuses }
                    when: "$meta.kind == 'status'"
                  - memory: { connection: \(hub), queue: others }
                    when: "$meta.kind != 'status'"
                on_error:
                  retry: { attempts: 2, delay: 10ms }
                  dead_letter:
                    memory: { connection: \(hub), queue: dead }
            """.write(to: dir.appendingPathComponent("routes/enrich.yaml"), atomically: true, encoding: .utf8)
        let (topology, problems) = TopologyBuilder.load(
            mainFile: dir.appendingPathComponent("switchyard.yaml").path, registry: testRegistry(), environment: [:])
        #expect(problems.isEmpty, "\(problems)")
        let t = try #require(topology)
        #expect(t.routes.map(\.name) == ["enrich"])
        #expect(t.routes[0].spec.retry.attempts == 2)

        let broker = MemoryBroker.named(hub)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let supervisor = RouteSupervisor(topology: t, logger: logger)
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        broker.queue("in").publish([
            Message(id: "1", body: Array(#"{"type":"status","user":{"name":"Josh"},"secret":"x"}"#.utf8)),
            Message(id: "2", body: Array(#"{"type":"message","user":{"name":"Amina"}}"#.utf8)),
            Message(id: "3", body: Array(#"{"type":"message"}"#.utf8)),  // no user.name: the template fails → dead letter
        ])
        let deadline = ContinuousClock.now + .seconds(10)
        while broker.queue("dead").readyCount + broker.queue("statuses").readyCount + broker.queue("others").readyCount < 3,
            ContinuousClock.now < deadline
        {
            try await Task.sleep(for: .milliseconds(5))
        }
        for r in supervisor.runners { r.stop() }
        run.cancel()
        _ = try? await run.value
        let statuses = broker.queue("statuses").drain()
        let others = broker.queue("others").drain()
        let dead = broker.queue("dead").drain()
        #expect(statuses.count == 1 && others.count == 1 && dead.count == 1)
        #expect(try statuses.first?.readJSON() == ["type": "status", "user": ["name": "Josh"], "source": "switchyard", "who": "Josh"])
        #expect(others.first?.metadata["kind"] == "message")
        #expect(dead.first?.headers["x-switchyard-error"]?.contains("no value for {user.name}") == true)
    }
}
