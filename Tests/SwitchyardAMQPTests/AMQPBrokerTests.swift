import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardAMQP
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// Against the real rabbitmq-server (AMQP_URL). Serialized: one test restarts the broker, and the others
/// must not run while it is down.
@Suite(.serialized) struct AMQPBrokerTests {
    /// A connection block declaring `queues` (each bound to `exchange` with its pattern) plus any extra YAML.
    static func connectionYAML(exchange: String, queues: [(name: String, key: String, args: String)]) -> String {
        var y = """
            connections:
              rabbit:
                type: amqp
                url: "${AMQP_URL}"
                reconnect_delay: 100ms
                max_reconnect_delay: 1s
                exchanges:
                  - { name: \(exchange), type: topic, auto_delete: true }
                queues:

            """
        for q in queues { y += "      - { name: \(q.name)\(q.args.isEmpty ? "" : ", arguments: { \(q.args) }") }\n" }
        y += "    bindings:\n"
        for q in queues { y += "      - { queue: \(q.name), exchange: \(exchange), routing_key: \"\(q.key)\" }\n" }
        return y
    }

    @Test func sourceHandsOverMetadataAndAcksOnlyAfterTheSinks() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), out = uniqueName("mem")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "whatsapp.inbound.#", "")]) + """
            routes:
              - name: to-memory
                from: { amqp: { connection: rabbit, queue: \(q), prefetch: 16 } }
                to: [ { memory: { queue: \(out) } } ]
            """)
        let sink = MemoryBroker.named("memory").queue(out)
        let body = Array(#"{"type":"MESSAGE_RECEIVED","messageId":"msg-123"}"#.utf8)
        let r = await routes.connection("rabbit").publish([
            OutgoingMessage(exchange: ex, routingKey: "whatsapp.inbound.message", body: body, headers: [("x-tenant", "shop-1")],
                            contentType: "application/json", messageId: "msg-123", correlationId: "session-001"),
            OutgoingMessage(exchange: ex, routingKey: "whatsapp.inbound.status", body: body),
        ])
        #expect(r.failures.isEmpty, "\(r.failures)")
        #expect(await eventually(timeout: .seconds(10)) { sink.readyCount == 2 })
        let got = sink.drain()
        let first = try #require(got.first { $0.id == "msg-123" })
        #expect(first.metadata["routing_key"] == "whatsapp.inbound.message")
        #expect(first.metadata["exchange"] == ex && first.metadata["queue"] == q)
        #expect(first.metadata["redelivered"] == "false" && first.metadata["delivery_tag"] != nil)
        #expect(first.metadata["correlation_id"] == "session-001" && first.metadata["content_type"] == "application/json")
        #expect(first.headers["x-tenant"] == "shop-1")
        #expect(first.deliveryCount == 1 && first.source == "amqp")
        #expect(first.body == body)
        let second = try #require(got.first { $0.metadata["routing_key"] == "whatsapp.inbound.status" })
        #expect(!second.id.isEmpty && second.id != "msg-123", "a generated id when the message has none")
        await routes.stop()
        // Acked: nothing went back to the queue when the consumer closed.
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([q])
    }

    /// AMQP → AMQP with an empty step list: 100,000 messages, each arriving at the far queue.
    @Test func amqpToAmqpMovesOneHundredThousandMessages() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), a = uniqueName("t.a"), b = uniqueName("t.b")
        let count = 100_000
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(a, "in.#", ""), (b, "out.#", "")]) + """
            routes:
              - name: a-to-b
                from: { amqp: { connection: rabbit, queue: \(a), prefetch: 512 } }
                to: [ { amqp: { connection: rabbit, exchange: \(ex), routing_key: "out.{$meta.routing_key}" } } ]
            """)
        let conn = routes.connection("rabbit")
        let consumer = Consuming(conn, queue: b)
        let started = ContinuousClock.now
        let unconfirmed = await publishSequenced(conn, exchange: ex, routingKey: "in.message", range: 0..<count)
        #expect(unconfirmed == 0)
        let arrived = await eventually(timeout: .seconds(120), every: .milliseconds(100)) { consumer.collector.uniqueCount == count }
        let elapsed = ContinuousClock.now - started
        #expect(arrived, "only \(consumer.collector.uniqueCount) of \(count) arrived")
        print("amqp→amqp: \(count) messages in \(elapsed) (\(Int(Double(count) / elapsed.secondsValue))/s, \(consumer.collector.total) deliveries)")
        await consumer.stop()
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(a) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([a, b])
    }

    @Test func unroutablePublishGoesToTheRoutesDeadLetter() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), dead = uniqueName("mem.dead")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "in.#", "")]) + """
            routes:
              - name: to-nowhere
                from: { amqp: { connection: rabbit, queue: \(q) } }
                to: [ { amqp: { connection: rabbit, exchange: \(ex), routing_key: "nobody.listens.{kind}" } } ]
                on_error:
                  retry: { attempts: 3, delay: 10ms }
                  dead_letter: { memory: { queue: \(dead) } }
            """)
        let r = await routes.connection("rabbit").publish([
            OutgoingMessage(exchange: ex, routingKey: "in.x", body: Array(#"{"kind":"otp","seq":1}"#.utf8), messageId: "u-1"),
        ])
        #expect(r.failures.isEmpty)
        let dl = MemoryBroker.named("memory").queue(dead)
        #expect(await eventually(timeout: .seconds(10)) { dl.readyCount == 1 })
        let letter = try #require(dl.drain().first)
        let error = letter.headers["x-switchyard-error"] ?? ""
        #expect(error.contains("unroutable") && error.contains("nobody.listens.otp"), "\(error)")
        #expect(letter.headers["x-switchyard-attempts"] == "1", "unroutable is permanent by default: no retry")
        await routes.stop()
        // Dead-lettered means acked at the source (the ack goes out from the consumer's thread, asynchronously).
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })
        await Broker.deleteQueues([q])
    }

    /// Acks newer than an open tag wait for it so that one `multiple` ack covers them, but at most prefetch/2 of
    /// them: a delivery the route holds must not stall the queue behind it. Prefetch 8: deferring without the bound
    /// would stop the broker after 8 deliveries; all 99 others arrive while seq 0 is held, and nothing comes back.
    @Test func aHeldDeliveryDoesNotStallTheQueueBehindIt() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), idle = uniqueName("t.idle")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "in.#", ""), (idle, "none", "")]) + """
            routes:
              - name: idle
                from: { amqp: { connection: rabbit, queue: \(idle) } }
                to: [ { memory: { queue: \(uniqueName("mem")) } } ]
            """)
        let conn = routes.connection("rabbit")
        #expect(await publishSequenced(conn, exchange: ex, routingKey: "in.x", range: 0..<100) == 0)
        let collector = Collector(hold: { sequenceNumber($0) == 0 })
        let consumer = Consuming(conn, queue: q, collector: collector, prefetch: 8)
        #expect(await eventually(timeout: .seconds(20)) { collector.uniqueCount == 100 }, "only \(collector.uniqueCount) arrived behind the held one")
        collector.releaseHeld()
        await consumer.stop()
        await routes.stop()
        #expect(collector.total == 100, "nothing redelivered: every ack, deferred or single, reached the broker")
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })
        await Broker.deleteQueues([q, idle])
    }

    @Test func sinkFailuresLeadToRedeliveryWithCountedAttempts() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), flaky = uniqueName("flaky")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "in.#", "")]) + """
            routes:
              - name: flaky-sink
                from: { amqp: { connection: rabbit, queue: \(q) } }
                to: [ { flaky: { name: \(flaky), failures: 2 } } ]
                on_error:
                  retry: { attempts: 5, delay: 50ms }
            """)
        let unconfirmed = await publishSequenced(routes.connection("rabbit"), exchange: ex, routingKey: "in.x", range: 0..<20)
        #expect(unconfirmed == 0)
        let sink = FlakySink.named(flaky, failures: 2, retryable: true)
        #expect(await eventually(timeout: .seconds(20)) { sink.confirmed.count >= 20 })
        let confirmed = sink.confirmed
        #expect(Set(confirmed.compactMap(sequenceNumber)) == Set(0..<20))
        #expect(confirmed.allSatisfy { $0.deliveryCount == 3 }, "\(confirmed.map(\.deliveryCount))")
        #expect(confirmed.allSatisfy { $0.metadata["routing_key"] == "in.x" && $0.metadata["exchange"] == ex },
                "a retried copy keeps its original routing key and exchange")
        #expect(confirmed.allSatisfy { $0.headers["x-switchyard-attempt"] == nil })
        #expect(sink.attempts("m-0") == 3)
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([q])
    }

    /// A route stopping while a delivery waits out its retry delay: the retry happens at once (the counted copy
    /// queued, the original acked before the channel closes), so the queue holds the copy and not also the
    /// original. (The delayed-retry task was not waited for: the original came back redelivered beside its copy.)
    @Test func stoppingDuringARetryDelayQueuesTheCopyNotTheOriginalToo() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), idle = uniqueName("t.idle"), flaky = uniqueName("flaky")
        let yaml = Self.connectionYAML(exchange: ex, queues: [(q, "in.#", ""), (idle, "none", "")])
        let routes = try await RunningRoutes.start(yaml + """
            routes:
              - name: flaky-sink
                from: { amqp: { connection: rabbit, queue: \(q) } }
                to: [ { flaky: { name: \(flaky), failures: 1 } } ]
                on_error:
                  retry: { attempts: 5, delay: 60s }
            """)
        #expect(await publishSequenced(routes.connection("rabbit"), exchange: ex, routingKey: "in.x", range: 0..<1) == 0)
        let sink = FlakySink.named(flaky, failures: 1, retryable: true)
        #expect(await eventually(timeout: .seconds(20)) { sink.attempts("m-0") == 1 })
        let stopping = ContinuousClock.now
        await routes.stop()
        #expect(ContinuousClock.now - stopping < .seconds(30), "the 60 s retry delay is cut short by the stop")

        let reader = try await RunningRoutes.start(yaml + """
            routes:
              - name: idle
                from: { amqp: { connection: rabbit, queue: \(idle) } }
                to: [ { memory: { queue: \(uniqueName("mem")) } } ]
            """)
        let consumer = Consuming(reader.connection("rabbit"), queue: q, collector: Collector(keepMessages: true))
        #expect(await eventually(timeout: .seconds(20)) { consumer.collector.total >= 1 })
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })
        await consumer.stop()
        let queued = consumer.collector.messages
        #expect(queued.count == 1, "only the copy: \(queued.map { ($0.deliveryCount, $0.metadata["redelivered"] ?? "") })")
        #expect(queued.first?.deliveryCount == 2 && queued.first?.metadata["redelivered"] == "false", "the counted copy")
        #expect(sink.attempts("m-0") == 1)
        await reader.stop()
        await Broker.deleteQueues([q, idle])
    }

    /// `retry: requeue` on a quorum queue: nack-requeue after the delay, attempts counted by x-delivery-count.
    @Test func requeueRetriesOnAQuorumQueueCountAttempts() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), flaky = uniqueName("flaky")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "in.#", "x-queue-type: quorum")]) + """
            routes:
              - name: requeueing
                from: { amqp: { connection: rabbit, queue: \(q), retry: requeue } }
                to: [ { flaky: { name: \(flaky), failures: 2 } } ]
                on_error:
                  retry: { attempts: 5, delay: 30ms }
            """)
        #expect(await publishSequenced(routes.connection("rabbit"), exchange: ex, routingKey: "in.x", range: 0..<10) == 0)
        let sink = FlakySink.named(flaky, failures: 2, retryable: true)
        #expect(await eventually(timeout: .seconds(20)) { sink.confirmed.count >= 10 })
        let confirmed = sink.confirmed
        #expect(Set(confirmed.compactMap(sequenceNumber)) == Set(0..<10))
        #expect(confirmed.allSatisfy { $0.deliveryCount == 3 && $0.metadata["redelivered"] == "true" }, "\(confirmed.map(\.deliveryCount))")
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([q])
    }

    @Test func exhaustedRetriesLandInTheDeadLetterExchangeWithTheReason() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), dlq = uniqueName("t.dlq"), flaky = uniqueName("flaky")
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(q, "in.#", ""), (dlq, "dead.#", "")]) + """
            routes:
              - name: always-failing
                from: { amqp: { connection: rabbit, queue: \(q) } }
                to: [ { flaky: { name: \(flaky), failures: 1000 } } ]
                on_error:
                  retry: { attempts: 3, delay: 20ms }
                  dead_letter:
                    amqp: { connection: rabbit, exchange: \(ex), routing_key: "dead.{$meta.route}" }
            """)
        let conn = routes.connection("rabbit")
        let unconfirmed = await publishSequenced(conn, exchange: ex, routingKey: "in.x", range: 0..<5, headers: [("x-tenant", "t1")])
        #expect(unconfirmed == 0)
        let consumer = Consuming(conn, queue: dlq, collector: Collector(keepMessages: true))
        #expect(await eventually(timeout: .seconds(20)) { consumer.collector.uniqueCount == 5 })
        let letters = consumer.collector.messages
        for l in letters {
            #expect((l.headers["x-switchyard-error"] ?? "").contains("gave up after 3 attempts"), "\(l.headers)")
            #expect(l.headers["x-switchyard-attempts"] == "3")
            #expect(l.headers["x-switchyard-route"] == "always-failing")
            #expect(l.headers["x-switchyard-routing-key"] == "in.x")
            #expect(l.headers["x-tenant"] == "t1", "original headers are carried")
            #expect(l.metadata["routing_key"] == "dead.always-failing")
        }
        await consumer.stop()
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([q, dlq])
    }

    /// No route dead letter: a permanent failure is a basic.reject without requeue, so the queue's own
    /// x-dead-letter-exchange takes it.
    @Test func rejectionUsesTheQueuesOwnDeadLetterExchange() async throws {
        try await Broker.require()
        let ex = uniqueName("t.ex"), q = uniqueName("t.q"), dlq = uniqueName("t.dlq"), flaky = uniqueName("flaky")
        let routes = try await RunningRoutes.start(
            Self.connectionYAML(exchange: ex, queues: [(q, "in.#", "x-dead-letter-exchange: \(ex), x-dead-letter-routing-key: rejected.x"),
                                                       (dlq, "rejected.#", "")]) + """
            routes:
              - name: refusing
                from: { amqp: { connection: rabbit, queue: \(q) } }
                to: [ { flaky: { name: \(flaky), failures: 1000, retryable: false } } ]
            """)
        let conn = routes.connection("rabbit")
        #expect(await publishSequenced(conn, exchange: ex, routingKey: "in.x", range: 0..<3) == 0)
        let consumer = Consuming(conn, queue: dlq, collector: Collector(keepMessages: true))
        #expect(await eventually(timeout: .seconds(20)) { consumer.collector.uniqueCount == 3 })
        for m in consumer.collector.messages {
            #expect(m.headers["x-first-death-reason"] == "rejected", "\(m.headers)")
            #expect((m.headers["x-death"] ?? "").contains(q))
        }
        await consumer.stop()
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(q) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([q, dlq])
    }

    /// The shipped WABA example on the real broker: events become contract messages on q.whatsapp.inbound,
    /// and an OTP reaches the auth route only, never the shop queue.
    @Test func wabaExampleRoutesTheContract() async throws {
        try await Broker.require()
        let main = AMQPConfigTests.repo.appendingPathComponent("examples/waba-rabbitmq/switchyard.yaml").path
        let outbox = FileManager.default.temporaryDirectory.appendingPathComponent("waba-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        var env = Broker.environment
        env["AMQP_URL"] = Broker.url
        env["WABA_OUTBOX"] = outbox
        let queues = ["q.whatsapp.inbound", "q.whatsapp.outbound", "q.whatsapp.auth", "q.whatsapp.dead", "q.gateway.events"]
        await Broker.deleteQueues(queues)
        let (loaded, problems) = TopologyBuilder.load(mainFile: main, registry: testRegistry(), environment: env)
        let topology = try #require(loaded, "\(problems)")
        for c in topology.connections.byName.values { try await c.start() }
        var logger = Logger(label: "waba")
        logger.logLevel = .error
        var runners: [RouteRunner] = []
        var tasks: [Task<Void, Never>] = []
        for route in topology.routes {
            let r = RouteRunner(route: route, logger: logger, drainTimeout: .seconds(5))
            try await r.prepare()
            runners.append(r)
            tasks.append(Task { await r.run() })
        }
        let rabbit = try #require(topology.connections.byName["rabbit"] as? AMQPConnection)
        // The gateway-side consumer of q.whatsapp.inbound is Nexgate: read it with our own source.
        let nexgate = Consuming(rabbit, queue: "q.whatsapp.inbound", collector: Collector(keepMessages: true))

        let received = #"{"type":"MESSAGE_RECEIVED","messageType":"TEXT","messageId":"msg-123","from":"+255712345678","text":"Nataka kuku na chips","seq":1}"#
        let status = #"{"type":"STATUS_WEBHOOK","messageType":"TEXT","messageId":"msg-123","status":"delivered","seq":2}"#
        let otp = #"{"type":"SEND_AUTH_OTP","to":"+255712345678","correlationId":"+255712345678","template":{"templateName":"NEXGATE_OTP","params":{"1":"847291"}}}"#
        let shop = #"{"type":"SEND_FREETEXT","to":"+255712345678","correlationId":"session-001","text":"Habari!"}"#
        let r = await rabbit.publish([
            OutgoingMessage(exchange: "", routingKey: "q.gateway.events", body: Array(received.utf8)),
            OutgoingMessage(exchange: "", routingKey: "q.gateway.events", body: Array(status.utf8)),
            OutgoingMessage(exchange: "whatsapp.exchange", routingKey: "whatsapp.outbound.auth", body: Array(otp.utf8)),
            OutgoingMessage(exchange: "whatsapp.exchange", routingKey: "whatsapp.outbound.message", body: Array(shop.utf8)),
        ])
        #expect(r.failures.isEmpty, "\(r.failures)")
        func lines(_ file: String) -> [String] {
            ((try? String(contentsOfFile: outbox + "/" + file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        #expect(await eventually(timeout: .seconds(20)) {
            nexgate.collector.uniqueCount == 2 && lines("waba-otp.jsonl").count == 1 && lines("waba-outbound.jsonl").count == 1
        })
        let inbound = nexgate.collector.messages
        #expect(Set(inbound.compactMap { $0.metadata["routing_key"] }) == ["whatsapp.inbound.message", "whatsapp.inbound.status"])
        #expect(inbound.allSatisfy { $0.metadata["correlation_id"] == "msg-123" && $0.metadata["content_type"] == "application/json" })
        #expect(lines("waba-otp.jsonl").first?.contains("847291") == true)
        #expect(lines("waba-outbound.jsonl").first?.contains("Habari") == true)
        #expect(lines("waba-outbound.jsonl").allSatisfy { !$0.contains("SEND_AUTH_OTP") }, "an OTP reached the shop queue")

        await nexgate.stop()
        for r in runners { r.stop() }
        for t in tasks { await t.value }
        for c in topology.connections.byName.values { await c.shutdown() }
        await Broker.deleteQueues(queues)
    }

    /// `switchyard run` (the built binary) killed with SIGKILL mid-run and started again: what it had taken but
    /// not acked is redelivered, nothing is lost.
    @Test func killNineOfTheRunningProcessLosesNothing() async throws {
        try await Broker.require()
        let binary = AMQPConfigTests.repo.appendingPathComponent(".build/debug/switchyard").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TestFailure("\(binary) is missing: run `swift build --build-tests` first")
        }
        let ex = uniqueName("t.ex"), a = uniqueName("t.a"), b = uniqueName("t.b")
        let count = 20_000
        let connection = Self.connectionYAML(exchange: ex, queues: [(a, "in.#", ""), (b, "out.#", "")])
            .replacingOccurrences(of: "auto_delete: true", with: "durable: true")
        let config = try writeConfig(connection + """
            settings: { drain_timeout: 2s, log_level: warning }
            routes:
              - name: a-to-b
                from: { amqp: { connection: rabbit, queue: \(a), prefetch: 256 } }
                to: [ { amqp: { connection: rabbit, exchange: \(ex), routing_key: "out.x" } } ]
            """)
        let log = config + ".log"
        var env = Broker.environment
        env["AMQP_URL"] = Broker.url

        // Our own connection, with the same topology, feeds queue a and reads queue b.
        let (topology, problems) = TopologyBuilder.load(mainFile: config, registry: testRegistry(), environment: env)
        let conn = try #require(topology?.connections.byName["rabbit"] as? AMQPConnection, "\(problems)")
        try await conn.start()
        #expect(await publishSequenced(conn, exchange: ex, routingKey: "in.x", range: 0..<count) == 0)
        let consumer = Consuming(conn, queue: b)

        env["SWITCHYARD_LISTEN"] = "127.0.0.1:0"  // its own HTTP port: other tests run `switchyard run` at the same time
        let first = try spawnProcess([binary, "run", "--config", config], environment: env, output: log)
        let midway = await eventually(timeout: .seconds(60)) { consumer.collector.uniqueCount > 2000 }
        #expect(midway, "the first run moved nothing: see \(log)")
        kill(first, SIGKILL)
        #expect(await waitForExit(first) == 128 + SIGKILL)
        let before = consumer.collector.uniqueCount
        #expect(before < count, "the kill came too late to test anything")

        let second = try spawnProcess([binary, "run", "--config", config], environment: env, output: log)
        let all = await eventually(timeout: .seconds(90), every: .milliseconds(100)) { consumer.collector.uniqueCount == count }
        kill(second, SIGTERM)
        let rc = await waitForExit(second)
        #expect(all, "only \(consumer.collector.uniqueCount) of \(count) arrived (\(before) before the kill); see \(log)")
        #expect(rc == 0, "switchyard run did not stop cleanly on SIGTERM (exit \(rc)); see \(log)")
        print("kill -9: \(before) before the kill, \(consumer.collector.total) deliveries for \(count) messages")
        await consumer.stop()
        await conn.shutdown()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(a) == 0 })  // acks reach the queue asynchronously
        await Broker.deleteQueues([a, b])
    }

    /// Publish and consume both lose their connections while the broker restarts; both come back by
    /// themselves, the topology is declared again, and every message arrives.
    @Test func brokerRestartMidRunLosesNothing() async throws {
        try await Broker.require()
        guard let script = Broker.environment["SWITCHYARD_BROKERS_SH"] else {
            throw TestFailure("SWITCHYARD_BROKERS_SH is not set (the path of scripts/brokers.sh, with the broker's SWITCHYARD_* env): \(Broker.howToStart)")
        }
        let ex = uniqueName("t.ex"), a = uniqueName("t.a"), b = uniqueName("t.b"), marker = uniqueName("t.transient")
        let count = 5_000
        var yaml = Self.connectionYAML(exchange: ex, queues: [(a, "in.#", ""), (b, "out.#", "")])
        // A transient queue: gone after the restart unless the connector declares the topology again.
        yaml = yaml.replacingOccurrences(of: "    bindings:\n", with: "      - { name: \(marker), durable: false }\n    bindings:\n")
        yaml = yaml.replacingOccurrences(of: "auto_delete: true", with: "durable: true")
        let routes = try await RunningRoutes.start(yaml + """
            routes:
              - name: a-to-b
                from: { amqp: { connection: rabbit, queue: \(a), prefetch: 256 } }
                to: [ { amqp: { connection: rabbit, exchange: \(ex), routing_key: "out.x" } } ]
                on_error:
                  retry: { attempts: 0, delay: 100ms, max_delay: 1s }
            """)
        let conn = routes.connection("rabbit")
        let consumer = Consuming(conn, queue: b)
        #expect(await publishSequenced(conn, exchange: ex, routingKey: "in.x", range: 0..<count) == 0)
        #expect(await eventually(timeout: .seconds(30)) { consumer.collector.uniqueCount > 1000 })

        // Traffic keeps flowing through the restart: a feeder publishes 20 messages every 50 ms until the broker
        // is back, and publishes again whatever was not confirmed (as a route would on a retryable failure).
        let restarted = Atomic<Bool>(false)
        let feeder = Task { () -> Set<Int> in
            var confirmed: Set<Int> = []
            var next = count
            var unconfirmed: [Int] = []
            while !restarted.load(ordering: .acquiring) || !unconfirmed.isEmpty {
                var seqs = unconfirmed
                if !restarted.load(ordering: .acquiring) {
                    seqs += Array(next..<(next + 20))
                    next += 20
                }
                let r = await conn.publish(seqs.map { OutgoingMessage(exchange: ex, routingKey: "in.x", body: sequenced($0), messageId: "m-\($0)") })
                unconfirmed = r.failures.keys.sorted().map { seqs[$0] }
                confirmed.formUnion(Set(seqs).subtracting(unconfirmed))
                try? await Task.sleep(for: .milliseconds(50))
            }
            return confirmed
        }
        let rc = try await runCommand(["/bin/bash", script, "restart", "rabbitmq"])
        #expect(rc == 0, "restarting the broker failed")
        #expect(await eventually(timeout: .seconds(60), every: .milliseconds(100)) { conn.isConnected && consumer.source.isConnected },
                "the connector did not reconnect by itself")
        #expect(try await Broker.depth(marker) != nil, "the topology was not declared again after the reconnect")
        restarted.store(true, ordering: .releasing)
        let fed = await feeder.value
        let expected = Set(0..<count).union(fed)
        let arrived = await eventually(timeout: .seconds(90), every: .milliseconds(100)) { consumer.collector.seen.isSuperset(of: expected) }
        let lost = expected.subtracting(consumer.collector.seen).count
        #expect(arrived, "\(lost) of \(expected.count) confirmed messages never arrived")
        print("broker restart: \(expected.count) messages (\(fed.count) published around the restart), \(consumer.collector.total) deliveries")
        await consumer.stop()
        await routes.stop()
        await Broker.deleteQueues([a, b, marker])
    }
}

extension Duration {
    var secondsValue: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
