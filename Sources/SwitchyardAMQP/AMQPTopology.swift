import SwitchyardPluginAPI

/// An argument value in a declaration (`x-dead-letter-exchange: dlx`, `x-message-ttl: 60000`): YAML plain
/// integers become AMQP long integers, `true`/`false` booleans, everything else (and anything quoted) strings.
public enum AMQPArgument: Sendable, Equatable {
    case string(String)
    case int(Int64)
    case bool(Bool)

    init(node: ConfigNode) {
        guard case .scalar(let s, let quoted) = node.value else {
            self = .string(node.scalar ?? "")
            return
        }
        if !quoted {
            if let i = Int64(s) { self = .int(i); return }
            if s == "true" { self = .bool(true); return }
            if s == "false" { self = .bool(false); return }
        }
        self = .string(s)
    }
}

/// `arguments:` of a queue, exchange or binding, in file order.
public struct AMQPArguments: Decodable, Sendable, Equatable {
    public var entries: [(key: String, value: AMQPArgument)]

    public init(_ entries: [(key: String, value: AMQPArgument)] = []) { self.entries = entries }

    public init(from decoder: any Decoder) throws {
        let map = try ConfigMap<ConfigNode>(from: decoder)
        var entries: [(key: String, value: AMQPArgument)] = []
        for (k, node) in map.entries {
            guard node.mapping == nil, node.sequence == nil else {
                throw ConfigError("argument '\(k)' must be a string, number or boolean",
                                  keyPath: decoder.codingPath.map(\.stringValue) + [k], location: node.location)
            }
            entries.append((k, AMQPArgument(node: node)))
        }
        self.entries = entries
    }

    public static func == (a: AMQPArguments, b: AMQPArguments) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
    public subscript(key: String) -> AMQPArgument? { entries.first { $0.key == key }?.value }
}

public enum AMQPExchangeType: String, ConfigEnum {
    case topic, direct, fanout, headers
}

public struct AMQPExchangeSpec: Decodable, Sendable {
    public var name: String
    public var type: AMQPExchangeType
    public var durable: Bool
    public var autoDelete: Bool
    public var isInternal: Bool
    public var arguments: AMQPArguments

    enum CodingKeys: String, CodingKey { case name, type, durable, auto_delete, `internal`, arguments }

    public init(name: String, type: AMQPExchangeType = .topic, durable: Bool = true) {
        self.name = name
        self.type = type
        self.durable = durable
        self.autoDelete = false
        self.isInternal = false
        self.arguments = AMQPArguments()
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decodeIfPresent(AMQPExchangeType.self, forKey: .type) ?? .topic
        durable = try c.decodeIfPresent(Bool.self, forKey: .durable) ?? true
        autoDelete = try c.decodeIfPresent(Bool.self, forKey: .auto_delete) ?? false
        isInternal = try c.decodeIfPresent(Bool.self, forKey: .internal) ?? false
        arguments = try c.decodeIfPresent(AMQPArguments.self, forKey: .arguments) ?? AMQPArguments()
        if name.isEmpty || name.hasPrefix("amq.") {
            throw ConfigError("exchange name '\(name)' is reserved by the broker", keyPath: decoder.codingPath.map(\.stringValue) + ["name"],
                              hint: "the default exchange and amq.* exist already: do not declare them")
        }
    }
}

public struct AMQPQueueSpec: Decodable, Sendable {
    public var name: String
    public var durable: Bool
    public var autoDelete: Bool
    public var arguments: AMQPArguments

    enum CodingKeys: String, CodingKey { case name, durable, auto_delete, arguments }

    public init(name: String, durable: Bool = true, arguments: AMQPArguments = AMQPArguments()) {
        self.name = name
        self.durable = durable
        self.autoDelete = false
        self.arguments = arguments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        durable = try c.decodeIfPresent(Bool.self, forKey: .durable) ?? true
        autoDelete = try c.decodeIfPresent(Bool.self, forKey: .auto_delete) ?? false
        arguments = try c.decodeIfPresent(AMQPArguments.self, forKey: .arguments) ?? AMQPArguments()
        if name.isEmpty {
            throw ConfigError("a declared queue needs a name", keyPath: decoder.codingPath.map(\.stringValue) + ["name"])
        }
        if case .string(let t)? = arguments["x-queue-type"], !["classic", "quorum", "stream"].contains(t) {
            throw ConfigError("x-queue-type '\(t)' is not classic, quorum or stream",
                              keyPath: decoder.codingPath.map(\.stringValue) + ["arguments", "x-queue-type"])
        }
        if case .string("quorum")? = arguments["x-queue-type"], !durable {
            throw ConfigError("a quorum queue must be durable", keyPath: decoder.codingPath.map(\.stringValue) + ["durable"])
        }
    }
}

public struct AMQPBindingSpec: Decodable, Sendable {
    public var queue: String
    public var exchange: String
    public var routingKey: String
    public var arguments: AMQPArguments
    /// Set when two queues receiving the same keys is meant (an audit copy): silences the overlap warning.
    public var allowOverlap: Bool
    /// Where the binding stands in the config, for the overlap warning.
    public var location: ConfigLocation?

    enum CodingKeys: String, CodingKey { case queue, exchange, routing_key, arguments, allow_overlap }

    public init(queue: String, exchange: String, routingKey: String, allowOverlap: Bool = false, location: ConfigLocation? = nil) {
        self.queue = queue
        self.exchange = exchange
        self.routingKey = routingKey
        self.arguments = AMQPArguments()
        self.allowOverlap = allowOverlap
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        location = try ConfigNode(from: decoder).location
        let c = try decoder.container(keyedBy: CodingKeys.self)
        queue = try c.decode(String.self, forKey: .queue)
        exchange = try c.decode(String.self, forKey: .exchange)
        routingKey = try c.decodeIfPresent(String.self, forKey: .routing_key) ?? ""
        arguments = try c.decodeIfPresent(AMQPArguments.self, forKey: .arguments) ?? AMQPArguments()
        allowOverlap = try c.decodeIfPresent(Bool.self, forKey: .allow_overlap) ?? false
    }
}

/// Exchanges, queues and bindings a connection declares on every (re)connect, before it is used.
public struct AMQPTopology: Sendable {
    public var exchanges: [AMQPExchangeSpec]
    public var queues: [AMQPQueueSpec]
    public var bindings: [AMQPBindingSpec]

    public init(exchanges: [AMQPExchangeSpec] = [], queues: [AMQPQueueSpec] = [], bindings: [AMQPBindingSpec] = []) {
        self.exchanges = exchanges
        self.queues = queues
        self.bindings = bindings
    }

    public var isEmpty: Bool { exchanges.isEmpty && queues.isEmpty && bindings.isEmpty }

    /// Errors in how the parts refer to each other (a binding to an undeclared queue is allowed: the queue
    /// may be declared by another application, but a duplicate declaration is a mistake).
    func problems(path: [String]) -> [ConfigError] {
        var errors: [ConfigError] = []
        var seen: Set<String> = []
        for (i, q) in queues.enumerated() where !seen.insert(q.name).inserted {
            errors.append(ConfigError("queue '\(q.name)' is declared twice", keyPath: path + ["queues", String(i), "name"]))
        }
        seen = []
        for (i, e) in exchanges.enumerated() where !seen.insert(e.name).inserted {
            errors.append(ConfigError("exchange '\(e.name)' is declared twice", keyPath: path + ["exchanges", String(i), "name"]))
        }
        return errors
    }

    /// Warnings for pairs of bindings that send one routing key to two different declared queues through the
    /// same exchange: in the WABA contract `whatsapp.outbound.#` next to `whatsapp.outbound.auth` would put
    /// every OTP on the shop queue as well as the auth queue.
    public func overlapWarnings(path: [String]) -> [ConfigError] {
        let declared = Set(queues.map(\.name))
        let types = Dictionary(exchanges.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        var warnings: [ConfigError] = []
        for (j, b) in bindings.enumerated() where declared.contains(b.queue) {
            for (i, a) in bindings[..<j].enumerated() where declared.contains(a.queue) {
                guard a.exchange == b.exchange, a.queue != b.queue, !(a.allowOverlap || b.allowOverlap) else { continue }
                let witness: String?
                switch types[a.exchange] ?? .topic {
                case .topic: witness = TopicPattern.overlap(a.routingKey, b.routingKey)
                case .direct: witness = a.routingKey == b.routingKey ? a.routingKey : nil
                case .fanout: witness = ""
                case .headers: witness = nil  // matching depends on binding arguments, not keys
                }
                guard let witness else { continue }
                warnings.append(ConfigError(
                    "routing key '\(witness)' on exchange '\(b.exchange)' reaches both '\(a.queue)' (binding \(i): '\(a.routingKey)') "
                        + "and '\(b.queue)' (binding \(j): '\(b.routingKey)')",
                    keyPath: path + ["bindings", String(j), "routing_key"], location: b.location,
                    hint: "narrow one of the patterns, or set allow_overlap: true if every such message belongs on both queues",
                    isWarning: true))
            }
        }
        return warnings
    }
}

/// Topic-exchange patterns: words separated by dots, `*` matching exactly one word and `#` zero or more.
public enum TopicPattern {
    /// Whether `key` (a concrete routing key) matches `pattern`.
    public static func matches(_ pattern: String, _ key: String) -> Bool {
        let p = words(pattern), k = words(key)
        var memo: [Int: Bool] = [:]
        func go(_ i: Int, _ j: Int) -> Bool {
            let slot = i * (k.count + 1) + j
            if let v = memo[slot] { return v }
            let r: Bool
            if i == p.count {
                r = j == k.count
            } else if p[i] == "#" {
                r = go(i + 1, j) || (j < k.count && go(i, j + 1))
            } else {
                r = j < k.count && (p[i] == "*" || p[i] == k[j]) && go(i + 1, j + 1)
            }
            memo[slot] = r
            return r
        }
        return go(0, 0)
    }

    /// A routing key both patterns match, or nil when no key can match both.
    public static func overlap(_ a: String, _ b: String) -> String? {
        let p = words(a), q = words(b)
        // memo[i][j]: the words of a key matched by both p[i...] and q[j...], or nil when none exists.
        var memo: [Int: [String]?] = [:]
        func go(_ i: Int, _ j: Int) -> [String]? {
            let slot = i * (q.count + 1) + j
            if let v = memo[slot] { return v }
            var r: [String]?
            if i == p.count && j == q.count {
                r = []
            } else if i < p.count && p[i] == "#" {
                // `#` matches nothing here, or swallows the next word of the other side.
                if let rest = go(i + 1, j) {
                    r = rest
                } else if j < q.count, q[j] != "#", let rest = go(i, j + 1) {
                    r = [q[j] == "*" ? "x" : q[j]] + rest
                } else if j < q.count, q[j] == "#", let rest = go(i, j + 1) {
                    r = rest
                }
            } else if j < q.count && q[j] == "#" {
                if let rest = go(i, j + 1) {
                    r = rest
                } else if i < p.count, let rest = go(i + 1, j) {
                    r = [p[i] == "*" ? "x" : p[i]] + rest
                }
            } else if i < p.count && j < q.count {
                if p[i] == q[j] || p[i] == "*" || q[j] == "*", let rest = go(i + 1, j + 1) {
                    let word = p[i] != "*" ? p[i] : (q[j] != "*" ? q[j] : "x")
                    r = [word] + rest
                }
            }
            memo[slot] = .some(r)
            return r
        }
        return go(0, 0).map { $0.joined(separator: ".") }
    }

    static func words(_ s: String) -> [String] {
        s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
