/// One message moving through a route.
///
/// The body is kept as bytes until a step asks for JSON, then as the parsed value, so consecutive steps
/// share one parse and a message nobody looked at is forwarded byte for byte.
public struct Message: Sendable {
    /// Stable id: the source's message id where it has one (AMQP message-id, Nats-Msg-Id, a webhook's
    /// event id), otherwise generated. Sinks use it for broker-side deduplication by default.
    public var id: String
    /// Transport headers (AMQP headers, NATS headers, HTTP request headers), carried to sinks.
    public var headers: [String: String]
    /// Facts about the message that routes and templates read as `{$meta.key}`: `subject`,
    /// `routing_key`, `exchange`, `stream_sequence`, and whatever steps add (`session`, `jid.kind`, ...).
    public var metadata: [String: String]
    /// Name of the source kind that produced it (`amqp`, `nats`, `webhook`, `memory`, ...).
    public var source: String
    /// 1 on first delivery; the broker's delivery count after redeliveries.
    public var deliveryCount: Int

    private var payload: Payload

    private enum Payload: Sendable {
        case bytes([UInt8])
        /// Parsed and unchanged: the original bytes are still the truth on the wire.
        case parsed([UInt8], JSONValue)
        case json(JSONValue)
    }

    public init(
        id: String, body: [UInt8], headers: [String: String] = [:], metadata: [String: String] = [:],
        source: String = "", deliveryCount: Int = 1
    ) {
        self.id = id
        self.payload = .bytes(body)
        self.headers = headers
        self.metadata = metadata
        self.source = source
        self.deliveryCount = deliveryCount
    }

    public init(
        id: String, json: JSONValue, headers: [String: String] = [:], metadata: [String: String] = [:],
        source: String = "", deliveryCount: Int = 1
    ) {
        self.init(id: id, body: [], headers: headers, metadata: metadata, source: source, deliveryCount: deliveryCount)
        self.payload = .json(json)
    }

    /// The body as bytes: the original ones if no step changed the JSON.
    public var body: [UInt8] {
        get {
            switch payload {
            case .bytes(let b), .parsed(let b, _): return b
            case .json(let v): return JSONWriter.bytes(v)
            }
        }
        set { payload = .bytes(newValue) }
    }

    public var subject: String? { metadata["subject"] }
    public var routingKey: String? { metadata["routing_key"] }

    /// The body as JSON, parsed once and kept for the next step.
    public mutating func json() throws(JSONParseError) -> JSONValue {
        switch payload {
        case .json(let v), .parsed(_, let v): return v
        case .bytes(let b):
            let v = try JSONParser.parse(b)
            payload = .parsed(b, v)
            return v
        }
    }

    /// The parsed body if a step already parsed it; does not parse.
    public var parsedJSON: JSONValue? {
        switch payload {
        case .json(let v), .parsed(_, let v): return v
        case .bytes: return nil
        }
    }

    /// The body as JSON without caching the parse (for read-only callers holding a `let`).
    public func readJSON() throws(JSONParseError) -> JSONValue {
        switch payload {
        case .json(let v), .parsed(_, let v): return v
        case .bytes(let b): return try JSONParser.parse(b)
        }
    }

    /// Replaces the body with a JSON value.
    public mutating func setJSON(_ value: JSONValue) { payload = .json(value) }

    /// Edits the JSON body in place.
    public mutating func editJSON<R>(_ edit: (inout JSONValue) throws -> R) throws -> R {
        var value = try json()
        payload = .bytes([])  // drop our reference so `value` is edited without a copy
        defer { payload = .json(value) }
        return try edit(&value)
    }

    /// Edits the JSON body in place; the edit sets `changed` when it changed anything. When it did not, the
    /// original bytes are kept, so the body is not serialised again for the next reader (a validating step that
    /// finds every field already right costs no write).
    public mutating func editJSON<R>(reportingChange edit: (inout JSONValue, inout Bool) throws -> R) throws -> R {
        var value = try json()
        var original: [UInt8]?
        if case .parsed(let bytes, _) = payload { original = bytes }
        payload = .bytes([])  // drop our reference so `value` is edited without a copy
        var changed = false
        defer {
            if !changed, let original { payload = .parsed(original, value) } else { payload = .json(value) }
        }
        return try edit(&value, &changed)
    }

    /// A metadata or origin value by name, as templates and conditions read it.
    public func metadataValue(_ key: String) -> String? {
        if let v = metadata[key] { return v }
        switch key {
        case "id": return id
        case "source": return source
        case "delivery_count": return String(deliveryCount)
        default: return nil
        }
    }
}

/// A failure to deliver one message: retryable ones go through the route's retry policy,
/// permanent ones straight to its dead letter.
public struct DeliveryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var retryable: Bool
    /// A delay the far side asked for (HTTP Retry-After), if any.
    public var retryAfter: Duration?

    public init(_ reason: String, retryable: Bool = true, retryAfter: Duration? = nil) {
        self.reason = reason
        self.retryable = retryable
        self.retryAfter = retryAfter
    }
    public var description: String { reason }
}
