import CRabbitMQ
import Foundation
import Testing
@testable import SwitchyardAMQP
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// Raw rabbitmq-c loops, one thread each, as the yardstick for the connector's figures.
enum RawRabbit {
    /// Publishes `count` persistent messages to `queue` (default exchange) with confirms, `window` in flight.
    static func publish(_ settings: AMQPSettings, queue: String, count: Int, window: Int = 512) async throws -> Duration {
        let result: Result<Duration, WireError> = await onThread {
            do {
                let w = try Wire(settings)
                defer { w.close() }
                amqp_confirm_select(w.conn, w.channel)
                try w.check(amqp_get_rpc_reply(w.conn), "confirm.select")
                let arena = Arena()
                let exchange = arena.bytes(""), key = arena.bytes(queue)
                var open: Set<UInt64> = []
                var next: UInt64 = 1
                var frame = amqp_frame_t()
                func readConfirm() throws(WireError) {
                    try w.status(sy_wait_frame(w.conn, &frame, 5000), "waiting for a confirm")
                    guard sy_frame_method_id(&frame) == sy_method_basic_ack(),
                        let ack = sy_frame_method_decoded(&frame)?.assumingMemoryBound(to: amqp_basic_ack_t.self).pointee else { return }
                    if ack.multiple != 0 { open = open.filter { $0 > ack.delivery_tag } } else { open.remove(ack.delivery_tag) }
                }
                let started = ContinuousClock.now
                for i in 0..<count {
                    var props = amqp_basic_properties_t()
                    props._flags = UInt32(sy_flag_delivery_mode())
                    props.delivery_mode = 2
                    let body = sequenced(i)
                    let status = body.withUnsafeBytes { raw in
                        amqp_basic_publish(w.conn, w.channel, exchange, key, 0, 0, &props,
                                           amqp_bytes_t(len: raw.count, bytes: UnsafeMutableRawPointer(mutating: raw.baseAddress)))
                    }
                    try w.status(status, "basic.publish")
                    open.insert(next)
                    next += 1
                    while open.count >= window { try readConfirm() }
                    amqp_maybe_release_buffers(w.conn)
                }
                while !open.isEmpty { try readConfirm() }
                return .success(ContinuousClock.now - started)
            } catch { return .failure(error as? WireError ?? WireError("\(error)")) }
        }
        return try result.get()
    }

    /// Consumes `count` messages from `queue`, acking with `multiple` every `ackEvery`.
    static func consume(_ settings: AMQPSettings, queue: String, count: Int, prefetch: Int = 512, ackEvery: Int = 50) async throws -> Duration {
        let result: Result<Duration, WireError> = await onThread {
            do {
                let w = try Wire(settings)
                defer { w.close() }
                amqp_basic_qos(w.conn, w.channel, 0, UInt16(prefetch), 0)
                try w.check(amqp_get_rpc_reply(w.conn), "basic.qos")
                let arena = Arena()
                amqp_basic_consume(w.conn, w.channel, arena.bytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
                try w.check(amqp_get_rpc_reply(w.conn), "basic.consume")
                var received = 0
                var frame = amqp_frame_t()
                let started = ContinuousClock.now
                while received < count {
                    try w.status(sy_wait_frame(w.conn, &frame, 5000), "waiting for a delivery")
                    guard sy_frame_method_id(&frame) == sy_method_basic_deliver(),
                        let d = sy_frame_method_decoded(&frame)?.assumingMemoryBound(to: amqp_basic_deliver_t.self).pointee else { continue }
                    var message = amqp_message_t()
                    try w.check(amqp_read_message(w.conn, w.channel, &message, 0), "reading a delivery")
                    amqp_destroy_message(&message)
                    received += 1
                    if received % ackEvery == 0 || received == count {
                        try w.status(amqp_basic_ack(w.conn, w.channel, d.delivery_tag, 1), "basic.ack")
                    }
                    amqp_maybe_release_buffers(w.conn)
                }
                return .success(ContinuousClock.now - started)
            } catch { return .failure(error as? WireError ?? WireError("\(error)")) }
        }
        return try result.get()
    }
}

extension AMQPBrokerTests {
    /// The route's AMQP → AMQP rate (empty step list) beside raw rabbitmq-c publish-with-confirms and
    /// consume-with-ack of the same number of messages, in the same run. AMQP_BENCH_COUNT sets the count.
    @Test func routeThroughputBesideRawRabbitMQC() async throws {
        try await Broker.require()
        let count = Int(Broker.environment["AMQP_BENCH_COUNT"] ?? "") ?? 20_000
        let ex = uniqueName("t.ex"), raw = uniqueName("t.raw"), a = uniqueName("t.a"), b = uniqueName("t.b")
        let settings = try Broker.settings(AMQPTopology(queues: [AMQPQueueSpec(name: raw), AMQPQueueSpec(name: a), AMQPQueueSpec(name: b)]))

        let rawPublish = try await RawRabbit.publish(settings, queue: raw, count: count)
        let rawConsume = try await RawRabbit.consume(settings, queue: raw, count: count)
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(raw) == 0 })  // acks reach the queue asynchronously

        // Load queue a first, then time the route alone emptying it into b.
        _ = try await RawRabbit.publish(settings, queue: a, count: count)
        let started = ContinuousClock.now
        let routes = try await RunningRoutes.start(Self.connectionYAML(exchange: ex, queues: [(a, "in.#", ""), (b, "out.#", "")]) + """
            routes:
              - name: a-to-b
                from: { amqp: { connection: rabbit, queue: \(a), prefetch: 512 } }
                to: [ { amqp: { connection: rabbit, exchange: "", routing_key: \(b) } } ]
            """)
        let moved = try await eventually(timeout: .seconds(120), every: .milliseconds(20)) { try await Broker.depth(b) == count }
        let route = ContinuousClock.now - started
        #expect(moved)
        await routes.stop()
        #expect(try await eventually(timeout: .seconds(10)) { try await Broker.depth(a) == 0 })  // acks reach the queue asynchronously

        func rate(_ d: Duration) -> Int { Int(Double(count) / d.secondsValue) }
        print("""
            AMQP throughput, \(count) persistent messages of 200 bytes:
              raw rabbitmq-c publish, confirms window 512: \(rate(rawPublish)) msg/s (\(rawPublish))
              raw rabbitmq-c consume, prefetch 512, multiple ack every 50: \(rate(rawConsume)) msg/s (\(rawConsume))
              switchyard route amqp → amqp, no steps (consume + publish with confirms + ack): \(rate(route)) msg/s (\(route))
            """)
        await Broker.deleteQueues([raw, a, b])
    }
}
