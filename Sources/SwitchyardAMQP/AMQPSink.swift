import SwitchyardPluginAPI

/// What an unroutable publish (no queue bound for its routing key, returned by the broker) is for the route.
public enum AMQPUnroutable: String, ConfigEnum {
    /// A permanent failure: the route's dead letter takes it at once (a routing key with no binding is a
    /// config or data problem that waiting will not fix).
    case fail
    /// A retryable failure: the route's retry policy applies (for a queue some other application binds later).
    case retry
}

struct AMQPSinkConfig: PluginConfig {
    var connection: String
    var exchange: Template
    var routing_key: Template
    var persistent: Bool?
    var mandatory: Bool?
    var content_type: String?
    var message_id: Template?
    var correlation_id: Template?
    var headers: Bool?
    var unroutable: AMQPUnroutable?

    static let fields = [
        ConfigField("connection", "connection name", required: true, "A `type: amqp` connection."),
        ConfigField("exchange", "template", required: true, "Exchange to publish to (\"\" is the default exchange: routing key = queue name)."),
        ConfigField("routing_key", "template", required: true, "Routing key, e.g. `whatsapp.inbound.message` or `whatsapp.inbound.{kind}`."),
        ConfigField("persistent", "bool", default: "true", "delivery_mode 2: the broker writes the message to disk (on durable queues)."),
        ConfigField("mandatory", "bool", default: "true", "Ask the broker to return a message no queue receives, so it fails instead of vanishing."),
        ConfigField("content_type", "string", default: "application/json", "content_type property (\"\" to leave it out)."),
        ConfigField("message_id", "template", default: "{$id}", "message_id property."),
        ConfigField("correlation_id", "template", default: "none", "correlation_id property, e.g. `{correlationId}`; left out when the value is missing or empty."),
        ConfigField("headers", "bool", default: "true", "Carry the message's headers as AMQP headers (strings)."),
        ConfigField("unroutable", "fail | retry", default: "fail",
                    "A returned (unroutable) publish: a permanent failure (dead letter) or a retryable one (retry policy)."),
    ]
}

/// Publishes each message with publisher confirms on the connection's publisher; a message counts as
/// delivered only once the broker confirmed it (and did not return it).
struct AMQPSink: Sink {
    let connection: AMQPConnection
    let exchange: Template
    let routingKey: Template
    let persistent: Bool
    let mandatory: Bool
    let contentType: String?
    let messageId: Template?
    let correlationId: Template?
    let carryHeaders: Bool
    let unroutableRetryable: Bool

    init(connection: AMQPConnection, config c: AMQPSinkConfig) {
        self.connection = connection
        exchange = c.exchange
        routingKey = c.routing_key
        persistent = c.persistent ?? true
        mandatory = c.mandatory ?? true
        let type = c.content_type ?? "application/json"
        contentType = type.isEmpty ? nil : type
        messageId = c.message_id
        correlationId = c.correlation_id
        carryHeaders = c.headers ?? true
        unroutableRetryable = c.unroutable == .retry
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        var outgoing: [OutgoingMessage] = []
        outgoing.reserveCapacity(messages.count)
        var positions: [Int] = []
        var failures: [Int: DeliveryFailure] = [:]
        for (i, m) in messages.enumerated() {
            do {
                outgoing.append(try render(m))
                positions.append(i)
            } catch {
                failures[i] = DeliveryFailure(error.reason, retryable: false)
            }
        }
        let result = await connection.publish(outgoing)
        for (j, f) in result.failures { failures[positions[j]] = f }
        return SinkWriteResult(failures: failures)
    }

    func render(_ m: Message) throws(TemplateError) -> OutgoingMessage {
        var out = OutgoingMessage(exchange: try exchange.render(m), routingKey: try routingKey.render(m), body: m.body)
        out.persistent = persistent
        out.mandatory = mandatory
        out.unroutableRetryable = unroutableRetryable
        out.contentType = contentType
        if let messageId {
            out.messageId = (try? messageId.render(m)).flatMap { $0.isEmpty ? nil : $0 } ?? m.id
        } else {
            out.messageId = m.id
        }
        if let correlationId, let c = try? correlationId.render(m), !c.isEmpty { out.correlationId = c }
        if carryHeaders && !m.headers.isEmpty {
            out.headers = m.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        return out
    }
}
