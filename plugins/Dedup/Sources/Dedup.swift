// `dedup`: drops a message whose key was already delivered inside a window, safely under at-least-once
// delivery: the key is reserved when the message enters, committed when the route delivered it, released
// when it failed (so the retry goes through), and a copy arriving while the first is in flight is retried
// later instead of being dropped.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "dedup",
        summary: "Drops messages whose key was already delivered inside the window (counted as dropped). The key is "
            + "reserved on entry, committed on delivery and released on failure, so retries are never swallowed; a copy "
            + "arriving while the first is in flight is retried later. Presets for the contracts: waba, wa-rs, meta, waha.",
        config: DedupConfig.self
    ) { config, context in try DedupStep(config, context: context) }
}

struct DedupConfig: PluginConfig {
    enum StoreKind: String, ConfigEnum { case memory, nats_kv }
    enum OnMissingKey: String, ConfigEnum { case pass, reject }

    var key: String
    var window: ConfigDuration?
    var store: StoreKind?
    var max_entries: Int?
    var max_bytes: Int?
    var reservation_timeout: ConfigDuration?
    var retry_in_flight_after: ConfigDuration?
    var on_missing_key: OnMissingKey?
    var connection: String?
    var bucket: String?

    static let fields: [ConfigField] = [
        ConfigField("key", "template or preset", required: true,
                    "What makes two messages the same: a template such as `{data.message_id}`, or a preset: `waba` "
                        + "(messageId + status), `wa-rs` (data.message_id), `meta` (wamid + status), `waha` (event id)."),
        ConfigField("window", "duration", default: "10m", "How long a delivered key counts."),
        ConfigField("store", "memory | nats_kv", default: "memory",
                    "`memory` is per process; `nats_kv` shares keys between replicas through a JetStream KV bucket."),
        ConfigField("max_entries", "integer", default: "1000000", "memory: most keys kept (least recently used evicted first)."),
        ConfigField("max_bytes", "integer", default: "134217728", "memory: most bytes of keys kept."),
        ConfigField("reservation_timeout", "duration", default: "60s",
                    "A reservation older than this is taken over (its holder died); keep it above the sinks' slowest confirm."),
        ConfigField("retry_in_flight_after", "duration", default: "1s", "Delay before a copy that met an in-flight twin is tried again."),
        ConfigField("on_missing_key", "pass | reject", default: "pass", "A message whose key cannot be built: let it through, or dead-letter it."),
        ConfigField("connection", "connection name", "nats_kv: the NATS connection."),
        ConfigField("bucket", "string", default: "switchyard_dedup", "nats_kv: the KV bucket (created with the window as TTL)."),
    ]

    static let presets: [String: String] = [
        "waba": "{messageId}|{status:-}",
        "wa-rs": "{data.message_id}",
        "meta": "{entry.0.changes.0.value.messages.0.id:-}{entry.0.changes.0.value.statuses.0.id:-}|{entry.0.changes.0.value.statuses.0.status:-}",
        "waha": "{id}",
    ]
}

struct DedupStep: Transform, LifecycleComponent {
    let key: Template
    let window: Duration
    let store: any DedupStore
    let onMissingKey: DedupConfig.OnMissingKey
    let retryAfter: Duration
    /// Metadata key holding this step's reserved key, unique per step in the route.
    let metadataKey: String

    init(_ config: DedupConfig, context: PluginContext) throws(ConfigError) {
        let text = DedupConfig.presets[config.key] ?? config.key
        guard text.contains("{") else {
            throw ConfigError.invalid("key", "'\(config.key)' is neither a template nor a preset",
                                      hint: "use a template like {data.message_id} or one of \(DedupConfig.presets.keys.sorted().joined(separator: ", "))")
        }
        do { key = try Template(parsing: text) } catch var e {
            e.keyPath = ["key"]
            throw e
        }
        window = config.window?.duration ?? .seconds(600)
        guard window > .zero else { throw ConfigError.invalid("window", "must be longer than zero") }
        onMissingKey = config.on_missing_key ?? .pass
        retryAfter = config.retry_in_flight_after?.duration ?? .seconds(1)
        metadataKey = "dedup." + context.componentPath
        switch config.store ?? .memory {
        case .memory:
            store = MemoryDedupStore(limits: .init(
                maxEntries: config.max_entries ?? 1_000_000, maxBytes: config.max_bytes ?? 128 << 20,
                reservationTimeout: config.reservation_timeout?.duration ?? .seconds(60)))
        case .nats_kv:
            guard let connection = config.connection else {
                throw ConfigError.invalid("connection", "store: nats_kv needs a NATS connection",
                                          hint: "name one declared under connections:, e.g. connection: nats")
            }
            if config.max_entries != nil || config.max_bytes != nil {
                throw ConfigError.invalid(config.max_entries != nil ? "max_entries" : "max_bytes",
                                          "only applies to store: memory (the KV bucket expires keys by its TTL)")
            }
            let bucket = config.bucket ?? "switchyard_dedup"
            guard !bucket.isEmpty, bucket.utf8.allSatisfy({ b in
                (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F || b == 0x2D
            }) else {
                throw ConfigError.invalid("bucket", "'\(bucket)' is not a valid KV bucket name", hint: "letters, digits, '_' and '-' only")
            }
            // Only resolves the connection: the bucket is opened when the route starts, so validation needs no broker.
            store = KeyValueDedupStore(
                provider: try context.keyValueProvider(connection), bucket: bucket, window: window,
                reservationTimeout: config.reservation_timeout?.duration ?? .seconds(60))
        }
        if (config.store ?? .memory) == .memory && (config.connection != nil || config.bucket != nil) {
            throw ConfigError.invalid(config.connection != nil ? "connection" : "bucket", "only applies to store: nats_kv")
        }
    }

    /// Starts opening the shared bucket (not waiting: the NATS connection may still be connecting).
    func start() async throws {
        (store as? KeyValueDedupStore)?.open()
    }

    func shutdown() async {}

    func process(_ message: consuming Message) async -> TransformResult {
        let k: String
        do { k = try key.render(message) } catch {
            switch onMissingKey {
            case .pass: return .message(message)
            case .reject: return .rejected(reason: "no dedup key: \(error.reason)")
            }
        }
        do {
            switch try await store.reserve(k, token: message.id, window: window) {
            case .fresh:
                message.metadata[metadataKey] = k
                return .message(message)
            case .duplicate:
                return .dropped(reason: "duplicate of key '\(k)'")
            case .inFlight:
                return .retry(reason: "a copy with key '\(k)' is being delivered", after: retryAfter)
            }
        } catch {
            // The shared store is unreachable: better a possible duplicate later than a lost message now.
            return .retry(reason: "dedup store: \(error)", after: retryAfter)
        }
    }

    var observesSettlement: Bool { true }

    func settled(_ messages: [Message], delivered: Bool) async {
        for m in messages {
            guard let k = m.metadata[metadataKey] else { continue }
            if delivered {
                await store.commit(k, token: m.id, window: window)
            } else {
                await store.release(k, token: m.id)
            }
        }
    }
}
