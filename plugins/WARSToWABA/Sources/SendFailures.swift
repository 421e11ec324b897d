// `wars_send_failures`: WA-RS publishes no result for a command that fails (it NAKs it and drops it after 3
// deliveries), so a WABA `failed` status has to be inferred. waba_to_wars gives each correlation entry a deadline;
// this source sweeps the store and emits STATUS_WEBHOOK `failed` for entries still `pending` past it. An entry is
// marked `failed` only once the route delivered its status (at-least-once: a crash re-emits it; two replicas
// sweeping the same bucket may both emit it, and a consumer's dedup on messageId + status absorbs that).
//
// Why not JetStream's max-deliveries advisory: it names the stream sequence of the dropped command, and the
// request_id is only in that stored message, which a plugin cannot read (the plugin API has no stream access).
import Synchronization
import SwitchyardPluginAPI

struct SendFailuresConfig: PluginConfig {
    var store: StoreKind?
    var connection: String?
    var bucket: String?
    var ttl: ConfigDuration?
    var interval: ConfigDuration?
    var include_correlation_id: Bool?
    var batch_size: Int?

    static let fields: [ConfigField] = [
        ConfigField("store", "memory | nats_kv", default: "memory",
                    "The correlation store waba_to_wars writes. It must list keys: the memory store and the NATS "
                        + "connector's JetStream KV buckets do (a store that cannot makes the source stop with an error)."),
        ConfigField("connection", "connection name", "nats_kv: the NATS connection."),
        ConfigField("bucket", "string", default: "waba_wars_correlation", "The bucket of correlation entries."),
        ConfigField("ttl", "duration", default: "1h", "Max age of the bucket when this source creates it."),
        ConfigField("interval", "duration", default: "15s", "How often the store is swept."),
        ConfigField("include_correlation_id", "bool", default: "true", "Add `correlationId` to the statuses."),
        ConfigField("batch_size", "integer", default: "64", "Most statuses handed to the route at once."),
    ]
}

final class SendFailuresSource: Source {
    let store: CorrelationStore
    let interval: Duration
    let includeCorrelationId: Bool
    let batchSize: Int
    /// Keys whose status is being delivered: not emitted again until settled.
    private let inFlight = Mutex<Set<String>>([])

    init(_ config: SendFailuresConfig, context: PluginContext) throws(ConfigError) {
        interval = config.interval?.duration ?? .seconds(15)
        guard interval > .zero else { throw ConfigError.invalid("interval", "must be longer than zero") }
        batchSize = config.batch_size ?? 64
        guard batchSize > 0 else { throw ConfigError.invalid("batch_size", "must be at least 1") }
        includeCorrelationId = config.include_correlation_id ?? true
        let ttl = config.ttl?.duration ?? .seconds(3600)
        guard ttl > .zero else { throw ConfigError.invalid("ttl", "must be longer than zero") }
        store = try CorrelationStore(store: config.store, connection: config.connection, bucket: config.bucket, ttl: ttl, context: context)
    }

    init(store: CorrelationStore, interval: Duration, includeCorrelationId: Bool = true, batchSize: Int = 64) {
        self.store = store
        self.interval = interval
        self.includeCorrelationId = includeCorrelationId
        self.batchSize = batchSize
    }

    struct CannotList: Error, CustomStringConvertible {
        let store: String
        var description: String {
            "wars_send_failures: the \(store) cannot list its keys, so commands without a result cannot be found "
                + "(use store: memory, or a NATS connector whose KV buckets implement KeyValueKeyListing)"
        }
    }

    func run(output: any SourceOutput) async throws {
        var lister: (any KeyValueKeyListing)?
        while lister == nil, !output.isStopping {
            do {
                let bucket = try await store.bucket()
                guard let l = bucket as? any KeyValueKeyListing else { throw CannotList(store: store.description) }
                lister = l
            } catch let e as CannotList {
                throw e
            } catch {
                // The broker is down: ride it out.
                try? await Task.sleep(for: interval)
            }
        }
        guard let lister else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await output.waitUntilStopping() }
            group.addTask {
                while !output.isStopping {
                    await self.sweep(lister, output: output, now: WallClock.unixMillis())
                    try? await Task.sleep(for: self.interval)
                }
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// One pass over the store: hands every overdue pending entry's status to the route. Store errors end the
    /// pass quietly; the next one tries again.
    func sweep(_ bucket: any KeyValueKeyListing, output: any SourceOutput, now: Int64) async {
        guard let keys = try? await bucket.keys(withPrefix: "req.") else { return }
        var batch: [Delivery] = []
        for key in keys {
            if output.isStopping { break }
            guard !inFlight.withLock({ $0.contains(key) }),
                let stored = try? await bucket.get(key), let entry = CorrelationEntry(bytes: stored.value),
                entry.state == "pending", entry.deadline <= now
            else { continue }
            guard inFlight.withLock({ $0.insert(key).inserted }) else { continue }
            let message = failedStatus(entry, now: now)
            batch.append(Delivery(message: message) { [self] settlement in
                switch settlement {
                case .retry:
                    _ = inFlight.withLock { $0.remove(key) }
                case .ack, .deadLettered, .rejected:
                    Task { await self.markFailed(key, in: bucket) }
                }
            })
            if batch.count >= batchSize {
                await output.deliver(batch)
                batch.removeAll()
            }
        }
        if !batch.isEmpty { await output.deliver(batch) }
    }

    /// Marks the entry `failed` unless a send_result got there first (then it stays `sent`).
    func markFailed(_ key: String, in bucket: any KeyValueBucket) async {
        defer { _ = inFlight.withLock { $0.remove(key) } }
        for _ in 0..<3 {
            guard let stored = try? await bucket.get(key), var entry = CorrelationEntry(bytes: stored.value), entry.state == "pending" else { return }
            entry.state = "failed"
            if (try? await bucket.update(key, value: JSONWriter.bytes(entry.json), revision: stored.revision)) ?? nil != nil { return }
        }
    }

    func failedStatus(_ e: CorrelationEntry, now: Int64) -> Message {
        var o = JSONObject()
        o.reserveCapacity(11)
        o.append("type", "STATUS_WEBHOOK")
        o.append("messageType", .string(e.messageType))
        o.append("wabaAccountId", stringOrNull(e.wabaAccountId))
        o.append("wabaNumber", .string(e.wabaNumber))
        o.append("wabaUserName", "")
        // The message never reached WhatsApp, so it has no WhatsApp id: the request_id stands in for it.
        o.append("messageId", .string(e.requestId))
        o.append("from", .string(e.to))
        o.append("status", "failed")
        o.append("timestamp", .string(ISOTime.format(unixSeconds: now / 1000)))
        if includeCorrelationId { o.append("correlationId", stringOrNull(e.correlationId)) }
        let waited = (e.deadline - e.created) / 1000
        o.append("error", .string("no send_result from WA-RS within \(waited)s of sending (WA-RS drops a command after 3 failed deliveries)"))
        return Message(
            id: e.requestId + ":failed", json: .object(o),
            metadata: ["waba.type": "STATUS_WEBHOOK", "waba.routing_key": "whatsapp.inbound.status", "session": e.session, "request_id": e.requestId],
            source: "wars_send_failures")
    }
}
