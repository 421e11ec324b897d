import CRabbitMQ
import Logging
import Synchronization
import SwitchyardPluginAPI

/// What the consumer thread does on the wire with one delivery tag.
enum WireSettlement: Sendable {
    case ack
    case requeue
    case reject
}

/// A delivery as read from the wire, before it becomes a route `Delivery`.
struct ReceivedMessage: Sendable {
    var message: Message
    var deliveryTag: UInt64
    var generation: UInt64
}

/// Deliveries handed from the consumer thread to the source task, a batch at a time.
///
/// Deliveries pushed while the route is busy join the newest batch not yet taken (up to `maxBatch`): the
/// socket yields a few deliveries per read, and handing those over as tiny batches made every message pay the
/// thread hops and wake-ups of a whole batch (2.4 context switches per message, 60 µs of CPU). Nothing waits
/// to fill a batch: a batch is taken as soon as the route can take it.
final class Handoff: Sendable {
    private struct State {
        var batches: [[ReceivedMessage]] = []
        var waiter: CheckedContinuation<Void, Never>?
    }
    private let state = Mutex(State())
    private let maxBatch: Int

    init(maxBatch: Int) { self.maxBatch = max(1, maxBatch) }

    func push(_ batch: [ReceivedMessage]) {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            var rest = batch[...]
            if let last = s.batches.indices.last, s.batches[last].count < maxBatch {
                let room = maxBatch - s.batches[last].count
                s.batches[last].append(contentsOf: rest.prefix(room))
                rest = rest.dropFirst(room)
            }
            while !rest.isEmpty {
                s.batches.append(Array(rest.prefix(maxBatch)))
                rest = rest.dropFirst(maxBatch)
            }
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume()
    }

    /// The next batch, or nil when woken with nothing (a stop request: check the caller's flag).
    func next(unless done: @Sendable () -> Bool) async -> [ReceivedMessage]? {
        if let b = take() { return b }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLock { s -> Bool in
                if !s.batches.isEmpty || done() { return true }
                s.waiter = c
                return false
            }
            if now { c.resume() }
        }
        return take()
    }

    private func take() -> [ReceivedMessage]? {
        state.withLock { s in s.batches.isEmpty ? nil : s.batches.removeFirst() }
    }

    func wake() {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume()
    }

    func removeAll() -> [ReceivedMessage] {
        state.withLock { s in
            defer { s.batches = [] }
            return s.batches.flatMap { $0 }
        }
    }
}

/// Consumes one queue on its own AMQP connection with manual acks and a prefetch. Settlements come back
/// from any task as (generation, tag, action) and go out in batches: rejects and requeues one by one, then
/// acks, collapsed into one `multiple` ack for the longest run of settled tags from the oldest open one.
/// Settlements wait up to `ackLinger` (or until `ackEvery` of them are there) before going out: RabbitMQ
/// spends more CPU per ack frame than per message, and acking whatever a wake-up found (7 settlements on
/// average, out-of-order ones singly) cost it 50–58 µs per message in scenario 1 against 29–34 µs with the raw
/// bridge's one ack per 250.
/// A tag is only valid on the channel that delivered it: settlements of an earlier generation (a connection
/// since lost, whose unacked messages the broker redelivers) are dropped.
final class ConsumerWorker: ConnectionWorker, @unchecked Sendable {
    let queue: String
    let prefetch: Int
    let batchSize: Int
    let handoff: Handoff
    /// Settlements that go out at once, without waiting for the linger.
    let ackEvery: Int
    /// How long a settlement may wait for others to share its ack frame. It only delays the broker's
    /// bookkeeping (the message is already at its sinks), and holds at most ackEvery slots of the prefetch.
    static let ackLinger = Duration.milliseconds(2)
    /// Bumped when a connection is lost: deliveries of the old one can no longer be settled.
    let generation = Atomic<UInt64>(0)
    private let idPrefix = String(UInt64.random(in: 0...UInt64.max), radix: 36)

    private struct Shared {
        var settlements: [(generation: UInt64, tag: UInt64, action: WireSettlement)] = []
        var cancelRequested = false
    }
    private let shared = Mutex(Shared())

    // Owned by the worker thread.
    private var tags: DeliveryTags
    /// When the oldest settlement still waiting for the linger was seen (nil: none waits).
    private var settlementsSeenAt: ContinuousClock.Instant?
    private var consumerTag = ""
    private var cancelled = false
    private var exchangeText = RecentString(), routingKeyText = RecentString(), contentTypeText = RecentString()
    private var typeText = RecentString(), appIDText = RecentString()

    init(settings: AMQPSettings, queue: String, prefetch: Int, batchSize: Int, connectionName: String) {
        self.queue = queue
        self.prefetch = prefetch
        self.batchSize = batchSize
        self.handoff = Handoff(maxBatch: batchSize)
        self.ackEvery = max(1, min(batchSize, prefetch / 4))
        self.tags = DeliveryTags(maxDeferred: max(1, prefetch / 2))
        super.init(settings: settings, role: "consumer \(queue)", connectionName: connectionName)
    }

    /// Records what to do with a delivery; the thread sends it on its next turn (woken if idle).
    func settle(generation gen: UInt64, tag: UInt64, _ action: WireSettlement) {
        // Woken for the first (to start the linger) and when ackEvery are there (to send them now).
        let signal = shared.withLock { s -> Bool in
            s.settlements.append((gen, tag, action))
            return s.settlements.count == 1 || s.settlements.count == ackEvery
        }
        if signal { wake.signal() }
    }

    /// Stops new deliveries (basic.cancel); settlements keep flowing until `stop()`.
    func cancelConsuming() {
        shared.withLock { $0.cancelRequested = true }
        wake.signal()
    }

    override func didConnect(_ wire: Wire) throws {
        tags = DeliveryTags(maxDeferred: max(1, prefetch / 2))
        settlementsSeenAt = nil
        cancelled = false
        shared.withLock { $0.settlements.removeAll() }
        amqp_basic_qos(wire.conn, wire.channel, 0, UInt16(clamping: prefetch), 0)
        try wire.check(amqp_get_rpc_reply(wire.conn), "basic.qos")
        let arena = Arena()
        let ok = amqp_basic_consume(wire.conn, wire.channel, arena.bytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
        try wire.check(amqp_get_rpc_reply(wire.conn), "basic.consume on '\(queue)'")
        consumerTag = ok?.pointee.consumer_tag.string ?? ""
    }

    override func run(_ wire: Wire) throws {
        let gen = generation.load(ordering: .acquiring)
        while !isStopping {
            try applySettlements(wire, generation: gen)
            if !cancelled && shared.withLock({ $0.cancelRequested }) {
                let arena = Arena()
                amqp_basic_cancel(wire.conn, wire.channel, arena.bytes(consumerTag))
                try wire.check(amqp_get_rpc_reply(wire.conn), "basic.cancel")
                cancelled = true
            }
            let batch = try readDeliveries(wire, generation: gen)
            if !batch.isEmpty {
                if cancelled {
                    // Arrived after the source stopped taking messages: straight back to the queue.
                    for r in batch { settle(generation: gen, tag: r.deliveryTag, .requeue) }
                } else {
                    handoff.push(batch)
                }
            }
            amqp_maybe_release_buffers(wire.conn)
            if batch.count < batchSize {
                var timeoutMs: Int32 = 100
                if let seen = settlementsSeenAt {
                    let left = (Self.ackLinger - (ContinuousClock.now - seen)).milliseconds
                    timeoutMs = Int32(max(1, left))
                }
                waitForWork(wire, watchWake: true, timeoutMs: timeoutMs)
            }
        }
        // The route settled its last deliveries just before it stopped us: send those acks before the channel
        // closes, or the broker would redeliver messages that were already delivered.
        try applySettlements(wire, generation: gen, final: true)
    }

    override func disconnected(_ error: (any Error)?) {
        generation.add(1, ordering: .releasing)
        // Not yet handed to the route: the broker redelivers them, so nobody may work on these copies.
        _ = handoff.removeAll()
    }

    /// Sends the settlements once ackEvery are there or the oldest waited ackLinger; `final`: all of them now,
    /// acks deferred behind an open tag included.
    private func applySettlements(_ wire: Wire, generation gen: UInt64, final: Bool = false) throws {
        let now = ContinuousClock.now
        let due = final || settlementsSeenAt.map { now - $0 >= Self.ackLinger } ?? false
        let (items, waiting) = shared.withLock { s -> ([(generation: UInt64, tag: UInt64, action: WireSettlement)], Bool) in
            if s.settlements.isEmpty || !(due || s.settlements.count >= ackEvery) { return ([], !s.settlements.isEmpty) }
            defer { s.settlements.removeAll(keepingCapacity: true) }
            return (s.settlements, false)
        }
        if waiting {
            if settlementsSeenAt == nil { settlementsSeenAt = now }
            return
        }
        settlementsSeenAt = nil
        guard !items.isEmpty || final else { return }
        for op in tags.plan(items.filter { $0.generation == gen }.map { ($0.tag, $0.action) }, flush: final) {
            switch op {
            case .ack(let tag, let multiple):
                try wire.status(amqp_basic_ack(wire.conn, wire.channel, tag, multiple ? 1 : 0), "basic.ack")
            case .requeue(let tag):
                try wire.status(amqp_basic_nack(wire.conn, wire.channel, tag, 0, 1), "basic.nack")
            case .reject(let tag):
                try wire.status(amqp_basic_reject(wire.conn, wire.channel, tag, 0), "basic.reject")
            }
        }
    }

    private func readDeliveries(_ wire: Wire, generation gen: UInt64) throws -> [ReceivedMessage] {
        var batch: [ReceivedMessage] = []
        var frame = amqp_frame_t()
        while batch.count < batchSize {
            let status = sy_wait_frame(wire.conn, &frame, 0)
            if status == AMQP_STATUS_TIMEOUT.rawValue { break }
            try wire.status(status, "reading from the broker")
            guard Int32(sy_frame_type(&frame)) == AMQP_FRAME_METHOD else { continue }
            let id = sy_frame_method_id(&frame)
            if id == sy_method_basic_deliver(), let d = sy_frame_method_decoded(&frame)?.assumingMemoryBound(to: amqp_basic_deliver_t.self).pointee {
                let tag = d.delivery_tag
                let redelivered = d.redelivered != 0
                let exchange = exchangeText.string(d.exchange), routingKey = routingKeyText.string(d.routing_key)
                var raw = amqp_message_t()
                try wire.check(amqp_read_message(wire.conn, sy_frame_channel(&frame), &raw, 0), "reading a delivery")
                let message = makeMessage(raw, tag: tag, redelivered: redelivered, exchange: exchange, routingKey: routingKey, generation: gen)
                amqp_destroy_message(&raw)
                tags.delivered(tag)
                batch.append(ReceivedMessage(message: message, deliveryTag: tag, generation: gen))
            } else if id == sy_method_basic_cancel() {
                throw WireError("the broker cancelled the consumer of '\(queue)' (queue deleted?)")
            } else if let closed = wire.closedByBroker(&frame) {
                throw closed
            }
        }
        return batch
    }

    private func makeMessage(
        _ raw: amqp_message_t, tag: UInt64, redelivered: Bool, exchange: String, routingKey: String, generation gen: UInt64
    ) -> Message {
        let p = raw.properties
        let flags = p._flags
        func has(_ flag: UInt16) -> Bool { flags & UInt32(flag) != 0 }
        var headers = has(sy_flag_headers()) ? decodeTable(p.headers) : [:]
        // Room for the usual properties and what steps add (a translation, a validation and dedup add 8 or so): a
        // regrowth rehashes every key, and it came in the middle of the route.
        var metadata = [String: String](minimumCapacity: 24)
        metadata["queue"] = queue
        metadata["exchange"] = exchange
        metadata["routing_key"] = routingKey
        metadata["redelivered"] = redelivered ? "true" : "false"
        metadata["delivery_tag"] = String(tag)
        // Bookkeeping of our own delayed retries (see AMQPSource): the attempt so far and where it first came from.
        var attempt = Int(headers.removeValue(forKey: AMQPHeaders.attempt) ?? "") ?? 1
        if let e = headers.removeValue(forKey: AMQPHeaders.originalExchange) { metadata["exchange"] = e }
        if let r = headers.removeValue(forKey: AMQPHeaders.originalRoutingKey) { metadata["routing_key"] = r }
        if let count = headers["x-delivery-count"].flatMap({ Int($0) }) {
            attempt += count  // quorum queues count every return to the queue
        } else if redelivered {
            attempt += 1
        }
        var id: String?
        if has(sy_flag_message_id()) {
            id = p.message_id.string
            metadata["message_id"] = id
        }
        if has(sy_flag_correlation_id()) { metadata["correlation_id"] = p.correlation_id.string }
        if has(sy_flag_content_type()) { metadata["content_type"] = contentTypeText.string(p.content_type) }
        if has(sy_flag_type()) { metadata["type"] = typeText.string(p.type) }
        if has(sy_flag_app_id()) { metadata["app_id"] = appIDText.string(p.app_id) }
        if has(sy_flag_timestamp()) { metadata["timestamp"] = String(p.timestamp) }
        return Message(
            id: id ?? "\(idPrefix)-\(gen)-\(tag)", body: raw.body.array, headers: headers, metadata: metadata,
            source: "amqp", deliveryCount: attempt)
    }
}

/// The text of one delivery property as last seen: a queue's deliveries carry the same exchange, routing key
/// and content type over and over, and reusing the String saves an allocation and a UTF-8 check per property
/// per message on the consumer thread (which every delivery of the queue passes through).
struct RecentString {
    private var bytes: [UInt8] = []
    private var text = ""

    mutating func string(_ b: amqp_bytes_t) -> String {
        guard b.len > 0, let p = b.bytes else { return "" }
        let incoming = UnsafeRawBufferPointer(start: p, count: b.len)
        if bytes.count == b.len && bytes.withUnsafeBytes({ $0.elementsEqual(incoming) }) { return text }
        bytes = Array(incoming)
        text = String(decoding: incoming, as: UTF8.self)
        return text
    }
}

/// The open delivery tags of one channel, and what to send for a batch of settlements: rejects and requeues
/// one by one first, then one `multiple` ack for the longest run of settled tags from the oldest open one.
/// An ack newer than an open tag is deferred (batches of a route finish out of order) until that tag settles,
/// so one `multiple` ack covers it too; past `maxDeferred` of them (they hold prefetch slots) or at `flush` the
/// deferred ones go out one by one. The multiple ack names the newest deferred tag inside the run: a tag
/// settled on the wire already is unknown to the broker, and naming it would close the channel (406
/// PRECONDITION_FAILED).
struct DeliveryTags {
    enum Operation: Equatable {
        case ack(UInt64, multiple: Bool)
        case requeue(UInt64)
        case reject(UInt64)
    }
    private var order: [UInt64] = []  // delivered tags, ascending (the broker numbers them so)
    private var head = 0
    private(set) var open: Set<UInt64> = []
    /// Acked by the route, not on the wire yet.
    private(set) var deferred: Set<UInt64> = []
    let maxDeferred: Int

    init(maxDeferred: Int = 512) { self.maxDeferred = maxDeferred }

    mutating func delivered(_ tag: UInt64) {
        order.append(tag)
        open.insert(tag)
    }

    /// Settlements for tags not open (settled already, or of another channel) are ignored.
    mutating func plan(_ settlements: [(tag: UInt64, action: WireSettlement)], flush: Bool = false) -> [Operation] {
        var ops: [Operation] = []
        for (tag, action) in settlements where open.contains(tag) {
            switch action {
            case .ack: deferred.insert(tag)
            case .requeue: ops.append(.requeue(tag))
            case .reject: ops.append(.reject(tag))
            }
            open.remove(tag)
        }
        var runEnd: UInt64 = 0
        while head < order.count && !open.contains(order[head]) {
            runEnd = order[head]
            head += 1
        }
        if head > 4096 {
            order.removeFirst(head)
            head = 0
        }
        if runEnd > 0 && !deferred.isEmpty {
            var end: UInt64 = 0
            for t in deferred where t <= runEnd && t > end { end = t }
            if end > 0 {
                deferred = deferred.filter { $0 > runEnd }
                ops.append(.ack(end, multiple: true))
            }
        }
        if flush || deferred.count > maxDeferred {
            for t in deferred.sorted() { ops.append(.ack(t, multiple: false)) }
            deferred = []
        }
        return ops
    }
}

enum AMQPHeaders {
    static let attempt = "x-switchyard-attempt"
    static let originalExchange = "x-switchyard-original-exchange"
    static let originalRoutingKey = "x-switchyard-original-routing-key"
}

/// Header values as text: strings as they are, numbers in decimal, booleans as true/false, nested tables and
/// arrays (`x-death`) as JSON.
func decodeTable(_ table: amqp_table_t) -> [String: String] {
    var out: [String: String] = [:]
    guard table.num_entries > 0, let entries = table.entries else { return out }
    for i in 0..<Int(table.num_entries) {
        let e = entries[i]
        out[e.key.string] = fieldText(e.value)
    }
    return out
}

private func fieldJSON(_ v: amqp_field_value_t) -> JSONValue {
    switch v.kind {
    case UInt8(ascii: "t"): return .bool(v.value.boolean != 0)
    case UInt8(ascii: "b"): return .int(Int(v.value.i8))
    case UInt8(ascii: "B"): return .int(Int(v.value.u8))
    case UInt8(ascii: "s"): return .int(Int(v.value.i16))
    case UInt8(ascii: "u"): return .int(Int(v.value.u16))
    case UInt8(ascii: "I"): return .int(Int(v.value.i32))
    case UInt8(ascii: "i"): return .int(Int(v.value.u32))
    case UInt8(ascii: "l"): return .int(Int(v.value.i64))
    case UInt8(ascii: "L"): return .int(Int(truncatingIfNeeded: v.value.u64))
    case UInt8(ascii: "T"): return .int(Int(truncatingIfNeeded: v.value.u64))
    case UInt8(ascii: "f"): return .double(Double(v.value.f32))
    case UInt8(ascii: "d"): return .double(v.value.f64)
    case UInt8(ascii: "S"), UInt8(ascii: "x"): return .string(v.value.bytes.string)
    case UInt8(ascii: "V"): return .null
    case UInt8(ascii: "F"):
        var o = JSONObject()
        let t = v.value.table
        if t.num_entries > 0, let entries = t.entries {
            for i in 0..<Int(t.num_entries) { o[entries[i].key.string] = fieldJSON(entries[i].value) }
        }
        return .object(o)
    case UInt8(ascii: "A"):
        let a = v.value.array
        guard a.num_entries > 0, let entries = a.entries else { return .array([]) }
        return .array((0..<Int(a.num_entries)).map { fieldJSON(entries[$0]) })
    default: return .null
    }
}

private func fieldText(_ v: amqp_field_value_t) -> String {
    let json = fieldJSON(v)
    if case .string(let s) = json { return s }
    return JSONWriter.string(json)
}
