import Logging
import Synchronization
import SwitchyardPluginAPI

/// A `type: amqp` connection entry: the settings and topology every route naming it shares. It owns one
/// publisher (its own AMQP connection and thread, used by every `amqp` sink of this entry and by delayed
/// retries) and one consumer connection per `amqp` source, so confirms never interrupt a consumer.
public final class AMQPConnection: Connection, ConfigWarningSource, @unchecked Sendable {
    public let name: String
    public let settings: AMQPSettings
    public let configWarnings: [ConfigError]
    let publisher: PublisherWorker
    private let consumers = Mutex<[ObjectIdentifier: ConsumerWorker]>([:])

    public init(name: String, settings: AMQPSettings, warnings: [ConfigError] = []) {
        self.name = name
        self.settings = settings
        self.configWarnings = warnings
        self.publisher = PublisherWorker(settings: settings, role: "publisher", connectionName: name)
    }

    /// Made when needed, not at build time: `run` bootstraps the logging system after the topology is built.
    var logger: Logger {
        var logger = Logger(label: "switchyard.amqp")
        logger[metadataKey: "connection"] = .string(name)
        return logger
    }

    public static var kindName: String { "amqp" }

    /// Starts the publisher connection in the background (it declares the topology on every connect);
    /// a broker that is down is not an error here: `isConnected` stays false until it is reachable.
    public func start() async throws { publisher.start() }

    public func shutdown() async {
        let all = consumers.withLock { c -> [ConsumerWorker] in
            defer { c = [:] }
            return Array(c.values)
        }
        for c in all { await c.stop() }
        await publisher.stop()
    }

    public var isConnected: Bool {
        publisher.isConnected && consumers.withLock { $0.values.allSatisfy(\.isConnected) }
    }

    func publish(_ messages: [OutgoingMessage]) async -> SinkWriteResult {
        publisher.start()
        return await publisher.publish(messages)
    }

    func makeConsumer(queue: String, prefetch: Int, batchSize: Int) -> ConsumerWorker {
        let worker = ConsumerWorker(settings: settings, queue: queue, prefetch: prefetch, batchSize: batchSize, connectionName: name)
        consumers.withLock { $0[ObjectIdentifier(worker)] = worker }
        return worker
    }

    func removeConsumer(_ worker: ConsumerWorker) {
        _ = consumers.withLock { $0.removeValue(forKey: ObjectIdentifier(worker)) }
    }
}

struct AMQPConnectionConfig: PluginConfig {
    var url: String
    var heartbeat: ConfigDuration?
    var connection_name: String?
    var connect_timeout: ConfigDuration?
    var tls: TLSConfig?
    var exchanges: [AMQPExchangeSpec]?
    var queues: [AMQPQueueSpec]?
    var bindings: [AMQPBindingSpec]?
    var confirm_window: Int?
    var confirm_timeout: ConfigDuration?
    var reconnect_delay: ConfigDuration?
    var max_reconnect_delay: ConfigDuration?

    struct TLSConfig: Decodable, Sendable {
        var ca_file: String?
        var cert_file: String?
        var key_file: String?
        var verify_peer: Bool?
        var verify_hostname: Bool?
    }

    static let fields = [
        ConfigField("url", "amqp:// or amqps:// URL", required: true,
                    "`amqp://user:password@host:port/vhost` (percent-encoded; empty path = vhost `/`; amqps:// = TLS, port 5671)."),
        ConfigField("heartbeat", "duration", default: "30s", "AMQP heartbeat: a silent broker is detected after about twice this; 0 turns it off."),
        ConfigField("connection_name", "string", default: "switchyard", "Shown in the broker's connection list (`connection_name` client property)."),
        ConfigField("connect_timeout", "duration", default: "10s", "Socket connect, login and declaration timeout."),
        ConfigField("tls", "{ ca_file, cert_file, key_file, verify_peer, verify_hostname }",
                    "TLS settings (implies TLS even with amqp://); verify_peer and verify_hostname default to true."),
        ConfigField("exchanges", "list of { name, type, durable, auto_delete, internal, arguments }",
                    "Exchanges declared on every (re)connect; type topic (default) | direct | fanout | headers; durable defaults to true."),
        ConfigField("queues", "list of { name, durable, auto_delete, arguments }",
                    "Queues declared on every (re)connect; arguments such as x-dead-letter-exchange, x-queue-type: quorum, x-message-ttl."),
        ConfigField("bindings", "list of { queue, exchange, routing_key, arguments, allow_overlap }",
                    "Queue bindings declared on every (re)connect. `validate` warns when two declared queues get the same key; allow_overlap: true silences it."),
        ConfigField("confirm_window", "integer", default: "512", "Publishes awaiting a publisher confirm at once (200–1000 is the sweet spot)."),
        ConfigField("confirm_timeout", "duration", default: "30s", "A publish not confirmed within this fails back to the route (retryable)."),
        ConfigField("reconnect_delay", "duration", default: "200ms", "First delay before reconnecting; doubles per failed attempt."),
        ConfigField("max_reconnect_delay", "duration", default: "15s", "Upper bound of the reconnect delay."),
    ]

    func settings(path: [String]) throws(ConfigError) -> (AMQPSettings, [ConfigError]) {
        let parsed: AMQPURL
        do { parsed = try AMQPURL(parsing: url) } catch { throw ConfigError.invalid("url", error.reason, hint: "e.g. amqp://guest:guest@127.0.0.1:5672/") }
        var s = AMQPSettings(url: parsed)
        if let h = heartbeat {
            guard h.duration >= .zero, h.duration <= .seconds(65535) else { throw ConfigError.invalid("heartbeat", "must be between 0s and 65535s") }
            s.heartbeatSeconds = Int(h.seconds.rounded(.up))
        }
        if let n = connection_name { s.connectionName = n }
        if let t = connect_timeout {
            guard t.duration > .zero else { throw ConfigError.invalid("connect_timeout", "must be more than 0") }
            s.connectTimeoutMs = max(1, Int(t.milliseconds))
        }
        if let tls {
            var t = AMQPSettings.TLSSettings()
            t.caFile = tls.ca_file
            t.certFile = tls.cert_file
            t.keyFile = tls.key_file
            t.verifyPeer = tls.verify_peer ?? true
            t.verifyHostname = tls.verify_hostname ?? true
            if (t.certFile == nil) != (t.keyFile == nil) {
                throw ConfigError.invalid("tls", "cert_file and key_file go together (client certificate)")
            }
            s.tls = t
        }
        if let w = confirm_window {
            guard (1...65535).contains(w) else { throw ConfigError.invalid("confirm_window", "must be between 1 and 65535") }
            s.confirmWindow = w
        }
        if let t = confirm_timeout {
            guard t.duration > .zero else { throw ConfigError.invalid("confirm_timeout", "must be more than 0") }
            s.confirmTimeout = t.duration
        }
        if let d = reconnect_delay { s.reconnectDelay = max(d.duration, .milliseconds(10)) }
        if let d = max_reconnect_delay { s.maxReconnectDelay = max(d.duration, s.reconnectDelay) }
        s.topology = AMQPTopology(exchanges: exchanges ?? [], queues: queues ?? [], bindings: bindings ?? [])
        if let first = s.topology.problems(path: []).first { throw first }
        return (s, s.topology.overlapWarnings(path: path))
    }
}
