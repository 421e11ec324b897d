// The correlation between a command sent to WA-RS and the WABA message it came from: WA-RS answers with a
// bare `send_result` carrying only the request_id, and the WABA status needs the account, numbers and the
// correlationId. `waba_to_wars` writes one entry per command; `wars_to_waba` reads it (and WARSToWABA's
// `wars_send_failures` source reports entries that never got a result).
//
// Entry (JSON, key `req.<request_id encoded with KeyValueKey.encode>`), identical in WARSToWABA:
//   {"v":1,"requestId":"waba-…","type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000",
//    "to":"+255712345678","correlationId":"session-002","session":"shop-1","created":<unix ms>,
//    "deadline":<unix ms>,"state":"pending"}
// `state` is `pending` until a send_result arrives (`sent`, with `messageId`) or the deadline passes and a
// failure was reported (`failed`).
import Synchronization
import SwitchyardPluginAPI

enum StoreKind: String, ConfigEnum { case memory, nats_kv }

struct CorrelationEntry: Sendable, Equatable {
    var requestId: String
    var type: String
    var messageType: String
    var wabaAccountId: String?
    var wabaNumber: String
    var to: String
    var correlationId: String?
    var session: String
    var created: Int64
    var deadline: Int64
    var state: String = "pending"
    var messageId: String? = nil

    static func key(_ requestId: String) -> String { "req." + KeyValueKey.encode(requestId) }

    /// The stored JSON (the format in the header), written straight to bytes: one is stored per command, and
    /// building a JSON tree first cost more than writing it. WARSToWABA's copy of this type writes the same
    /// members through a tree; `theEntryBytesAreTheStoredFormat` pins the text.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + requestId.utf8.count + (correlationId?.utf8.count ?? 0))
        func raw(_ s: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }
        func text(_ s: String?) {
            if let s { JSONWriter.writeString(s, into: &out) } else { raw("null") }
        }
        raw(#"{"v":1,"requestId":"#); text(requestId)
        raw(#","type":"#); text(type)
        raw(#","messageType":"#); text(messageType)
        raw(#","wabaAccountId":"#); text(wabaAccountId)
        raw(#","wabaNumber":"#); text(wabaNumber)
        raw(#","to":"#); text(to)
        raw(#","correlationId":"#); text(correlationId)
        raw(#","session":"#); text(session)
        raw(#","created":"#); out.append(contentsOf: String(created).utf8)
        raw(#","deadline":"#); out.append(contentsOf: String(deadline).utf8)
        raw(#","state":"#); text(state)
        if let messageId { raw(#","messageId":"#); text(messageId) }
        raw("}")
        return out
    }

    init(requestId: String, type: String, messageType: String, wabaAccountId: String?, wabaNumber: String, to: String,
         correlationId: String?, session: String, created: Int64, deadline: Int64) {
        self.requestId = requestId
        self.type = type
        self.messageType = messageType
        self.wabaAccountId = wabaAccountId
        self.wabaNumber = wabaNumber
        self.to = to
        self.correlationId = correlationId
        self.session = session
        self.created = created
        self.deadline = deadline
    }

    init?(bytes: [UInt8]) {
        guard let value = try? JSONParser.parse(bytes), case .object(let o) = value,
            let wabaNumber = o.string("wabaNumber"), let to = o.string("to")
        else { return nil }
        self.requestId = o.string("requestId") ?? ""
        self.type = o.string("type") ?? "SEND_FREETEXT"
        self.messageType = o.string("messageType") ?? "TEXT"
        self.wabaAccountId = o.string("wabaAccountId")
        self.wabaNumber = wabaNumber
        self.to = to
        self.correlationId = o.string("correlationId")
        self.session = o.string("session") ?? ""
        self.created = Int64(o["created"]?.intValue ?? 0)
        self.deadline = Int64(o["deadline"]?.intValue ?? 0)
        self.state = o.string("state") ?? "pending"
        self.messageId = o.string("messageId")
    }
}

/// The KV bucket holding correlation entries: a process-wide memory bucket shared by name, or a JetStream KV
/// bucket opened on first use through the named NATS connection.
final class CorrelationStore: Sendable {
    private enum Backing: Sendable {
        case ready(any KeyValueBucket)
        case provider(any KeyValueProvider, name: String, ttl: Duration)
    }
    private let backing: Backing
    private let opened = Mutex<(any KeyValueBucket)?>(nil)
    let description: String

    init(store: StoreKind?, connection: String?, bucket: String?, ttl: Duration, context: PluginContext) throws(ConfigError) {
        let name = bucket ?? "waba_wars_correlation"
        guard !name.isEmpty, name.utf8.allSatisfy({ b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b == 45
        }) else {
            throw ConfigError.invalid("bucket", "'\(name)' is not a valid bucket name", hint: "letters, digits, - and _")
        }
        switch store ?? .memory {
        case .memory:
            if connection != nil {
                throw ConfigError.invalid("connection", "only used with store: nats_kv")
            }
            backing = .ready(MemoryKeyValueBucket.shared(named: name, ttl: ttl))
            description = "memory bucket '\(name)'"
        case .nats_kv:
            guard let connection else {
                throw ConfigError("store: nats_kv needs `connection`", keyPath: ["connection"], hint: "name a nats connection")
            }
            backing = .provider(try context.keyValueProvider(connection), name: name, ttl: ttl)
            description = "KV bucket '\(name)' on '\(connection)'"
        }
    }

    /// For tests: an existing bucket.
    init(bucket: any KeyValueBucket) {
        backing = .ready(bucket)
        description = "bucket"
    }

    func bucket() async throws -> any KeyValueBucket {
        switch backing {
        case .ready(let b): return b
        case .provider(let provider, let name, let ttl):
            if let b = opened.withLock({ $0 }) { return b }
            let b = try await provider.bucket(named: name, ttl: ttl)
            opened.withLock { $0 = b }
            return b
        }
    }
}
