import CNATS
import Foundation
import Synchronization
import SwitchyardPluginAPI

/// `to: - nats: { connection, subject, jetstream?, msg_id?, headers?, ... }`
struct NATSSinkConfig: PluginConfig {
    var connection: String
    var subject: Template
    var jetstream: Bool?
    var msg_id: Template?
    var headers: ConfigMap<Template>?
    var max_in_flight: Int?
    var ack_timeout: ConfigDuration?
    var expect_stream: String?

    static let fields: [ConfigField] = [
        ConfigField("connection", "connection name", required: true, "A `type: nats` connection."),
        ConfigField("subject", "template", required: true, "Subject to publish to, e.g. `wa.events.{session_id}.{event}`."),
        ConfigField("jetstream", "bool", default: "false",
                    "Publish to JetStream and confirm each message by its PubAck; false: core NATS, confirmed by a flush."),
        ConfigField("msg_id", "template", default: "{$id}", "JetStream: the Nats-Msg-Id header, so the stream's duplicate window drops redeliveries."),
        ConfigField("headers", "mapping of templates", "Extra headers to set (the message's own headers are carried through)."),
        ConfigField("max_in_flight", "integer", default: "1024", "JetStream: PubAcks awaited at once (the publish window)."),
        ConfigField("ack_timeout", "duration", default: "5s", "JetStream: a PubAck not back by then is a retryable failure; core: flush timeout."),
        ConfigField("expect_stream", "string", "JetStream: fail permanently unless this stream stores the message."),
    ]

    func validate() throws(ConfigError) {
        if subject.isConstant { try NATSNames.checkSubject(subject.text, wildcards: false, key: ["subject"]) }
        if let m = max_in_flight, !(1...65_536).contains(m) { throw ConfigError("max_in_flight must be 1 to 65536", keyPath: ["max_in_flight"]) }
        if let e = expect_stream { try NATSNames.checkStreamName(e, key: ["expect_stream"]) }
        if jetstream != true {
            for (key, set) in [("msg_id", msg_id != nil), ("max_in_flight", max_in_flight != nil), ("expect_stream", expect_stream != nil)] where set {
                throw ConfigError("'\(key)' needs jetstream: true", keyPath: [key])
            }
        }
    }
}

/// A message rendered for the wire.
struct OutgoingMessage: Sendable {
    var subject: String
    var msgID: String?
    var headers: [(String, String)]
    var body: [UInt8]
}

final class NATSSink: Sink, LifecycleComponent, @unchecked Sendable {
    let connection: NATSConnection
    let config: NATSSinkConfig
    let ackTimeout: Duration
    private let publisher = Mutex<JetStreamPublisher?>(nil)
    private let thread: BlockingExecutor

    init(connection: NATSConnection, config: NATSSinkConfig) {
        self.connection = connection
        self.config = config
        self.ackTimeout = config.ack_timeout?.duration ?? .seconds(5)
        self.thread = BlockingExecutor(name: "nats-publish")
    }

    func start() async throws {}

    func shutdown() async {
        let p = publisher.withLock { p -> JetStreamPublisher? in
            defer { p = nil }
            return p
        }
        if let p { _ = try? await thread.run { p.close() } }
        thread.stop()
    }

    func prepare(_ m: Message) -> Result<OutgoingMessage, DeliveryFailure> {
        let subject: String
        do { subject = try config.subject.render(m) } catch {
            return .failure(DeliveryFailure("subject: \(error.reason)", retryable: false))
        }
        guard NATSNames.isValidSubject(subject, wildcards: false) else {
            return .failure(DeliveryFailure("'\(subject)' is not a subject one can publish to", retryable: false))
        }
        var headers: [(String, String)] = []
        for (k, v) in m.headers where !k.hasPrefix("Nats-") && isHeaderSafe(k, v) { headers.append((k, v)) }
        for (k, t) in config.headers?.entries ?? [] {
            do { headers.append((k, try t.render(m))) } catch {
                return .failure(DeliveryFailure("headers.\(k): \(error.reason)", retryable: false))
            }
        }
        var msgID: String?
        if config.jetstream == true {
            do { msgID = try (config.msg_id?.render(m)) ?? m.id } catch {
                return .failure(DeliveryFailure("msg_id: \(error.reason)", retryable: false))
            }
        }
        return .success(OutgoingMessage(subject: subject, msgID: msgID, headers: headers, body: m.body))
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        var failures: [Int: DeliveryFailure] = [:]
        var outgoing: [(Int, OutgoingMessage)] = []
        outgoing.reserveCapacity(messages.count)
        for (i, m) in messages.enumerated() {
            switch prepare(m) {
            case .success(let o): outgoing.append((i, o))
            case .failure(let f): failures[i] = f
            }
        }
        if outgoing.isEmpty { return SinkWriteResult(failures: failures) }
        if config.jetstream == true {
            let pub: JetStreamPublisher
            do { pub = try jetStreamPublisher() } catch {
                return .failed(DeliveryFailure("\(error)"), count: messages.count)
            }
            let tracker = BatchTracker(count: outgoing.count)
            let items = outgoing.map(\.1)
            let result = await tracker.wait(timeout: ackTimeout + .seconds(1)) {
                // With window room for the whole batch nothing can block: publish from this task. Only a batch
                // that must wait for PubAcks goes to the publish thread (a hop and a wake-up per batch less).
                if pub.publishIfRoom(items, tracker: tracker) { return }
                if !thread.submit({ pub.publish(items, tracker: tracker) }) { tracker.expire("sink shut down") }
            }
            for (j, f) in result { failures[outgoing[j].0] = f }
        } else {
            let items = outgoing.map(\.1)
            let timeoutMs = Int64(ackTimeout.components.seconds * 1000 + ackTimeout.components.attoseconds / 1_000_000_000_000_000)
            let connection = self.connection
            // Not `try?`: it would flatten the closure's nil (= published) into the executor-stopped case.
            let failed: DeliveryFailure?
            do {
                failed = try await thread.run { () -> DeliveryFailure? in
                    do {
                        let nc = try connection.publisherConnection()
                        for item in items {
                            let m = try makeNATSMessage(item)
                            defer { natsMsg_Destroy(m) }
                            try check(natsConnection_PublishMsg(nc, m), "publish to '\(item.subject)'")
                        }
                        // Core NATS has no acks: a flush round trip proves the server has them.
                        try check(natsConnection_FlushTimeout(nc, timeoutMs), "flush")
                        return nil
                    } catch let e as NATSError {
                        return DeliveryFailure(e.text, retryable: e.status != NATS_MAX_PAYLOAD.rawValue)
                    } catch {
                        return DeliveryFailure("\(error)")
                    }
                }
            } catch {
                failed = DeliveryFailure("publisher stopped")
            }
            if let failed { for (i, _) in outgoing { failures[i] = failed } }
        }
        return SinkWriteResult(failures: failures)
    }

    private func jetStreamPublisher() throws -> JetStreamPublisher {
        try publisher.withLock { p in
            if let p { return p }
            let made = try JetStreamPublisher(
                nc: try connection.publisherConnection(), window: config.max_in_flight ?? 1024,
                ackTimeoutMs: Int64(ackTimeout.components.seconds * 1000 + ackTimeout.components.attoseconds / 1_000_000_000_000_000),
                expectStream: config.expect_stream)
            p = made
            return made
        }
    }
}

func isHeaderSafe(_ k: String, _ v: String) -> Bool {
    !k.isEmpty && !k.utf8.contains { $0 == 58 || $0 <= 32 || $0 >= 127 } && !v.utf8.contains { $0 == 10 || $0 == 13 }
}

func makeNATSMessage(_ item: OutgoingMessage) throws(NATSError) -> OpaquePointer {
    var m: OpaquePointer?
    let s = item.body.withUnsafeBytes { natsMsg_Create(&m, item.subject, nil, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count)) }
    try check(s, "message for '\(item.subject)'")
    for (k, v) in item.headers { natsMsgHeader_Add(m, k, v) }
    if let id = item.msgID { natsMsgHeader_Set(m, "Nats-Msg-Id", id) }
    return m!
}

/// The outcome of one write, message by message, filled in by PubAcks arriving on nats.c's thread.
final class BatchTracker: @unchecked Sendable {
    private struct State {
        var decided: [Bool]
        var remaining: Int
        var failures: [Int: DeliveryFailure] = [:]
        var continuation: CheckedContinuation<[Int: DeliveryFailure], Never>?
        var finished = false
    }
    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(decided: Array(repeating: false, count: count), remaining: count)) }

    /// One sweeper for every batch's timeout, instead of a sleeping task per sink write.
    static let deadlines = DeadlineSweeper()

    func succeed(_ i: Int) { decide(i, nil) }
    func fail(_ i: Int, _ f: DeliveryFailure) { decide(i, f) }

    private func decide(_ i: Int, _ f: DeliveryFailure?) {
        let c = state.withLock { s -> CheckedContinuation<[Int: DeliveryFailure], Never>? in
            guard !s.finished, !s.decided[i] else { return nil }
            s.decided[i] = true
            s.remaining -= 1
            if let f { s.failures[i] = f }
            return s.remaining == 0 ? finish(&s) : nil
        }
        c?.resume(returning: state.withLock { $0.failures })
    }

    private func finish(_ s: inout State) -> CheckedContinuation<[Int: DeliveryFailure], Never>? {
        s.finished = true
        defer { s.continuation = nil }
        return s.continuation
    }

    /// Every message still undecided fails (retryable) with `reason`.
    func expire(_ reason: String) {
        let c = state.withLock { s -> CheckedContinuation<[Int: DeliveryFailure], Never>? in
            guard !s.finished else { return nil }
            for i in s.decided.indices where !s.decided[i] { s.failures[i] = DeliveryFailure(reason) }
            return finish(&s)
        }
        c?.resume(returning: state.withLock { $0.failures })
    }

    /// Starts the publishing and waits for every message's outcome (or the timeout).
    func wait(timeout: Duration, start: () -> Void) async -> [Int: DeliveryFailure] {
        // A backstop: nats.c fails a publish itself after MaxWait; this catches callbacks that never come.
        let deadline = Self.deadlines.watch(until: ContinuousClock.now + timeout) { [self] in
            expire("no PubAck within \(timeout)")
        }
        defer { Self.deadlines.cancel(deadline) }
        return await withCheckedContinuation { c in
            let resumeNow = state.withLock { s -> Bool in
                if s.finished || s.remaining == 0 {
                    s.finished = true
                    return true
                }
                s.continuation = c
                return false
            }
            if resumeNow { c.resume(returning: state.withLock { $0.failures }) } else { start() }
        }
    }
}

/// JetStream publishing with asynchronous PubAcks in a bounded window: messages go out without waiting,
/// PubAcks come back on nats.c's thread and settle their message in its batch.
final class JetStreamPublisher: @unchecked Sendable {
    private var js: OpaquePointer?
    private let window: Int
    private let ackTimeoutMs: Int64
    private let expectStream: String?
    private let condition = NSCondition()
    private var inFlight = 0  // guarded by condition
    private var inlinePublishers = 0  // guarded by condition: publishIfRoom calls under way
    private var closing = false  // guarded by condition
    private var pending: [UnsafeMutableRawPointer: (BatchTracker, Int, String)] = [:]  // guarded by condition
    private var retained: Unmanaged<JetStreamPublisher>?

    init(nc: OpaquePointer, window: Int, ackTimeoutMs: Int64, expectStream: String?) throws {
        self.window = window
        self.ackTimeoutMs = ackTimeoutMs
        self.expectStream = expectStream
        let me = Unmanaged.passRetained(self)
        retained = me
        do {
            js = try makeJetStream(nc, wait: ackTimeoutMs) { opts in
                opts.PublishAsync.AckHandler = jsPubAckCallback
                opts.PublishAsync.AckHandlerClosure = me.toOpaque()
                opts.PublishAsync.MaxPending = Int64(window) * 4  // ours is the real window; never stall inside nats.c
            }
        } catch {
            me.release()
            throw error
        }
    }

    /// Publishes the whole batch now if the window has room for all of it (never blocks); false otherwise.
    func publishIfRoom(_ items: [OutgoingMessage], tracker: BatchTracker) -> Bool {
        condition.lock()
        guard js != nil, !closing, inFlight + items.count <= window else {
            condition.unlock()
            return false
        }
        inFlight += items.count
        inlinePublishers += 1  // close() waits for these: it frees the context they use
        condition.unlock()
        publish(items, tracker: tracker, slotsTaken: true)
        condition.lock()
        inlinePublishers -= 1
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// On the publish thread: sends each message once a window slot is free (`slotsTaken`: already reserved).
    func publish(_ items: [OutgoingMessage], tracker: BatchTracker, slotsTaken: Bool = false) {
        guard let js else {
            if slotsTaken { for _ in items { release(nil) } }
            for i in items.indices { tracker.fail(i, DeliveryFailure("publisher closed")) }
            return
        }
        let waitLimit = Date(timeIntervalSinceNow: Double(ackTimeoutMs) / 1000)
        for (i, item) in items.enumerated() {
            if !slotsTaken {
                condition.lock()
                var gotSlot = true
                while inFlight >= window {
                    if !condition.wait(until: waitLimit) {
                        gotSlot = inFlight < window
                        break
                    }
                }
                if !gotSlot {
                    condition.unlock()
                    for j in i..<items.count { tracker.fail(j, DeliveryFailure("publish window full for \(ackTimeoutMs) ms (no PubAcks)")) }
                    return
                }
                inFlight += 1
                condition.unlock()
            }

            var msg: OpaquePointer?
            do { msg = try makeNATSMessage(item) } catch {
                release(nil)
                tracker.fail(i, DeliveryFailure(error.text, retryable: false))
                continue
            }
            let key = UnsafeMutableRawPointer(msg!)
            condition.lock()
            pending[key] = (tracker, i, item.subject)
            condition.unlock()
            var opts = jsPubOptions()
            jsPubOptions_Init(&opts)
            opts.MaxWait = ackTimeoutMs
            let s: natsStatus
            if let e = expectStream {
                s = e.withCString { p in
                    opts.ExpectStream = p
                    return js_PublishMsgAsync(js, &msg, &opts)
                }
            } else {
                s = js_PublishMsgAsync(js, &msg, &opts)
            }
            if s != NATS_OK {
                let entry = release(key)
                natsMsg_Destroy(msg)  // still ours when the call failed
                if entry != nil {
                    tracker.fail(i, DeliveryFailure(NATSError(s, "publish to '\(item.subject)'").text,
                                                    retryable: s != NATS_MAX_PAYLOAD))
                }
            }
        }
    }

    /// Frees a window slot; returns the pending entry of `key` if it was still there.
    @discardableResult
    func release(_ key: UnsafeMutableRawPointer?) -> (BatchTracker, Int, String)? {
        condition.lock()
        defer { condition.unlock() }
        inFlight -= 1
        condition.signal()
        guard let key else { return nil }
        return pending.removeValue(forKey: key)
    }

    /// Called by nats.c for every PubAck or failure.
    func acknowledged(_ msg: OpaquePointer?, _ ack: UnsafeMutablePointer<jsPubAck>?, _ err: UnsafeMutablePointer<jsPubAckErr>?) {
        guard let msg else { return }
        guard let (tracker, i, subject) = release(UnsafeMutableRawPointer(msg)) else { return }
        if ack != nil {
            tracker.succeed(i)
        } else if let e = err?.pointee {
            tracker.fail(i, Self.failure(e.Err, e.ErrCode, e.ErrText.map { String(cString: $0) }, subject: subject))
        } else {
            tracker.fail(i, DeliveryFailure("no PubAck"))
        }
    }

    /// Which publish failures may pass (retry) and which cannot (dead letter).
    static func failure(_ s: natsStatus, _ code: jsErrCode, _ text: String?, subject: String) -> DeliveryFailure {
        let detail = text ?? String(cString: natsStatus_GetText(s))
        if s == NATS_TIMEOUT { return DeliveryFailure("no PubAck in time for '\(subject)'") }
        // No stream (yet) on the subject, or JetStream restarting: retry; provisioning or the restart fixes it.
        if s == NATS_NO_RESPONDERS { return DeliveryFailure("no stream listens on '\(subject)' (no responders)") }
        if code == JSStreamNotMatchErr || code == JSStreamMessageExceedsMaximumErr || s == NATS_MAX_PAYLOAD {
            return DeliveryFailure("rejected by JetStream: \(detail) (error \(code.rawValue))", retryable: false)
        }
        return DeliveryFailure("JetStream publish failed: \(detail)" + (code.rawValue != 0 ? " (error \(code.rawValue))" : ""))
    }

    /// Waits for outstanding PubAcks (bounded), then frees the context.
    func close() {
        condition.lock()
        closing = true
        while inlinePublishers > 0 { condition.wait() }
        condition.unlock()
        guard let js else { return }
        var opts = jsPubOptions()
        jsPubOptions_Init(&opts)
        opts.MaxWait = ackTimeoutMs
        js_PublishAsyncComplete(js, &opts)
        jsCtx_Destroy(js)
        self.js = nil
        retained?.release()
        retained = nil
    }
}

private func jsPubAckCallback(_ js: OpaquePointer?, _ msg: OpaquePointer?, _ pa: UnsafeMutablePointer<jsPubAck>?,
                              _ pae: UnsafeMutablePointer<jsPubAckErr>?, _ closure: UnsafeMutableRawPointer?) {
    if let closure {
        Unmanaged<JetStreamPublisher>.fromOpaque(closure).takeUnretainedValue().acknowledged(msg, pa, pae)
    }
    natsMsg_Destroy(msg)  // with an AckHandler the message is ours to free
}
