// `waba_to_wars`: the WABA RabbitMQ contract (Nexgate ↔ WABA gateway) to WA-RS on NATS. Outbound WABA commands
// become WA-RS send commands for `wa.send.{session}` (templates rendered to text, since WA-RS sends no Meta
// templates), each with a request_id whose correlation entry lets `wars_to_waba` turn WA-RS's send_result into a
// WABA status; inbound WABA events become WA-RS `message` / `receipt` events.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "waba_to_wars",
        summary: "Translates WABA contract messages to WA-RS: SEND_FREETEXT (text, image, video, audio, document), "
            + "SEND_TEMPLATE and SEND_AUTH_OTP (rendered from the template catalog) become WA-RS send commands with "
            + "metadata session and request_id (sink subject wa.send.{$meta.session}); MESSAGE_RECEIVED and STATUS_WEBHOOK "
            + "become WA-RS message and receipt events (wa.events.{$meta.session}.{$meta.wars.event}). Each command's "
            + "correlation is stored for wars_to_waba.",
        config: WABAToWARSConfig.self
    ) { config, context in try WABAToWARSStep(config, context: context) }
}

struct WABAToWARSConfig: PluginConfig {
    var sessions: ConfigMap<String>
    var accounts: ConfigMap<String>?
    var templates: ConfigMap<ConfigMap<String>>?
    var fallback_language: String?
    var request_id: String?
    var audio_ptt: Bool?
    var store: StoreKind?
    var connection: String?
    var bucket: String?
    var ttl: ConfigDuration?
    var result_deadline: ConfigDuration?

    static let fields: [ConfigField] = [
        ConfigField("sessions", "map of E.164 number → WA-RS session id", required: true,
                    "The WA-RS session sending for each WABA number (`wabaNumber`), e.g. `{ \"+255700000000\": shop-1 }`. "
                        + "A message for a number not listed is rejected (dead letter) naming the number."),
        ConfigField("accounts", "map of E.164 number → wabaAccountId",
                    "Stored in the correlation when a command has no `wabaAccountId`."),
        ConfigField("templates", "map of template name → { language: body }",
                    "Template bodies added to or overriding the shipped five (plugins/WABAToWARS/templates.yaml), with "
                        + "{{1}} (or {{customerName}}) placeholders, e.g. `{ ORDER_READY: { en: \"Hi {{1}}, order {{2}} is ready\" } }`."),
        ConfigField("fallback_language", "language code", default: "en",
                    "Body used when a template has none in the message's `languageCode` (nor its base language)."),
        ConfigField("request_id", "content_hash | template", default: "content_hash",
                    "The WA-RS request_id: `content_hash` derives `waba-<128-bit hash of the body>` (a redelivered "
                        + "message gets the same id), or a template such as `{$id}` when the publisher sets unique message ids."),
        ConfigField("audio_ptt", "bool", default: "false", "Send AUDIO as a voice note (WA-RS `ptt: true`)."),
        ConfigField("store", "memory | nats_kv", default: "memory",
                    "Correlation store: `memory` (one process; wars_to_waba must name the same bucket) or `nats_kv` (shared by replicas)."),
        ConfigField("connection", "connection name", "nats_kv: the NATS connection holding the bucket."),
        ConfigField("bucket", "string", default: "waba_wars_correlation", "The KV bucket of correlation entries (same in wars_to_waba)."),
        ConfigField("ttl", "duration", default: "1h", "How long a correlation entry lives (the bucket's max age)."),
        ConfigField("result_deadline", "duration", default: "5m",
                    "After this long without a send_result, WARSToWABA's wars_send_failures source reports the command `failed`."),
    ]
}

struct WABAToWARSStep: Transform {
    enum RequestIdRule: Sendable {
        case contentHash
        case template(Template)
    }
    /// Normalised E.164 number → session id.
    let sessions: [String: String]
    let accounts: [String: String]
    let catalog: TemplateCatalog
    let requestId: RequestIdRule
    let audioPTT: Bool
    let store: CorrelationStore
    let deadlineMillis: Int64

    init(_ config: WABAToWARSConfig, context: PluginContext) throws(ConfigError) {
        sessions = try Self.numberMap(config.sessions, key: "sessions", valueCheck: Self.checkSession)
        if sessions.isEmpty { throw ConfigError.invalid("sessions", "needs at least one number", hint: "e.g. sessions: { \"+255700000000\": shop-1 }") }
        accounts = try Self.numberMap(config.accounts ?? ConfigMap(), key: "accounts", valueCheck: { _ in nil })
        let fallback = config.fallback_language ?? "en"
        if fallback.isEmpty { throw ConfigError.invalid("fallback_language", "must not be empty") }
        catalog = try TemplateCatalog(overrides: config.templates, fallbackLanguage: fallback)
        switch config.request_id ?? "content_hash" {
        case "content_hash": requestId = .contentHash
        case let text where text.contains("{"):
            do { requestId = .template(try Template(parsing: text)) } catch var e {
                e.keyPath = ["request_id"]
                throw e
            }
        case let text:
            throw ConfigError.invalid("request_id", "'\(text)' is neither content_hash nor a template", hint: "e.g. request_id: \"{$id}\"")
        }
        audioPTT = config.audio_ptt ?? false
        let ttl = config.ttl?.duration ?? .seconds(3600)
        let deadline = config.result_deadline?.duration ?? .seconds(300)
        guard ttl > .zero else { throw ConfigError.invalid("ttl", "must be longer than zero") }
        guard deadline > .zero else { throw ConfigError.invalid("result_deadline", "must be longer than zero") }
        guard ttl > deadline else {
            throw ConfigError.invalid("ttl", "must be longer than result_deadline (\(config.result_deadline?.text ?? "5m"))",
                                      hint: "an entry must outlive its deadline to be reported failed")
        }
        deadlineMillis = deadline.components.seconds * 1000 + deadline.components.attoseconds / 1_000_000_000_000_000
        store = try CorrelationStore(store: config.store, connection: config.connection, bucket: config.bucket, ttl: ttl, context: context)
    }

    static func checkSession(_ session: String) -> String? {
        // The session is a subject suffix (`wa.send.{session}`): dots are fine, wildcards and spaces are not.
        if session.isEmpty { return "empty session id" }
        if session.utf8.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: ">") }) {
            return "'\(session)' cannot be part of a NATS subject (no spaces, * or >)"
        }
        if session.hasPrefix(".") || session.hasSuffix(".") || session.contains("..") { return "'\(session)' has an empty subject token" }
        return nil
    }

    static func numberMap(_ map: ConfigMap<String>, key: String, valueCheck: (String) -> String?) throws(ConfigError) -> [String: String] {
        var out: [String: String] = [:]
        for (raw, value) in map.entries {
            guard let number = PhoneNumber.e164(raw) else {
                throw ConfigError("'\(raw)' is not an E.164 number", keyPath: [key, raw], hint: "write it like \"+255700000000\"")
            }
            if out[number] != nil { throw ConfigError("\(number) is listed twice", keyPath: [key, raw]) }
            if let problem = valueCheck(value) { throw ConfigError(problem, keyPath: [key, raw]) }
            out[number] = value
        }
        return out
    }

    func process(_ message: consuming Message) async -> TransformResult {
        let body: JSONValue
        do { body = try message.json() } catch { return .rejected(reason: "body is not JSON: \(error)") }
        guard case .object(let o) = body else { return .rejected(reason: "body is not a JSON object") }
        guard let type = o.string("type") else { return .rejected(reason: "type: missing (expected a WABA event type)") }
        do {
            switch type {
            case "SEND_FREETEXT", "SEND_TEMPLATE", "SEND_AUTH_OTP":
                return try await command(o, type: type, message: message)
            case "MESSAGE_RECEIVED", "STATUS_WEBHOOK":
                return .message(try inbound(o, type: type, message: message))
            default:
                return .rejected(reason: "type: '\(type)' is not a WABA event type "
                                     + "(SEND_FREETEXT, SEND_TEMPLATE, SEND_AUTH_OTP, MESSAGE_RECEIVED, STATUS_WEBHOOK)")
            }
        } catch {
            return .rejected(reason: error.reason)
        }
    }

    // MARK: numbers

    /// The session of the message's `wabaNumber`, with the normalised number.
    func session(_ o: JSONObject) throws(Rejection) -> (number: String, session: String) {
        guard let raw = o.string("wabaNumber") else { throw Rejection(reason: "wabaNumber: missing") }
        guard let number = PhoneNumber.e164(raw) else { throw Rejection(reason: "wabaNumber: '\(raw)' is not an E.164 number") }
        guard let session = sessions[number] else {
            throw Rejection(reason: "wabaNumber: no WA-RS session for \(number) in `sessions` (known: \(sessions.keys.sorted().joined(separator: ", ")))")
        }
        return (number, session)
    }

    static func phone(_ o: JSONObject, _ field: String) throws(Rejection) -> String {
        guard let raw = o.string(field) else { throw Rejection(reason: "\(field): missing") }
        guard let number = PhoneNumber.e164(raw) else {
            throw Rejection(reason: "\(field): '\(raw)' is not an E.164 number")
        }
        return number
    }

    // MARK: outbound commands

    func command(_ o: JSONObject, type: String, message: consuming Message) async throws(Rejection) -> TransformResult {
        let (number, session) = try session(o)
        let to = try Self.phone(o, "to")
        let built = try commandBody(o, type: type, to: String(to.dropFirst()))
        let requestId: String
        switch self.requestId {
        case .contentHash: requestId = "waba-" + ContentHash.hex128(message.body)
        case .template(let t):
            do { requestId = try t.render(message) } catch { throw Rejection(reason: "request_id: \(error.reason)") }
            if requestId.isEmpty { throw Rejection(reason: "request_id: the template '\(t.text)' rendered an empty id") }
        }
        var command = built.command
        command.append("request_id", .string(requestId))

        let now = WallClock.unixMillis()
        let entry = CorrelationEntry(
            requestId: requestId, type: type, messageType: built.messageType, wabaAccountId: o.string("wabaAccountId") ?? accounts[number],
            wabaNumber: number, to: to, correlationId: o.string("correlationId"), session: session,
            created: now, deadline: now + deadlineMillis)
        do { try await remember(entry, requestId: requestId) } catch {
            return .retry(reason: "correlation store (\(store.description)): \(error)", after: .seconds(1))
        }

        message.setJSON(.object(command))
        // The id becomes the sink's deduplication id (Nats-Msg-Id): a redelivered input is published once.
        message.id = requestId
        message.metadata["session"] = session
        message.metadata["request_id"] = requestId
        message.metadata["wars.subject"] = "wa.send." + session
        return .message(message)
    }

    /// Writes the correlation before the command leaves (WA-RS may answer within milliseconds). A redelivered input
    /// keeps the entry already there: its state may be `sent` by now.
    func remember(_ entry: CorrelationEntry, requestId: String) async throws {
        let bucket = try await store.bucket()
        let key = CorrelationEntry.key(requestId)
        let bytes = entry.bytes
        if try await bucket.create(key, value: bytes) != nil { return }
        // A content-hash id names the content: an existing entry under it is this message's own.
        if case .contentHash = self.requestId { return }
        if let existing = try await bucket.get(key), let e = CorrelationEntry(bytes: existing.value),
            e.to == entry.to, e.wabaNumber == entry.wabaNumber, e.correlationId == entry.correlationId
        {
            return
        }
        // Another message with the same request_id (a request_id template that repeats): the newest wins.
        try await bucket.put(key, value: bytes)
    }

    /// The WA-RS command without its request_id, and the WABA message type for the correlation.
    func commandBody(_ o: JSONObject, type: String, to digits: String) throws(Rejection) -> (command: JSONObject, messageType: String) {
        var c = JSONObject()
        c.reserveCapacity(7)
        if type != "SEND_FREETEXT" {
            guard let template = o.object("template") else { throw Rejection(reason: "template: missing for \(type)") }
            guard let name = template.string("templateName"), !name.isEmpty else { throw Rejection(reason: "template.templateName: missing") }
            let text = try catalog.render(name, language: template.string("languageCode"), params: template["params"])
            c.append("type", "text")
            c.append("to", .string(digits))
            c.append("text", .string(text))
            return (c, "TEMPLATE")
        }
        guard let messageType = o.string("messageType") else { throw Rejection(reason: "messageType: missing") }
        let upper = messageType.uppercased()
        switch upper {
        case "TEXT":
            guard let text = o.string("text"), !text.isEmpty else { throw Rejection(reason: "text: missing for a TEXT message") }
            c.append("type", "text")
            c.append("to", .string(digits))
            c.append("text", .string(text))
        case "IMAGE", "VIDEO", "AUDIO", "DOCUMENT":
            guard let media = o.object("media") else { throw Rejection(reason: "media: missing for a\(upper == "IMAGE" || upper == "AUDIO" ? "n" : "") \(upper) message") }
            guard let url = media.string("url"), !url.isEmpty else { throw Rejection(reason: "media.url: missing") }
            let kind = upper.lowercased()
            c.append("type", .string(kind))
            c.append("to", .string(digits))
            c.append(kind, ["url": .string(url)])
            let caption = media.string("caption").flatMap { $0.isEmpty ? nil : $0 }
            switch upper {
            case "AUDIO":
                // WhatsApp audio has no caption: a caption is dropped.
                c.append("ptt", .bool(audioPTT))
            case "DOCUMENT":
                guard let filename = media.string("filename").flatMap({ $0.isEmpty ? nil : $0 }) ?? Self.fileName(of: url) else {
                    throw Rejection(reason: "media.filename: missing, and the URL has no file name (WA-RS needs one for a document)")
                }
                c.append("filename", .string(filename))
                if let caption { c.append("caption", .string(caption)) }
            default:
                if let caption { c.append("caption", .string(caption)) }
            }
        case "TEMPLATE":
            throw Rejection(reason: "messageType: TEMPLATE is sent with SEND_TEMPLATE, not SEND_FREETEXT")
        default:
            throw Rejection(reason: "messageType: '\(messageType)' is not TEXT, IMAGE, VIDEO, AUDIO or DOCUMENT")
        }
        return (c, upper)
    }

    /// The last path segment of a URL, without query or fragment: `https://x/a/report.pdf?sig=1` → `report.pdf`.
    static func fileName(of url: String) -> String? {
        var s = Substring(url)
        if let i = s.firstIndex(where: { $0 == "?" || $0 == "#" }) { s = s[..<i] }
        if let scheme = s.firstRange(of: "://") { s = s[scheme.upperBound...] } else { return nil }
        guard let slash = s.lastIndex(of: "/") else { return nil }
        let name = s[s.index(after: slash)...]
        return name.isEmpty ? nil : String(name)
    }

    // MARK: inbound events

    func inbound(_ o: JSONObject, type: String, message: Message) throws(Rejection) -> Message {
        let (_, session) = try session(o)
        let from = try Self.phone(o, "from")
        let jid = String(from.dropFirst()) + "@s.whatsapp.net"
        guard let messageId = o.string("messageId"), !messageId.isEmpty else { throw Rejection(reason: "messageId: missing") }
        let timestamp: Int64
        switch o["timestamp"] {
        case .string(let s)?:
            guard let t = ISOTime.parse(s) else { throw Rejection(reason: "timestamp: '\(s)' is not an ISO-8601 time") }
            timestamp = t
        case .number(let n)?:
            guard let t = n.intValue else { throw Rejection(reason: "timestamp: \(n.text) is not Unix seconds") }
            timestamp = Int64(t)
        default:
            throw Rejection(reason: "timestamp: missing")
        }
        let ts = JSONValue.number(JSONNumber(unchecked: String(timestamp)))

        var data = JSONObject()
        let event: String
        let id: String
        if type == "MESSAGE_RECEIVED" {
            event = "message"
            id = messageId
            guard let messageType = o.string("messageType") else { throw Rejection(reason: "messageType: missing") }
            let kind: String
            switch messageType.uppercased() {
            case "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT": kind = messageType.lowercased()
            default: throw Rejection(reason: "messageType: '\(messageType)' is not TEXT, IMAGE, VIDEO, AUDIO or DOCUMENT")
            }
            let media = o.object("media")
            if kind != "text", media == nil { throw Rejection(reason: "media: missing for a \(messageType) message") }
            data.reserveCapacity(14)
            data.append("from", .string(jid))
            data.append("chat", .string(jid))
            data.append("message_id", .string(messageId))
            data.append("timestamp", ts)
            data.append("is_from_me", false)
            data.append("push_name", stringOrNull(o.string("wabaUserName")))
            data.append("verified_name", .null)
            data.append("message_type", .string(kind))
            data.append("text", stringOrNull(o.string("text")))
            data.append("caption", stringOrNull(media?.string("caption")))
            data.append("media_mimetype", stringOrNull(media?.string("mimeType")))
            if let media {
                var m = JSONObject()
                for (from, to) in [("url", "url"), ("mimeType", "mimetype"), ("filename", "filename"), ("sha256", "sha256")] {
                    if let v = media.string(from) { m.append(to, .string(v)) }
                }
                data.append("media", .object(m))
            } else {
                data.append("media", .null)
            }
            data.append("is_group", false)
            data.append("participant", .null)
        } else {
            event = "receipt"
            guard let status = o.string("status"), !status.isEmpty else { throw Rejection(reason: "status: missing for STATUS_WEBHOOK") }
            id = messageId + ":" + status.lowercased()
            data.append("message_ids", [.string(messageId)])
            data.append("chat", .string(jid))
            data.append("sender", .string(jid))
            data.append("receipt_type", .string(status.lowercased()))
            data.append("timestamp", ts)
        }
        var envelope = JSONObject()
        envelope.reserveCapacity(4)
        envelope.append("session_id", .string(session))
        envelope.append("event", .string(event))
        envelope.append("timestamp", ts)
        envelope.append("data", .object(data))

        var out = message
        out.setJSON(.object(envelope))
        out.id = id
        out.metadata["session"] = session
        out.metadata["wars.event"] = event
        out.metadata["wars.subject"] = "wa.events.\(session).\(event)"
        return out
    }
}
