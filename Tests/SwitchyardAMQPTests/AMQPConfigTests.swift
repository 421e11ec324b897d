import Foundation
import Testing
@testable import SwitchyardAMQP
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// Config checks that need no broker: what `switchyard validate` reports for `amqp` connections and components.
@Suite struct AMQPConfigTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func load(_ yaml: String) throws -> (Topology?, [ConfigError]) {
        TopologyBuilder.load(mainFile: try writeConfig(yaml), registry: testRegistry(), environment: [:])
    }

    /// The seed's topology, as its diagram draws it.
    static let seedTopology = """
        connections:
          rabbit:
            type: amqp
            url: "amqp://guest:guest@127.0.0.1:5672/"
            exchanges:
              - { name: whatsapp.exchange, type: topic }
            queues:
              - { name: q.whatsapp.inbound }
              - { name: q.whatsapp.outbound }
              - { name: q.whatsapp.auth }
            bindings:
              - { queue: q.whatsapp.inbound, exchange: whatsapp.exchange, routing_key: "whatsapp.inbound.#" }
              - { queue: q.whatsapp.outbound, exchange: whatsapp.exchange, routing_key: "whatsapp.outbound.#" }
              - { queue: q.whatsapp.auth, exchange: whatsapp.exchange, routing_key: whatsapp.outbound.auth }
        """

    @Test func seedTopologyWarnsThatOTPsAlsoReachTheShopQueue() throws {
        let (topology, problems) = try load(Self.seedTopology)
        #expect(topology != nil, "a warning must not fail the config: \(problems)")
        #expect(problems.count == 1, "\(problems)")
        let w = try #require(problems.first)
        #expect(w.isWarning)
        #expect(w.keyPath == ["connections", "rabbit", "bindings", "2", "routing_key"])
        #expect(w.message.contains("'whatsapp.outbound.auth'") && w.message.contains("q.whatsapp.outbound") && w.message.contains("q.whatsapp.auth"))
        // Located at the binding that completes the overlap (line 14 of the file above).
        #expect(w.location?.line == 14, "\(String(describing: w.location))")
    }

    @Test func correctedTopologyHasNoWarning() throws {
        let corrected = Self.seedTopology.replacingOccurrences(of: "\"whatsapp.outbound.#\"", with: "whatsapp.outbound.message")
        let (topology, problems) = try load(corrected)
        #expect(topology != nil)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func allowOverlapSilencesTheWarning() throws {
        let audited = Self.seedTopology.replacingOccurrences(
            of: "routing_key: \"whatsapp.outbound.#\" }", with: "routing_key: \"whatsapp.outbound.#\", allow_overlap: true }")
        let (_, problems) = try load(audited)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theShippedExampleValidatesCleanly() throws {
        let main = Self.repo.appendingPathComponent("examples/waba-rabbitmq/switchyard.yaml").path
        let (topology, problems) = TopologyBuilder.load(mainFile: main, registry: testRegistry(), environment: [:])
        #expect(problems.isEmpty, "\(problems)")
        let t = try #require(topology)
        #expect(t.routes.count == 3)
        let rabbit = try #require(t.connections.byName["rabbit"] as? AMQPConnection)
        let bindings = rabbit.settings.topology.bindings.map { "\($0.queue) <- \($0.routingKey)" }
        #expect(bindings.contains("q.whatsapp.outbound <- whatsapp.outbound.message"))
        #expect(bindings.contains("q.whatsapp.auth <- whatsapp.outbound.auth"))
        #expect(bindings.contains("q.whatsapp.inbound <- whatsapp.inbound.#"))
        let inbound = try #require(rabbit.settings.topology.queues.first { $0.name == "q.whatsapp.inbound" })
        #expect(inbound.arguments["x-queue-type"] == .string("quorum"))
    }

    @Test func connectionSettingsAreRead() throws {
        let (topology, problems) = try load("""
            connections:
              rabbit:
                url: "amqps://app:p%40ss@broker:5000/prod"
                heartbeat: 10s
                connection_name: gw
                confirm_window: 300
                tls: { ca_file: /etc/ca.pem, verify_hostname: false }
                queues:
                  - { name: q, arguments: { x-message-ttl: 60000, x-dead-letter-exchange: dlx, x-single-active-consumer: true } }
            """)
        #expect(problems.isEmpty, "\(problems)")
        let c = try #require(topology?.connections.byName["rabbit"] as? AMQPConnection)
        #expect(c.settings.url.tls && c.settings.url.password == "p@ss" && c.settings.url.vhost == "prod")
        #expect(c.settings.heartbeatSeconds == 10 && c.settings.connectionName == "gw" && c.settings.confirmWindow == 300)
        #expect(c.settings.tls?.caFile == "/etc/ca.pem" && c.settings.tls?.verifyHostname == false)
        let args = c.settings.topology.queues[0].arguments
        #expect(args["x-message-ttl"] == .int(60000) && args["x-dead-letter-exchange"] == .string("dlx"))
        #expect(args["x-single-active-consumer"] == .bool(true))
    }

    @Test func badInputIsReportedWithItsKey() throws {
        func errors(_ yaml: String) throws -> [ConfigError] { try load(yaml).1.filter { !$0.isWarning } }

        let url = try errors("connections:\n  rabbit: { type: amqp, url: \"http://x\" }\n")
        #expect(url.contains { $0.keyPath == ["connections", "rabbit", "url"] && $0.location != nil }, "\(url)")

        let quorum = try errors("""
            connections:
              rabbit:
                url: "amqp://h/"
                queues: [ { name: q, durable: false, arguments: { x-queue-type: quorum } } ]
            """)
        #expect(quorum.contains { $0.message.contains("quorum queue must be durable") }, "\(quorum)")

        let kind = try errors("""
            connections:
              rabbit:
                url: "amqp://h/"
                exchanges: [ { name: e, type: topik } ]
            """)
        #expect(kind.contains { $0.message.contains("did you mean 'topic'") || ($0.hint ?? "").contains("topic") }, "\(kind)")

        let unknown = try errors("""
            connections:
              rabbit:
                url: "amqp://h/"
                bindings: [ { queue: q, exchange: e, routingkey: k } ]
            """)
        #expect(unknown.contains { $0.message.contains("unknown key 'routingkey'") }, "\(unknown)")

        let prefetch = try errors("""
            connections:
              rabbit: { url: "amqp://h/" }
            routes:
              - name: r
                from: { amqp: { connection: rabbit, queue: q, prefetch: 0 } }
                to: [ stdout ]
            """)
        #expect(prefetch.contains { $0.keyPath.last == "prefetch" }, "\(prefetch)")

        let missing = try errors("""
            connections:
              rabbit: { url: "amqp://h/" }
            routes:
              - name: r
                from: { memory: { queue: q } }
                to: [ { amqp: { connection: rabit, exchange: e, routing_key: k } } ]
            """)
        #expect(missing.contains { $0.message.contains("unknown connection 'rabit'") && ($0.hint ?? "").contains("rabbit") }, "\(missing)")
    }

    /// A broker that is down at start is not an error: the connection keeps trying and reports not ready,
    /// and publishes fail back retryably instead of hanging.
    @Test func unreachableBrokerMeansNotReadyAndRetryableFailures() async throws {
        var s = AMQPSettings(url: try AMQPURL(parsing: "amqp://guest:guest@127.0.0.1:1/"))
        s.reconnectDelay = .milliseconds(50)
        let c = AMQPConnection(name: "down", settings: s)
        try await c.start()
        let failed = await eventually(timeout: .seconds(5)) {
            let r = await c.publish([OutgoingMessage(exchange: "x", routingKey: "k", body: [1])])
            return r.failures[0]?.retryable == true
        }
        #expect(failed)
        #expect(!c.isConnected)
        await c.shutdown()
    }
}
