// `wars_to_waba`: WA-RS on NATS to the WABA RabbitMQ contract. WA-RS `message` events become MESSAGE_RECEIVED,
// its bare `send_result` objects become STATUS_WEBHOOK `sent` (completed from the correlation waba_to_wars
// stored), and WA-RS send commands (seen on `wa.send.>`) become SEND_FREETEXT. The `wars_send_failures` source
// reports commands that never got a send_result (WA-RS publishes none on failure) as STATUS_WEBHOOK `failed`.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "wars_to_waba",
        summary: "Translates WA-RS to the WABA contract: message events → MESSAGE_RECEIVED (JIDs to E.164, group "
            + "participant as sender, policies for @lid senders, own messages and unsupported types), send_result → "
            + "STATUS_WEBHOOK sent (completed from the correlation store by request_id), send commands → SEND_FREETEXT. "
            + "Sets metadata waba.routing_key (whatsapp.inbound.message / .status, whatsapp.outbound.message).",
        config: WARSToWABAConfig.self
    ) { config, context in try WARSToWABAStep(config, context: context) }

    registry.registerSource(
        "wars_send_failures",
        summary: "Emits STATUS_WEBHOOK failed for WA-RS commands whose send_result did not come before their deadline "
            + "(set by waba_to_wars), by sweeping the correlation store every `interval`; an entry is marked once its "
            + "status was delivered. Needs a store that can list keys (memory today).",
        config: SendFailuresConfig.self
    ) { config, context in try SendFailuresSource(config, context: context) }
}

enum UnknownRequestPolicy: String, ConfigEnum { case dead_letter, partial, drop }
enum LidPolicy: String, ConfigEnum { case dead_letter, drop, keep_jid }
enum FromMePolicy: String, ConfigEnum { case drop, translate }
enum GroupPolicy: String, ConfigEnum { case translate, drop, dead_letter }
enum UnsupportedPolicy: String, ConfigEnum { case dead_letter, drop, text }
enum DiscardPolicy: String, ConfigEnum { case drop, dead_letter }

struct WARSToWABAConfig: PluginConfig {
    var sessions: ConfigMap<String>
    var accounts: ConfigMap<String>?
    var lid_senders: LidPolicy?
    var from_me: FromMePolicy?
    var group_messages: GroupPolicy?
    var unsupported_types: UnsupportedPolicy?
    var drop_types: [String]?
    var other_events: DiscardPolicy?
    var unsupported_commands: DiscardPolicy?
    var unknown_request: UnknownRequestPolicy?
    var include_correlation_id: Bool?
    var store: StoreKind?
    var connection: String?
    var bucket: String?
    var ttl: ConfigDuration?

    static let fields: [ConfigField] = [
        ConfigField("sessions", "map of E.164 number → WA-RS session id", required: true,
                    "The same map as waba_to_wars: a session's events get its number as `wabaNumber`. A session must "
                        + "appear once. Events of a session not listed are rejected naming the session."),
        ConfigField("accounts", "map of E.164 number → wabaAccountId",
                    "`wabaAccountId` of each number (null when not listed and not in the correlation)."),
        ConfigField("lid_senders", "dead_letter | drop | keep_jid", default: "dead_letter",
                    "A sender known only by an @lid privacy id has no phone number: dead-letter the message, drop it, "
                        + "or keep the JID in `from` (not E.164!)."),
        ConfigField("from_me", "drop | translate", default: "drop",
                    "Messages sent by the session itself (`is_from_me`): drop, or translate with `from` = the chat and `isFromMe: true`."),
        ConfigField("group_messages", "translate | drop | dead_letter", default: "translate",
                    "Group messages: translate with the participant as `from`, drop, or dead-letter."),
        ConfigField("unsupported_types", "dead_letter | drop | text", default: "dead_letter",
                    "Message types WABA has no type for (sticker, location, contact, poll, ...): dead-letter, drop, or send "
                        + "as TEXT with the message's text, caption or a location line."),
        ConfigField("drop_types", "list of WA-RS message types", default: "[reaction, poll_vote]",
                    "Message types that are not customer messages: always dropped."),
        ConfigField("other_events", "drop | dead_letter", default: "drop",
                    "WA-RS events other than message and send_result (connected, qr_code, receipt, ...)."),
        ConfigField("unsupported_commands", "dead_letter | drop", default: "dead_letter",
                    "WA-RS commands with no SEND_FREETEXT form (sticker, location, poll, reaction, read, ...)."),
        ConfigField("unknown_request", "dead_letter | partial | drop", default: "dead_letter",
                    "A send_result whose request_id has no correlation entry (expired, or sent by someone else): "
                        + "dead-letter naming the request_id, emit a partial status (no `from`, `messageType`), or drop."),
        ConfigField("include_correlation_id", "bool", default: "true",
                    "Add `correlationId` (from the correlation) to statuses; off for consumers that refuse unknown fields."),
        ConfigField("store", "memory | nats_kv", default: "memory", "Correlation store, as in waba_to_wars."),
        ConfigField("connection", "connection name", "nats_kv: the NATS connection."),
        ConfigField("bucket", "string", default: "waba_wars_correlation", "The bucket waba_to_wars writes."),
        ConfigField("ttl", "duration", default: "1h", "Max age of the bucket when this step creates it (keep it equal to waba_to_wars')."),
    ]
}

/// Why a message is not translated: dropped on purpose, rejected (the reason starts with the field it is about),
/// or to be retried (the correlation store is unreachable).
enum Skip: Error {
    case drop(String)
    case reject(String)
    case retry(String)
}

/// Session ↔ number maps both translators build the same way.
struct Numbers: Sendable {
    var numberOfSession: [String: String] = [:]
    var accountOfNumber: [String: String] = [:]

    init(sessions: ConfigMap<String>, accounts: ConfigMap<String>?) throws(ConfigError) {
        for (raw, session) in sessions.entries {
            guard let number = PhoneNumber.e164(raw) else {
                throw ConfigError("'\(raw)' is not an E.164 number", keyPath: ["sessions", raw], hint: "write it like \"+255700000000\"")
            }
            if session.isEmpty { throw ConfigError("empty session id", keyPath: ["sessions", raw]) }
            if let other = numberOfSession[session] {
                throw ConfigError("session '\(session)' is already the session of \(other)", keyPath: ["sessions", raw],
                                  hint: "a session's events need one wabaNumber")
            }
            numberOfSession[session] = number
        }
        if numberOfSession.isEmpty { throw ConfigError.invalid("sessions", "needs at least one number", hint: "e.g. sessions: { \"+255700000000\": shop-1 }") }
        for (raw, account) in accounts?.entries ?? [] {
            guard let number = PhoneNumber.e164(raw) else {
                throw ConfigError("'\(raw)' is not an E.164 number", keyPath: ["accounts", raw])
            }
            accountOfNumber[number] = account
        }
    }

    func number(ofSession session: String, field: String) throws(Skip) -> String {
        guard let n = numberOfSession[session] else {
            throw .reject("\(field): no wabaNumber for WA-RS session '\(session)' in `sessions` (known: \(numberOfSession.keys.sorted().joined(separator: ", ")))")
        }
        return n
    }
}

struct WARSToWABAStep: Transform {
    let numbers: Numbers
    let lidSenders: LidPolicy
    let fromMe: FromMePolicy
    let groupMessages: GroupPolicy
    let unsupportedTypes: UnsupportedPolicy
    let dropTypes: Set<String>
    let otherEvents: DiscardPolicy
    let unsupportedCommands: DiscardPolicy
    let unknownRequest: UnknownRequestPolicy
    let includeCorrelationId: Bool
    let store: CorrelationStore

    static let commandTypes: Set<String> = [
        "text", "image", "video", "audio", "document", "sticker", "location", "contact", "reaction", "poll",
        "buttons", "list", "interactive", "revoke", "edit", "read",
    ]

    init(_ config: WARSToWABAConfig, context: PluginContext) throws(ConfigError) {
        numbers = try Numbers(sessions: config.sessions, accounts: config.accounts)
        lidSenders = config.lid_senders ?? .dead_letter
        fromMe = config.from_me ?? .drop
        groupMessages = config.group_messages ?? .translate
        unsupportedTypes = config.unsupported_types ?? .dead_letter
        dropTypes = Set(config.drop_types ?? ["reaction", "poll_vote"])
        otherEvents = config.other_events ?? .drop
        unsupportedCommands = config.unsupported_commands ?? .dead_letter
        unknownRequest = config.unknown_request ?? .dead_letter
        includeCorrelationId = config.include_correlation_id ?? true
        let ttl = config.ttl?.duration ?? .seconds(3600)
        guard ttl > .zero else { throw ConfigError.invalid("ttl", "must be longer than zero") }
        store = try CorrelationStore(store: config.store, connection: config.connection, bucket: config.bucket, ttl: ttl, context: context)
    }

    func process(_ message: consuming Message) async -> TransformResult {
        let body: JSONValue
        do { body = try message.json() } catch { return .rejected(reason: "body is not JSON: \(error)") }
        guard case .object(let o) = body else { return .rejected(reason: "body is not a JSON object") }
        do {
            let out: Message
            if let event = o.string("event"), let session = o.string("session_id") {
                switch event {
                case "message":
                    out = try received(o.object("data") ?? [:], envelope: o, session: session, message: message)
                case "send_result":
                    out = try await sendResult(o.object("data") ?? [:], session: session, message: message)
                default:
                    switch otherEvents {
                    case .drop: return .dropped(reason: "WA-RS event '\(event)' is not translated")
                    case .dead_letter: return .rejected(reason: "event: WA-RS event '\(event)' has no WABA equivalent")
                    }
                }
            } else if o["success"] != nil, o["request_id"] != nil || o["message_id"] != nil {
                out = try await sendResult(o, session: Self.session(fromSubject: message.subject, prefix: "wa.events.", suffix: ".send_result"),
                                           message: message)
            } else if let type = o.string("type"), Self.commandTypes.contains(type) {
                let subjectSession = Self.session(fromSubject: message.subject, prefix: "wa.send.", suffix: nil)
                guard let session = subjectSession ?? message.metadata["session"] else {
                    return .rejected(reason: "subject: a WA-RS command needs its session from the subject wa.send.{session} "
                                         + "(or metadata `session`); got \(message.subject.map { "'\($0)'" } ?? "none")")
                }
                out = try await command(o, type: type, session: session, message: message)
            } else {
                return .rejected(reason: "event: neither a WA-RS event (session_id, event), a send_result (request_id, success) "
                                     + "nor a WA-RS command (type)")
            }
            return .message(out)
        } catch {
            switch error {
            case .drop(let why): return .dropped(reason: why)
            case .reject(let why): return .rejected(reason: why)
            case .retry(let why): return .retry(reason: why, after: .seconds(1))
            }
        }
    }

    /// The session in `wa.events.{session}.send_result` or `wa.send.{session}` (dots included).
    static func session(fromSubject subject: String?, prefix: String, suffix: String?) -> String? {
        guard let subject, subject.hasPrefix(prefix) else { return nil }
        var s = Substring(subject)
        s = s.dropFirst(prefix.count)
        if let suffix {
            guard s.hasSuffix(suffix) else { return nil }
            s = s.dropLast(suffix.count)
        }
        return s.isEmpty ? nil : String(s)
    }

    static func output(_ message: Message, body: JSONObject, id: String, type: String, routingKey: String, session: String?) -> Message {
        var out = message
        out.setJSON(.object(body))
        out.id = id
        out.metadata["waba.type"] = type
        out.metadata["waba.routing_key"] = routingKey
        if let session { out.metadata["session"] = session }
        return out
    }

    // MARK: message → MESSAGE_RECEIVED

    func received(_ data: JSONObject, envelope: JSONObject, session: String, message: Message) throws(Skip) -> Message {
        let wabaNumber = try numbers.number(ofSession: session, field: "session_id")
        guard let messageId = data.string("message_id"), !messageId.isEmpty else { throw .reject("data.message_id: missing") }
        let isFromMe = data["is_from_me"]?.boolValue ?? false
        if isFromMe, fromMe == .drop { throw .drop("own message (is_from_me) \(messageId)") }

        let from = try sender(data, isFromMe: isFromMe)
        let kind = data.string("message_type") ?? "unknown"
        if dropTypes.contains(kind) { throw .drop("WA-RS message type '\(kind)' is not a customer message") }

        var wabaType: String
        var text: JSONValue = stringOrNull(data.string("text"))
        var media: JSONValue = .null
        switch kind {
        case "text":
            wabaType = "TEXT"
            guard data.string("text") != nil else { throw .reject("data.text: missing for a text message") }
        case "image", "video", "audio", "ptt", "document":
            wabaType = kind == "ptt" ? "AUDIO" : kind.uppercased()
            let m = data.object("media") ?? [:]
            var o = JSONObject()
            o.reserveCapacity(6)
            o.append("type", .string(wabaType))
            o.append("url", stringOrNull(m.string("url")))
            o.append("mimeType", stringOrNull(data.string("media_mimetype") ?? m.string("mimetype") ?? m.string("mime_type")))
            o.append("filename", stringOrNull(m.string("filename") ?? m.string("file_name")))
            o.append("sha256", stringOrNull(m.string("sha256") ?? m.string("file_sha256")))
            o.append("caption", stringOrNull(data.string("caption")))
            media = .object(o)
            text = .null
        default:
            switch unsupportedTypes {
            case .drop: throw .drop("WA-RS message type '\(kind)' has no WABA message type")
            case .dead_letter: throw .reject("data.message_type: '\(kind)' has no WABA message type (TEXT, IMAGE, VIDEO, AUDIO, DOCUMENT)")
            case .text:
                guard let t = data.string("text") ?? data.string("caption") ?? Self.locationLine(data.object("location")) else {
                    throw .reject("data.text: a '\(kind)' message carries no text to send as TEXT")
                }
                wabaType = "TEXT"
                text = .string(t)
            }
        }

        let timestamp = try Self.unixSeconds(data["timestamp"] ?? envelope["timestamp"], field: "data.timestamp")
        var o = JSONObject()
        o.reserveCapacity(12)
        o.append("type", "MESSAGE_RECEIVED")
        o.append("messageType", .string(wabaType))
        o.append("wabaAccountId", stringOrNull(numbers.accountOfNumber[wabaNumber]))
        o.append("wabaNumber", .string(wabaNumber))
        o.append("wabaUserName", .string(data.string("push_name") ?? data.string("verified_name") ?? ""))
        o.append("messageId", .string(messageId))
        o.append("from", .string(from))
        o.append("text", text)
        o.append("media", media)
        o.append("timestamp", .string(ISOTime.format(unixSeconds: timestamp)))
        if isFromMe { o.append("isFromMe", true) }
        return Self.output(message, body: o, id: messageId, type: "MESSAGE_RECEIVED", routingKey: "whatsapp.inbound.message", session: session)
    }

    /// The customer's E.164 number: the participant in a group, else `from` (or the chat in a 1:1 chat whose `from`
    /// has no phone number, and for own messages, whose `from` is the session itself).
    func sender(_ data: JSONObject, isFromMe: Bool) throws(Skip) -> String {
        let chat = data.string("chat")
        let chatJID: JID? = chat.flatMap { try? JID.parse($0) }
        var isGroup = data["is_group"]?.boolValue ?? false
        if case .group? = chatJID { isGroup = true }
        var candidates: [(String, String)] = []  // (field, value)
        if isGroup {
            switch groupMessages {
            case .drop: throw .drop("group message in \(chat ?? "a group")")
            case .dead_letter: throw .reject("data.chat: group messages are not translated (\(chat ?? "?"))")
            case .translate: break
            }
            if isFromMe { throw .reject("data.chat: an own message in a group has no customer to name in `from`") }
            if let p = data.string("participant") { candidates.append(("data.participant", p)) }
            if let f = data.string("from") { candidates.append(("data.from", f)) }
        } else if isFromMe {
            if let chat { candidates.append(("data.chat", chat)) }
        } else {
            if let f = data.string("from") { candidates.append(("data.from", f)) }
            if let chat { candidates.append(("data.chat", chat)) }
        }
        guard !candidates.isEmpty else { throw .reject(isGroup ? "data.participant: missing in a group message" : "data.from: missing") }
        var lid: (String, String)?
        var firstProblem: String?
        for (field, value) in candidates {
            let jid: JID
            do { jid = try JID.parse(value) } catch {
                if firstProblem == nil { firstProblem = "\(field): \(error.reason)" }
                continue
            }
            switch jid {
            case .phone(let number): return number
            case .lid: if lid == nil { lid = (field, value) }
            case .feed(let whole):
                throw .drop("\(whole) is a broadcast or newsletter feed, not a customer chat")
            case .group, .other:
                if firstProblem == nil { firstProblem = "\(field): '\(value)' is not a user JID" }
            }
        }
        if let (field, value) = lid {
            switch lidSenders {
            case .drop: throw .drop("sender \(value) is an @lid id without a phone number")
            case .dead_letter: throw .reject("\(field): sender \(value) is an @lid id without a phone number (policy lid_senders: dead_letter)")
            case .keep_jid: return value
            }
        }
        throw .reject(firstProblem ?? "data.from: no sender")
    }

    static func locationLine(_ location: JSONObject?) -> String? {
        guard let l = location, case .number(let lat)? = l["latitude"], case .number(let lon)? = l["longitude"] else { return nil }
        let label = [l.string("name"), l.string("address")].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        return (label.isEmpty ? "" : label + " ") + "(\(lat.text), \(lon.text))"
    }

    /// Unix seconds from a number (milliseconds when it is too large to be seconds) or an ISO-8601 string.
    static func unixSeconds(_ value: JSONValue?, field: String) throws(Skip) -> Int64 {
        switch value {
        case .number(let n)?:
            guard let i = n.intValue ?? n.doubleValue.flatMap({ Int(exactly: $0.rounded(.down)) }) else { throw .reject("\(field): \(n.text) is not a time") }
            return i > 100_000_000_000 ? Int64(i / 1000) : Int64(i)
        case .string(let s)?:
            if let i = Int64(s) { return i > 100_000_000_000 ? i / 1000 : i }
            guard let t = ISOTime.parse(s) else { throw .reject("\(field): '\(s)' is not a time") }
            return t
        default:
            throw .reject("\(field): missing")
        }
    }

    // MARK: send_result → STATUS_WEBHOOK

    func sendResult(_ r: JSONObject, session: String?, message: Message) async throws(Skip) -> Message {
        let success = r["success"]?.boolValue ?? false
        let messageId = r.string("message_id")
        if success, messageId == nil { throw .reject("message_id: missing in a successful send_result") }
        let timestamp = try Self.unixSeconds(r["timestamp"], field: "timestamp")
        let requestId = r.string("request_id")
        let status = success ? "sent" : "failed"

        var entry: CorrelationEntry?
        var revision: UInt64 = 0
        let bucket: any KeyValueBucket
        do { bucket = try await store.bucket() } catch { throw .retry("correlation store (\(store.description)): \(error)") }
        if let requestId {
            do {
                if let stored = try await bucket.get(CorrelationEntry.key(requestId)) {
                    entry = CorrelationEntry(bytes: stored.value)
                    revision = stored.revision
                }
            } catch { throw .retry("correlation store (\(store.description)): \(error)") }
        }

        var o = JSONObject()
        o.reserveCapacity(11)
        o.append("type", "STATUS_WEBHOOK")
        if let e = entry {
            o.append("messageType", .string(e.messageType))
            o.append("wabaAccountId", stringOrNull(e.wabaAccountId ?? numbers.accountOfNumber[e.wabaNumber]))
            o.append("wabaNumber", .string(e.wabaNumber))
            o.append("wabaUserName", "")
            o.append("messageId", stringOrNull(messageId ?? requestId))
            o.append("from", .string(e.to))
            o.append("status", .string(status))
            o.append("timestamp", .string(ISOTime.format(unixSeconds: timestamp)))
            if includeCorrelationId { o.append("correlationId", stringOrNull(e.correlationId)) }
        } else {
            let what = requestId.map { "request_id '\($0)'" } ?? "a send_result without request_id"
            switch unknownRequest {
            case .drop: throw .drop("no correlation for \(what)")
            case .dead_letter: throw .reject("request_id: no correlation entry for \(what) (expired, or not sent through waba_to_wars)")
            case .partial:
                let number = session.flatMap { numbers.numberOfSession[$0] }
                o.append("messageType", .null)
                o.append("wabaAccountId", stringOrNull(number.flatMap { numbers.accountOfNumber[$0] }))
                o.append("wabaNumber", stringOrNull(number))
                o.append("wabaUserName", "")
                o.append("messageId", stringOrNull(messageId ?? requestId))
                o.append("from", .null)
                o.append("status", .string(status))
                o.append("timestamp", .string(ISOTime.format(unixSeconds: timestamp)))
                if includeCorrelationId { o.append("correlationId", .null) }
            }
        }
        if !success { o.append("error", stringOrNull(r.string("error"))) }

        // Mark the entry so the failure sweep leaves it alone; a redelivered send_result finds it again (not deleted).
        if var e = entry, e.state != status || e.messageId != messageId, let requestId {
            e.state = status
            e.messageId = messageId
            do { _ = try await bucket.update(CorrelationEntry.key(requestId), value: JSONWriter.bytes(e.json), revision: revision) } catch {
                throw .retry("correlation store (\(store.description)): \(error)")
            }
        }
        return Self.output(message, body: o, id: (messageId ?? requestId ?? message.id) + ":" + status, type: "STATUS_WEBHOOK",
                           routingKey: "whatsapp.inbound.status", session: session ?? entry?.session)
    }

    // MARK: WA-RS command → SEND_FREETEXT

    func command(_ c: JSONObject, type: String, session: String, message: Message) async throws(Skip) -> Message {
        let wabaNumber = try numbers.number(ofSession: session, field: "subject")
        guard let toRaw = c.string("to") else { throw .reject("to: missing") }
        let jid: JID
        do { jid = try JID.parse(toRaw) } catch { throw .reject("to: \(error.reason)") }
        guard case .phone(let to) = jid else { throw .reject("to: '\(toRaw)' is not a customer's phone number or user JID") }
        let requestId = c.string("request_id")
        var entry: CorrelationEntry?
        if let requestId {
            do {
                if let stored = try await store.bucket().get(CorrelationEntry.key(requestId)) { entry = CorrelationEntry(bytes: stored.value) }
            } catch { throw .retry("correlation store (\(store.description)): \(error)") }
        }

        var o = JSONObject()
        o.reserveCapacity(8)
        o.append("type", "SEND_FREETEXT")
        o.append("messageType", "TEXT")
        o.append("wabaAccountId", stringOrNull(entry?.wabaAccountId ?? numbers.accountOfNumber[wabaNumber]))
        o.append("wabaNumber", .string(wabaNumber))
        o.append("to", .string(to))
        o.append("correlationId", stringOrNull(entry?.correlationId ?? requestId))
        switch type {
        case "text":
            guard let text = c.string("text") else { throw .reject("text: missing") }
            o.append("text", .string(text))
        case "image", "video", "audio", "document":
            guard let media = c.object(type) else { throw .reject("\(type): missing") }
            guard let url = media.string("url") else {
                throw .reject(media["data"] != nil ? "\(type).data: base64 media has no URL to give WABA" : "\(type).url: missing")
            }
            o["messageType"] = .string(type.uppercased())
            var m = JSONObject()
            m.append("url", .string(url))
            if let mime = media.string("mimetype") { m.append("mimeType", .string(mime)) }
            if let filename = c.string("filename") { m.append("filename", .string(filename)) }
            if let caption = c.string("caption") { m.append("caption", .string(caption)) }
            o.append("media", .object(m))
        default:
            switch unsupportedCommands {
            case .drop: throw .drop("WA-RS command '\(type)' has no SEND_FREETEXT form")
            case .dead_letter: throw .reject("type: WA-RS command '\(type)' has no SEND_FREETEXT form (text, image, video, audio, document)")
            }
        }
        return Self.output(message, body: o, id: requestId ?? message.id, type: "SEND_FREETEXT", routingKey: "whatsapp.outbound.message",
                           session: session)
    }
}
