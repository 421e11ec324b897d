import CRabbitMQ
import Logging
import Synchronization
import SwitchyardPluginAPI

/// One message as it goes on the wire.
struct OutgoingMessage: Sendable {
    var exchange: String
    var routingKey: String
    var body: [UInt8]
    var headers: [(key: String, value: String)] = []
    var contentType: String?
    var messageId: String?
    var correlationId: String?
    var persistent = true
    var mandatory = true
    /// Whether an unroutable (returned) publish is a failure worth retrying.
    var unroutableRetryable = false
}

/// The messages of one `write`, resolved one by one on the publisher thread; resumes its caller once, when
/// the last one is confirmed or failed (one hop back into Swift concurrency per batch).
final class PublishBatch: @unchecked Sendable {
    private var failures: [Int: DeliveryFailure] = [:]
    private var remaining: Int
    private let continuation: CheckedContinuation<SinkWriteResult, Never>

    init(count: Int, continuation: CheckedContinuation<SinkWriteResult, Never>) {
        self.remaining = count
        self.continuation = continuation
    }

    /// Called exactly once per index, by one thread at a time (the publisher thread, or the submitter
    /// before handing the batch over).
    func resolve(_ index: Int, _ failure: DeliveryFailure?) {
        if let failure { failures[index] = failure }
        remaining -= 1
        if remaining == 0 { continuation.resume(returning: SinkWriteResult(failures: failures)) }
    }
}

struct PendingPublish: Sendable {
    let message: OutgoingMessage
    let batch: PublishBatch
    let index: Int
}

/// Publishes with publisher confirms on its own AMQP connection: up to `confirmWindow` publishes in flight,
/// confirmations matched by delivery tag (acks may cover several with `multiple`, and arrive in any order),
/// `basic.return` of a mandatory publish matched to its publish before the ack that follows it.
final class PublisherWorker: ConnectionWorker, @unchecked Sendable {
    enum Phase { case idle, connecting, up, down, stopped }
    private struct Shared {
        var pending: [PendingPublish] = []
        var phase: Phase = .idle
        var lastError = ""
    }
    private let shared = Mutex(Shared())

    // Owned by the worker thread.
    private struct InFlight {
        let publish: PendingPublish
        let deadline: ContinuousClock.Instant
        var returned: DeliveryFailure?
    }
    private var inflight: [UInt64: InFlight] = [:]
    private var outbox: [PendingPublish] = []
    private var nextTag: UInt64 = 1
    private var lowestOpen: UInt64 = 1
    private var lastDeadlineCheck = ContinuousClock.now

    /// Queues messages for publishing and returns when each is confirmed or failed. While the connection is
    /// down (between reconnect attempts) messages fail at once, retryably, so the route's retry policy applies.
    func publish(_ messages: [OutgoingMessage]) async -> SinkWriteResult {
        guard !messages.isEmpty else { return .delivered }
        return await withCheckedContinuation { (c: CheckedContinuation<SinkWriteResult, Never>) in
            let batch = PublishBatch(count: messages.count, continuation: c)
            let (accepted, signal, why) = shared.withLock { s -> (Bool, Bool, String) in
                switch s.phase {
                case .down, .stopped:
                    return (false, false, s.phase == .stopped ? "the AMQP connection is closed" : "not connected to RabbitMQ: \(s.lastError)")
                case .idle, .connecting, .up:
                    let wasEmpty = s.pending.isEmpty
                    for (i, m) in messages.enumerated() { s.pending.append(PendingPublish(message: m, batch: batch, index: i)) }
                    return (true, wasEmpty, "")
                }
            }
            if !accepted {
                for i in messages.indices { batch.resolve(i, DeliveryFailure(why, retryable: true)) }
            } else if signal {
                wake.signal()
            }
        }
    }

    override func willConnect() {
        shared.withLock { if $0.phase != .stopped { $0.phase = .connecting } }
    }

    override func connectFailed(_ error: any Error) {
        let failed = shared.withLock { s -> [PendingPublish] in
            if s.phase != .stopped { s.phase = .down }
            s.lastError = "\(error)"
            defer { s.pending = [] }
            return s.pending
        }
        for p in failed { p.batch.resolve(p.index, DeliveryFailure("not connected to RabbitMQ: \(error)", retryable: true)) }
    }

    override func didConnect(_ wire: Wire) throws {
        amqp_confirm_select(wire.conn, wire.channel)
        try wire.check(amqp_get_rpc_reply(wire.conn), "confirm.select")
        nextTag = 1
        lowestOpen = 1
        shared.withLock { if $0.phase != .stopped { $0.phase = .up } }
    }

    override func run(_ wire: Wire) throws {
        let arena = Arena()
        while !isStopping {
            let room = settings.confirmWindow - inflight.count
            if room > 0 && outbox.isEmpty {
                outbox = shared.withLock { s -> [PendingPublish] in
                    let n = min(room, s.pending.count)
                    let taken = Array(s.pending.prefix(n))
                    s.pending.removeFirst(n)
                    return taken
                }
            }
            if !outbox.isEmpty {
                let now = ContinuousClock.now
                var sent = 0
                defer { outbox.removeFirst(sent) }
                for p in outbox {
                    try send(p.message, on: wire, arena: arena)
                    arena.release()
                    inflight[nextTag] = InFlight(publish: p, deadline: now + settings.confirmTimeout)
                    nextTag += 1
                    sent += 1
                }
            }
            try readFrames(wire)
            amqp_maybe_release_buffers(wire.conn)
            expireOverdue()
            let morePending = settings.confirmWindow > inflight.count && shared.withLock { !$0.pending.isEmpty }
            if !morePending {
                waitForWork(wire, watchWake: settings.confirmWindow > inflight.count)
            }
        }
        // Stopping: give confirms of what is already sent a moment before failing them back.
        let until = ContinuousClock.now + .seconds(2)
        while !inflight.isEmpty && ContinuousClock.now < until {
            try readFrames(wire)
            waitForWork(wire, watchWake: false, timeoutMs: 50)
        }
    }

    private func send(_ m: OutgoingMessage, on wire: Wire, arena: Arena) throws {
        var props = amqp_basic_properties_t()
        props._flags = UInt32(sy_flag_delivery_mode())
        props.delivery_mode = m.persistent ? 2 : 1
        if let t = m.contentType {
            props._flags |= UInt32(sy_flag_content_type())
            props.content_type = arena.bytes(t)
        }
        if let id = m.messageId {
            props._flags |= UInt32(sy_flag_message_id())
            props.message_id = arena.bytes(id)
        }
        if let c = m.correlationId {
            props._flags |= UInt32(sy_flag_correlation_id())
            props.correlation_id = arena.bytes(c)
        }
        if !m.headers.isEmpty {
            props._flags |= UInt32(sy_flag_headers())
            props.headers = arena.table(m.headers.map { ($0.key, AMQPArgument.string($0.value)) })
        }
        let status = amqp_basic_publish(wire.conn, wire.channel, arena.bytes(m.exchange), arena.bytes(m.routingKey),
                                        m.mandatory ? 1 : 0, 0, &props, arena.bytes(m.body))
        try wire.status(status, "basic.publish")
    }

    private func readFrames(_ wire: Wire) throws {
        var frame = amqp_frame_t()
        while true {
            let status = sy_wait_frame(wire.conn, &frame, 0)
            if status == AMQP_STATUS_TIMEOUT.rawValue { return }
            try wire.status(status, "reading from the broker")
            guard Int32(sy_frame_type(&frame)) == AMQP_FRAME_METHOD else { continue }
            let id = sy_frame_method_id(&frame)
            let decoded = sy_frame_method_decoded(&frame)
            if id == sy_method_basic_ack(), let ack = decoded?.assumingMemoryBound(to: amqp_basic_ack_t.self).pointee {
                confirm(ack.delivery_tag, multiple: ack.multiple != 0, failure: nil)
            } else if id == sy_method_basic_nack(), let nack = decoded?.assumingMemoryBound(to: amqp_basic_nack_t.self).pointee {
                confirm(nack.delivery_tag, multiple: nack.multiple != 0,
                        failure: DeliveryFailure("the broker refused the message (basic.nack)", retryable: true))
            } else if id == sy_method_basic_return(), let ret = decoded?.assumingMemoryBound(to: amqp_basic_return_t.self).pointee {
                let exchange = ret.exchange.string, routingKey = ret.routing_key.string
                let reason = "unroutable: \(ret.reply_code) \(ret.reply_text.string) (exchange '\(exchange)', routing key '\(routingKey)')"
                var message = amqp_message_t()
                try wire.check(amqp_read_message(wire.conn, sy_frame_channel(&frame), &message, 0), "reading a returned message")
                let messageId = message.properties._flags & UInt32(sy_flag_message_id()) != 0 ? message.properties.message_id.string : nil
                amqp_destroy_message(&message)
                markReturned(exchange: exchange, routingKey: routingKey, messageId: messageId, reason: reason)
            } else if id == sy_method_connection_blocked() {
                logger.warning("the broker blocked publishing (resource alarm); publishes wait for confirms")
            } else if id == sy_method_connection_unblocked() {
                logger.notice("the broker unblocked publishing")
            } else if let closed = wire.closedByBroker(&frame) {
                throw closed
            }
        }
    }

    /// A return comes before the ack of its own publish, and returns come in publish order: it belongs to
    /// the oldest unconfirmed, not yet returned publish with the same exchange, routing key and message id.
    private func markReturned(exchange: String, routingKey: String, messageId: String?, reason: String) {
        var tag = lowestOpen
        while tag < nextTag {
            if let f = inflight[tag], f.returned == nil, f.publish.message.exchange == exchange,
                f.publish.message.routingKey == routingKey, f.publish.message.messageId == messageId
            {
                inflight[tag]?.returned = DeliveryFailure(reason, retryable: f.publish.message.unroutableRetryable)
                return
            }
            tag += 1
        }
        logger.warning("a returned message matched no publish in flight", metadata: ["reason": "\(reason)"])
    }

    private func confirm(_ tag: UInt64, multiple: Bool, failure: DeliveryFailure?) {
        var resolved: [InFlight] = []
        if multiple {
            var t = lowestOpen
            while t <= tag {
                if let f = inflight.removeValue(forKey: t) { resolved.append(f) }
                t += 1
            }
        } else if let f = inflight.removeValue(forKey: tag) {
            resolved.append(f)
        }
        while lowestOpen < nextTag && inflight[lowestOpen] == nil { lowestOpen += 1 }
        for f in resolved { f.publish.batch.resolve(f.publish.index, f.returned ?? failure) }
    }

    private func expireOverdue() {
        let now = ContinuousClock.now
        guard now - lastDeadlineCheck > .milliseconds(250), !inflight.isEmpty else { return }
        lastDeadlineCheck = now
        let overdue = inflight.filter { $0.value.deadline < now }
        for (tag, f) in overdue {
            inflight.removeValue(forKey: tag)
            f.publish.batch.resolve(f.publish.index, DeliveryFailure("no publisher confirm within \(settings.confirmTimeout)", retryable: true))
        }
        while lowestOpen < nextTag && inflight[lowestOpen] == nil { lowestOpen += 1 }
    }

    private func failInFlight(_ reason: String) {
        let all = inflight.values.map(\.publish) + outbox
        inflight = [:]
        outbox = []
        for p in all { p.batch.resolve(p.index, DeliveryFailure(reason, retryable: true)) }
    }

    override func disconnected(_ error: (any Error)?) {
        failInFlight(error.map { "connection lost before the broker confirmed: \($0)" } ?? "the AMQP connection closed before the broker confirmed")
    }

    override func stopped() {
        failInFlight("the AMQP connection closed before the broker confirmed")
        let failed = shared.withLock { s -> [PendingPublish] in
            s.phase = .stopped
            defer { s.pending = [] }
            return s.pending
        }
        for p in failed { p.batch.resolve(p.index, DeliveryFailure("the AMQP connection is closed", retryable: true)) }
    }
}
