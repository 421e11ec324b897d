import CNATS
import Foundation
import Logging
import Synchronization
import SwitchyardPluginAPI

/// `from: jetstream: { connection, stream, durable, ... }`
struct JetStreamSourceConfig: PluginConfig {
    var connection: String
    var stream: String
    var durable: String
    var bind: Bool?
    var filter_subject: String?
    var ack_wait: ConfigDuration?
    var max_deliver: Int?
    var max_ack_pending: Int?
    var backoff: [ConfigDuration]?
    var deliver_policy: DeliverKind?
    var batch: Int?
    var fetch_wait: ConfigDuration?
    var nak_delay: ConfigDuration?
    var nak_backoff: [ConfigDuration]?
    var in_progress: Bool?

    static let fields: [ConfigField] = [
        ConfigField("connection", "connection name", required: true, "A `type: nats` connection."),
        ConfigField("stream", "string", required: true, "Stream to consume."),
        ConfigField("durable", "string", required: true, "Durable pull consumer name (shared by replicas: they split the messages)."),
        ConfigField("bind", "bool", default: "false", "Bind to an existing consumer (declared on the connection or elsewhere) instead of creating/updating it."),
        ConfigField("filter_subject", "subject", default: "the whole stream", "Only messages on these subjects (wildcards allowed)."),
        ConfigField("ack_wait", "duration", default: "30s", "Time the server waits for an ack before redelivering; +WPI extends it for long work."),
        ConfigField("max_deliver", "integer", default: "0 (no limit)", "Deliveries in all; the last failed one goes to the dead letter (or TERM)."),
        ConfigField("max_ack_pending", "integer", default: "1000", "Unacknowledged messages the server lets this consumer hold."),
        ConfigField("backoff", "list of durations", "Server-side redelivery delays after an ack timeout (needs max_deliver > its length)."),
        ConfigField("deliver_policy", "all | new | last", default: "all", "Where a new consumer starts."),
        ConfigField("batch", "integer", default: "256", "Messages fetched and handed to the route at once."),
        ConfigField("fetch_wait", "duration", default: "500ms",
                    "Longest wait of one fetch when the stream is empty; nats-server 2.9 hands a NAK-delayed redelivery to the next pull request, so it is also the granularity of NAK delays."),
        ConfigField("nak_delay", "duration", default: "the route's retry delay", "Fixed delay of a NAK (retry) instead of the route's retry delay."),
        ConfigField("nak_backoff", "list of durations", "NAK delay by delivery count (the last one repeats); wins over nak_delay."),
        ConfigField("in_progress", "bool", default: "true", "Send +WPI for messages still in the route after half of ack_wait."),
    ]

    func consumerConfig() -> ConsumerConfig {
        ConsumerConfig(stream: stream, name: durable, filter_subject: filter_subject, ack_wait: ack_wait,
                       max_deliver: max_deliver, max_ack_pending: max_ack_pending, backoff: backoff,
                       deliver_policy: deliver_policy, description: nil)
    }

    func validate() throws(ConfigError) {
        try NATSNames.checkStreamName(stream, key: ["stream"])
        try NATSNames.checkConsumerName(durable, key: ["durable"])
        if let f = filter_subject { try NATSNames.checkSubject(f, wildcards: true, key: ["filter_subject"]) }
        if let b = batch, !(1...10_000).contains(b) { throw ConfigError("batch must be 1 to 10000", keyPath: ["batch"]) }
        if let m = max_ack_pending, m < 1 { throw ConfigError("max_ack_pending must be at least 1", keyPath: ["max_ack_pending"]) }
        if let b = backoff, !b.isEmpty, (max_deliver ?? 0) <= b.count {
            throw ConfigError("max_deliver must be greater than the number of backoff steps", keyPath: ["max_deliver"])
        }
        if bind == true {
            for (key, set) in [("ack_wait", ack_wait != nil), ("max_deliver", max_deliver != nil), ("max_ack_pending", max_ack_pending != nil),
                               ("backoff", backoff != nil), ("filter_subject", filter_subject != nil), ("deliver_policy", deliver_policy != nil)] where set {
                throw ConfigError("'\(key)' has no effect with bind: true (the existing consumer's settings apply)", keyPath: [key],
                                  hint: "set it where the consumer is declared, or drop bind")
            }
        }
    }
}

/// A durable pull consumer. Fetches run on a thread of their own and hand whole batches to the route;
/// settlements go on the wire from another thread: ack → +ACK, retry → NAK (with delay), dead-lettered or
/// rejected → +TERM. Messages still in the route after half of ack_wait get +WPI so the server waits.
struct JetStreamSource: Source {
    let connection: NATSConnection
    let config: JetStreamSourceConfig
    let logger: Logger

    func run(output: any SourceOutput) async throws {
        let fetcher = BlockingExecutor(name: "jetstream-fetch-\(config.durable)")
        defer { fetcher.stop() }
        var session: PullSession?
        var failures = 0
        var warned = false
        while !output.isStopping {
            if session == nil {
                do {
                    session = try await fetcher.run { [connection, config] in try PullSession(connection: connection, config: config) }
                    if warned { logger.info("consuming", metadata: ["stream": "\(config.stream)", "durable": "\(config.durable)"]) }
                    failures = 0
                } catch let e as ConfigError {
                    throw e  // a conflicting consumer: restarting will not fix it, say so loudly
                } catch {
                    if !warned {
                        logger.warning("cannot consume yet, retrying: \(error)", metadata: ["stream": "\(config.stream)", "durable": "\(config.durable)"])
                        warned = true
                    }
                    failures += 1
                    try? await Task.sleep(for: .milliseconds(min(2000, 100 * failures)))
                    continue
                }
            }
            let current = session!
            let batchSize = config.batch ?? 256
            let waitMs = config.fetch_wait?.milliseconds ?? 500
            let result: Result<[Delivery], NATSError> = await (try? fetcher.run { current.fetch(batch: batchSize, waitMs: waitMs, unless: { output.isStopping }) })
                ?? .failure(NATSError(message: "fetch thread stopped"))
            switch result {
            case .success(let deliveries):
                failures = 0
                if !deliveries.isEmpty { await output.deliver(deliveries) }
            case .failure(let e):
                failures += 1
                if failures == 1 || failures % 50 == 0 { logger.warning("fetch failed: \(e)", metadata: ["stream": "\(config.stream)"]) }
                if failures >= 20 && connection.isConnected {
                    // Connected but still failing (consumer deleted?): subscribe again.
                    session?.acker.finishWhenIdle()
                    session = nil
                    warned = true
                }
                try? await Task.sleep(for: .milliseconds(min(1000, 50 * failures)))
            }
        }
        session?.acker.finishWhenIdle()
    }
}

/// The subscription; destroyed once every message fetched through it is settled (each holds a reference).
final class SubscriptionBox: @unchecked Sendable {
    let sub: OpaquePointer
    init(_ sub: OpaquePointer) { self.sub = sub }
    deinit {
        natsSubscription_Unsubscribe(sub)  // a plain inbox subscription: the durable consumer stays
        natsSubscription_Destroy(sub)
    }
}

/// One fetched message until it is settled.
final class MessageHandle: @unchecked Sendable {
    let msg: OpaquePointer
    let subscription: SubscriptionBox
    let deliveryCount: Int
    init(_ msg: OpaquePointer, _ subscription: SubscriptionBox, deliveryCount: Int) {
        self.msg = msg
        self.subscription = subscription
        self.deliveryCount = deliveryCount
    }
    deinit { natsMsg_Destroy(msg) }
}

/// A pull consumer session. Pull requests are sent by hand to `$JS.API.CONSUMER.MSG.NEXT.<stream>.<durable>`
/// with replies on a private inbox: nats.c 3.4.1's natsSubscription_Fetch corrupted the heap when messages
/// of an earlier pull request arrived after a reconnect, a plain subscription does not. Like nats.c, each
/// fetch first asks `no_wait` (what is there now), and only when nothing is there waits up to `fetch_wait`.
final class PullSession: @unchecked Sendable {
    let box: SubscriptionBox
    let acker: Acker
    let maxDeliver: Int
    let ackWaitNs: Int64
    private let nc: SendablePointer
    private let inbox: String
    private let nextSubject: String

    init(connection: NATSConnection, config: JetStreamSourceConfig) throws {
        let js = try connection.jetStream(consumer: true)
        if config.bind != true {
            _ = try Provisioner.ensureConsumer(js, config.consumerConfig(), keyPath: [])
        }
        var info: UnsafeMutablePointer<jsConsumerInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetConsumerInfo(&info, js, config.stream, config.durable, nil, &code),
                  "consumer '\(config.durable)' on stream '\(config.stream)'", code)
        defer { jsConsumerInfo_Destroy(info) }
        let cc = info!.pointee.Config!.pointee
        if cc.DeliverSubject != nil {
            throw ConfigError("consumer '\(config.durable)' on stream '\(config.stream)' is a push consumer; Switchyard needs a pull consumer",
                              keyPath: ["durable"])
        }
        maxDeliver = cc.MaxDeliver > 0 ? Int(cc.MaxDeliver) : 0
        ackWaitNs = cc.AckWait > 0 ? cc.AckWait : 30_000_000_000

        let connectionPointer = try connection.consumerConnection()
        nc = SendablePointer(raw: connectionPointer)
        var inboxPointer: UnsafeMutablePointer<CChar>?
        try check(natsInbox_Create(&inboxPointer), "inbox")
        inbox = String(cString: inboxPointer!)
        natsInbox_Destroy(inboxPointer)
        nextSubject = "$JS.API.CONSUMER.MSG.NEXT.\(config.stream).\(config.durable)"
        var sub: OpaquePointer?
        try check(natsConnection_SubscribeSync(&sub, connectionPointer, inbox), "pull inbox subscription")
        natsSubscription_SetPendingLimits(sub, -1, -1)
        box = SubscriptionBox(sub!)
        acker = Acker(connection: connectionPointer, ackWaitNs: ackWaitNs, inProgress: config.in_progress ?? true,
                      nakDelay: config.nak_delay?.duration, nakBackoff: (config.nak_backoff ?? []).map(\.duration),
                      name: config.durable)
    }

    private func request(_ json: String) -> natsStatus {
        natsConnection_PublishRequestString(nc.raw, nextSubject, inbox, json)
    }

    /// The status code of a JetStream status message (no body, a `Status` header), or nil for a user message.
    private static func status(_ msg: OpaquePointer) -> String? {
        guard natsMsg_GetDataLength(msg) == 0 else { return nil }
        var value: UnsafePointer<CChar>?
        guard natsMsgHeader_Get(msg, "Status", &value) == NATS_OK, let value else { return nil }
        return String(cString: value)
    }

    /// How long a fetch that has messages waits for more of a burst.
    static let lingerMs: Int64 = 1

    /// How often a long wait checks whether the route is stopping: a stop or reload must not wait out fetch_wait.
    static let stopCheckMs: Int64 = 100

    /// One fetch (blocking, on the fetch thread): up to `batch` messages, waiting up to `waitMs` for the first;
    /// returns early once `stopping` says so.
    func fetch(batch: Int, waitMs: Int64, unless stopping: @Sendable () -> Bool) -> Result<[Delivery], NATSError> {
        var taken: [OpaquePointer] = []
        taken.reserveCapacity(batch)
        let deadline = nats_Now() + waitMs
        // Deliveries of an earlier request that arrived after it ended are real: take them first.
        var pending: Int32 = 0
        var bytes: Int32 = 0
        natsSubscription_GetPending(box.sub, &pending, &bytes)
        while pending > 0 && taken.count < batch {
            var msg: OpaquePointer?
            guard natsSubscription_NextMsg(&msg, box.sub, 0) == NATS_OK, let m = msg else { break }
            if Self.status(m) == nil { taken.append(m) } else { natsMsg_Destroy(m) }
            pending -= 1
        }
        if taken.count < batch {
            var waiting = false
            var s = request("{\"batch\":\(batch - taken.count),\"no_wait\":true}")
            if s != NATS_OK && taken.isEmpty { return .failure(NATSError(s, "pull request")) }
            while s == NATS_OK && taken.count < batch {
                var left = deadline - nats_Now()
                if left <= 0 { break }
                // Waiting on the long request: once something came, hand it over after a short linger rather
                // than waiting for a full batch (at 2,000 msg/s a 256 batch took 128 ms to fill: 78 ms p50).
                // The request stays open; what it still delivers is taken first by the next fetch.
                if waiting && !taken.isEmpty { left = min(left, Self.lingerMs) }
                var msg: OpaquePointer?
                let slice = min(left, Self.stopCheckMs)
                s = natsSubscription_NextMsg(&msg, box.sub, slice)
                if s == NATS_TIMEOUT && slice < left && !stopping() {
                    s = NATS_OK
                    continue
                }
                guard s == NATS_OK, let m = msg else { break }
                guard let code = Self.status(m) else {
                    taken.append(m)
                    continue
                }
                natsMsg_Destroy(m)
                if code == "100" { continue }  // heartbeat
                // 404 (nothing now), 408 (request expired), 409 (limits, leadership change): this request is over.
                if code == "404" && taken.isEmpty && !waiting {
                    let wait = deadline - nats_Now() - 10
                    if wait <= 0 { break }
                    waiting = true
                    s = request("{\"batch\":\(batch),\"expires\":\(wait * 1_000_000)}")  // nanoseconds
                    continue
                }
                break
            }
            if taken.isEmpty && s != NATS_OK && s != NATS_TIMEOUT {
                return .failure(NATSError(s, "fetch"))
            }
        }
        var deliveries: [Delivery] = []
        deliveries.reserveCapacity(taken.count)
        var handles: [MessageHandle] = []
        handles.reserveCapacity(taken.count)
        let maxDeliverText = String(maxDeliver)
        for msg in taken {
            var message = makeMessage(msg, source: "jetstream", jetStream: true)
            if maxDeliver > 0 { message.metadata["max_deliver"] = maxDeliverText }
            let handle = MessageHandle(msg, box, deliveryCount: message.deliveryCount)
            handles.append(handle)
            let acker = self.acker
            deliveries.append(Delivery(message: message) { acker.settle(handle, $0) })
        }
        acker.track(handles)
        return .success(deliveries)
    }
}

/// Puts settlements on the wire from its own thread, and keeps long-running messages alive with +WPI.
final class Acker: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(MessageHandle, Settlement)] = []
    private var tracked: [ObjectIdentifier: (handle: MessageHandle, lastSignal: ContinuousClock.Instant)] = [:]
    private var finishing = false
    private let ackWait: Duration
    private let inProgress: Bool
    private let nakDelay: Duration?
    private let nakBackoff: [Duration]

    private let connection: SendablePointer

    init(connection: OpaquePointer, ackWaitNs: Int64, inProgress: Bool, nakDelay: Duration?, nakBackoff: [Duration], name: String) {
        self.connection = SendablePointer(raw: connection)
        ackWait = .nanoseconds(ackWaitNs)
        self.inProgress = inProgress
        self.nakDelay = nakDelay
        self.nakBackoff = nakBackoff
        let thread = Thread { [self] in loop() }
        thread.name = "jetstream-ack-\(name)"
        thread.start()
    }

    func track(_ handles: [MessageHandle]) {
        let now = ContinuousClock.now
        condition.lock()
        for h in handles { tracked[ObjectIdentifier(h)] = (h, now) }
        condition.unlock()
    }

    func settle(_ handle: MessageHandle, _ settlement: Settlement) {
        condition.lock()
        queue.append((handle, settlement))
        condition.signal()
        condition.unlock()
    }

    /// The thread exits once every tracked message is settled.
    func finishWhenIdle() {
        condition.lock()
        finishing = true
        condition.signal()
        condition.unlock()
    }

    /// Acks are plain publishes to the delivery's reply subject (what natsMsg_Ack sends): the messages come
    /// from a plain inbox subscription (see PullSession), which nats.c's JetStream ack calls do not accept.
    private func reply(_ h: MessageHandle, _ text: String) {
        guard let subject = natsMsg_GetReply(h.msg) else { return }
        natsConnection_PublishString(connection.raw, subject, text)
    }

    /// The delay of a NAK: the source's own setting when it has one, else what the route asked for.
    func nakDelay(for handle: MessageHandle, asked: Duration) -> Duration {
        if asked == .zero { return .zero }  // handed back (drain): redeliver now
        if !nakBackoff.isEmpty { return nakBackoff[min(max(handle.deliveryCount, 1), nakBackoff.count) - 1] }
        return nakDelay ?? asked
    }

    private func loop() {
        let tick = min(max(ackWait / 4, .milliseconds(50)), .seconds(2))
        while true {
            condition.lock()
            if queue.isEmpty && !(finishing && tracked.isEmpty) {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(tick.components.seconds) + Double(tick.components.attoseconds) / 1e18))
            }
            let work = queue
            queue.removeAll(keepingCapacity: true)
            for (h, _) in work { tracked[ObjectIdentifier(h)] = nil }
            var stale: [MessageHandle] = []
            if inProgress && !tracked.isEmpty {
                let now = ContinuousClock.now
                for (key, entry) in tracked where now - entry.lastSignal >= ackWait / 2 {
                    stale.append(entry.handle)
                    tracked[key] = (entry.handle, now)
                }
            }
            let exit = finishing && tracked.isEmpty && queue.isEmpty
            condition.unlock()

            for (h, settlement) in work {
                switch settlement {
                case .ack:
                    reply(h, "+ACK")
                case .retry(let after):
                    let delay = nakDelay(for: h, asked: after)
                    if delay == .zero {
                        reply(h, "-NAK")
                    } else {
                        let ns = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
                        reply(h, "-NAK {\"delay\":\(ns)}")  // nanoseconds on the wire
                    }
                case .deadLettered, .rejected:
                    reply(h, "+TERM")
                }
            }
            for h in stale { reply(h, "+WPI") }
            if exit { return }
        }
    }
}
