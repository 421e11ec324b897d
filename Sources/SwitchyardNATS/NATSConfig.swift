import SwitchyardPluginAPI

/// `connections: { nats: { type: nats, url: ..., streams: [...], consumers: [...] } }`
struct NATSConnectionConfig: PluginConfig {
    var url: String?
    var urls: [String]?
    var token: String?
    var user: String?
    var password: String?
    var credentials: String?
    var tls: TLSConfig?
    var name: String?
    var connect_timeout: ConfigDuration?
    var reconnect_wait: ConfigDuration?
    var reconnect_max_wait: ConfigDuration?
    var request_timeout: ConfigDuration?
    var streams: [StreamConfig]?
    var consumers: [ConsumerConfig]?

    struct TLSConfig: Decodable, Sendable {
        var ca: String?
        var cert: String?
        var key: String?
        var skip_verify: Bool?
    }

    static let fields: [ConfigField] = [
        ConfigField("url", "string", default: "nats://127.0.0.1:4222",
                    "Server URL(s), comma-separated allowed (`nats://`, `tls://`); user:password@ in the URL works too."),
        ConfigField("urls", "list of strings", "Server URLs (instead of `url`)."),
        ConfigField("token", "string", "Authentication token (empty = none)."),
        ConfigField("user", "string", "User name (with `password`)."),
        ConfigField("password", "string", "Password for `user`."),
        ConfigField("credentials", "file path", "NATS credentials file (JWT + NKey seed); empty = none."),
        ConfigField("tls", "{ca, cert, key, skip_verify}", "TLS: CA bundle, client certificate and key files."),
        ConfigField("name", "string", default: "switchyard", "Connection name shown by the server (connz)."),
        ConfigField("connect_timeout", "duration", default: "2s", "Timeout of one connection attempt."),
        ConfigField("reconnect_wait", "duration", default: "250ms", "First delay between reconnect attempts; doubles per attempt."),
        ConfigField("reconnect_max_wait", "duration", default: "5s", "Largest delay between reconnect attempts (reconnects never stop)."),
        ConfigField("request_timeout", "duration", default: "5s", "Timeout of JetStream API and KV requests."),
        ConfigField("streams", "list of streams", "Streams created or brought up to date at start (see docs/NATS.md)."),
        ConfigField("consumers", "list of consumers", "Durable pull consumers created or brought up to date at start."),
    ]

    var serverURLs: [String] {
        let list = (urls ?? []) + (url.map { $0.split(separator: ",").map { String($0).trimmed } } ?? [])
        let nonEmpty = list.filter { !$0.isEmpty }
        return nonEmpty.isEmpty ? ["nats://127.0.0.1:4222"] : nonEmpty
    }
}

enum RetentionKind: String, ConfigEnum { case limits, workqueue, interest }
enum StorageKind: String, ConfigEnum { case file, memory }
enum DiscardKind: String, ConfigEnum { case old, new }
enum DeliverKind: String, ConfigEnum { case all, new, last }

/// A stream to provision.
struct StreamConfig: Decodable, Sendable {
    var name: String
    var subjects: [String]
    var retention: RetentionKind?
    var max_age: ConfigDuration?
    var max_bytes: Int64?
    var max_msgs: Int64?
    var max_msg_size: Int32?
    var storage: StorageKind?
    var duplicate_window: ConfigDuration?
    var replicas: Int?
    var discard: DiscardKind?
    var description: String?
}

/// A durable pull consumer to provision.
struct ConsumerConfig: Decodable, Sendable {
    var stream: String
    var name: String
    var filter_subject: String?
    var ack_wait: ConfigDuration?
    var max_deliver: Int?
    var max_ack_pending: Int?
    var backoff: [ConfigDuration]?
    var deliver_policy: DeliverKind?
    var description: String?
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

/// Checks names and subjects at validate time, so a typo fails `switchyard validate`, not the first start.
enum NATSNames {
    static func checkStreamName(_ name: String, key: [String]) throws(ConfigError) {
        if name.isEmpty || name.contains(where: { " .*>/\\\t".contains($0) }) {
            throw ConfigError("'\(name)' is not a valid stream name", keyPath: key, hint: "no spaces, dots, *, > or slashes")
        }
    }
    static func checkConsumerName(_ name: String, key: [String]) throws(ConfigError) {
        if name.isEmpty || name.contains(where: { " .*>/\\\t".contains($0) }) {
            throw ConfigError("'\(name)' is not a valid consumer name", keyPath: key, hint: "no spaces, dots, *, > or slashes")
        }
    }
    /// A subject to subscribe to (wildcards allowed) or to publish to (not allowed).
    /// One pass over the UTF-8 bytes: it runs for every published message (a rendered subject), and the
    /// Foundation `contains` it used to call cost 12% of a no-steps route's CPU.
    static func isValidSubject(_ s: String, wildcards: Bool) -> Bool {
        var tokenLength = 0
        var tokenIsWildcard = false  // the current token is exactly `*` or `>` so far
        var sawFullWildcard = false  // a `>` token ended: nothing may follow it
        var empty = true
        for b in s.utf8 {
            empty = false
            switch b {
            case 0x20, 0x09, 0x0D, 0x0A:
                return false
            case 0x2E:  // '.'
                if tokenLength == 0 || sawFullWildcard { return false }
                tokenLength = 0
                tokenIsWildcard = false
            case 0x2A, 0x3E:  // '*', '>'
                if !wildcards || tokenLength != 0 || sawFullWildcard { return false }
                tokenLength = 1
                tokenIsWildcard = true
                if b == 0x3E { sawFullWildcard = true }
            default:
                if tokenIsWildcard || sawFullWildcard { return false }
                tokenLength += 1
            }
        }
        return !empty && tokenLength > 0
    }
    static func checkSubject(_ s: String, wildcards: Bool, key: [String]) throws(ConfigError) {
        if !isValidSubject(s, wildcards: wildcards) {
            throw ConfigError("'\(s)' is not a valid subject", keyPath: key,
                              hint: wildcards ? "dot-separated tokens; * for one token, > for the rest" : "dot-separated tokens, no wildcards")
        }
    }
}

extension NATSConnectionConfig {
    func validate() throws(ConfigError) {
        for u in serverURLs {
            let scheme = u.split(separator: ":").first.map { $0.lowercased() } ?? ""
            if !["nats", "tls", "ws", "wss"].contains(scheme) || !u.contains("://") {
                throw ConfigError("'\(u)' is not a NATS URL", keyPath: [urls != nil ? "urls" : "url"], hint: "nats://host:4222 or tls://host:4222")
            }
        }
        if user != nil && (password ?? "").isEmpty && !(user ?? "").isEmpty {
            throw ConfigError("user without password", keyPath: ["password"])
        }
        var streamNames: Set<String> = []
        for (i, s) in (streams ?? []).enumerated() {
            let key = ["streams", String(i)]
            try NATSNames.checkStreamName(s.name, key: key + ["name"])
            if !streamNames.insert(s.name).inserted {
                throw ConfigError("stream '\(s.name)' is declared twice", keyPath: key + ["name"])
            }
            if s.subjects.isEmpty { throw ConfigError("a stream needs at least one subject", keyPath: key + ["subjects"]) }
            for (j, subject) in s.subjects.enumerated() {
                try NATSNames.checkSubject(subject, wildcards: true, key: key + ["subjects", String(j)])
            }
            if let r = s.replicas, !(1...5).contains(r) { throw ConfigError("replicas must be 1 to 5", keyPath: key + ["replicas"]) }
        }
        for (i, c) in (consumers ?? []).enumerated() {
            let key = ["consumers", String(i)]
            try NATSNames.checkStreamName(c.stream, key: key + ["stream"])
            try NATSNames.checkConsumerName(c.name, key: key + ["name"])
            if let f = c.filter_subject { try NATSNames.checkSubject(f, wildcards: true, key: key + ["filter_subject"]) }
            if let b = c.backoff, !b.isEmpty, let m = c.max_deliver, m > 0, m <= b.count {
                throw ConfigError("max_deliver must be greater than the number of backoff steps", keyPath: key + ["max_deliver"])
            }
        }
    }
}
