// The three kinds of component a route is made of, in the Benthos style: a source hands over batches of
// deliveries, each with a settle callback; steps transform messages; sinks confirm or fail each message.

/// What the source does with a message once the route is done with it.
public enum Settlement: Sendable, Equatable {
    /// Every sink confirmed (or the message was dropped on purpose): remove it at the source.
    case ack
    /// Not delivered yet: give it back so it is delivered again after the delay (NAK with delay,
    /// AMQP nack/requeue, HTTP 503 with Retry-After).
    case retry(after: Duration)
    /// The route's dead letter took it: remove it at the source (JetStream TERM, AMQP ack).
    case deadLettered(reason: String)
    /// Cannot be delivered and no dead letter took it: refuse it at the source so the broker's own
    /// dead-lettering applies (AMQP reject without requeue, JetStream TERM, HTTP 4xx/5xx).
    case rejected(reason: String)
}

/// A message handed over by a source, with how to settle it. `settle` is called exactly once.
public struct Delivery: Sendable {
    public var message: Message
    public let settle: @Sendable (Settlement) -> Void

    public init(message: Message, settle: @escaping @Sendable (Settlement) -> Void) {
        self.message = message
        self.settle = settle
    }
}

/// The route side of a running source.
public protocol SourceOutput: Sendable {
    /// Hands a batch to the route. Returns when the route has taken it (backpressure), not when it
    /// has been delivered: settlement comes later through each delivery's `settle`.
    func deliver(_ batch: [Delivery]) async
    /// True once the route asked the source to stop taking new messages (drain, reload, shutdown).
    var isStopping: Bool { get }
    /// Suspends until the route asks the source to stop.
    func waitUntilStopping() async
}

public protocol Source: Sendable {
    /// Takes messages and delivers them until `output.isStopping`, then returns. Errors that end the
    /// source are reported by throwing; transient ones (a broker down) it rides out by itself.
    func run(output: any SourceOutput) async throws
}

/// The result of one step for one message.
public enum TransformResult: Sendable {
    /// Passed on, changed or not.
    case message(Message)
    /// Split into several (or none: prefer `dropped` to say why).
    case messages([Message])
    /// Dropped on purpose (a duplicate, a filtered event): counted, acked at the source.
    case dropped(reason: String)
    /// Cannot be processed: goes to the route's dead letter with the reason, no retry.
    case rejected(reason: String)
    /// Not now: the message goes back to its source to be delivered again later.
    case retry(reason: String, after: Duration? = nil)
}

public protocol Transform: Sendable {
    /// The step owns `message`: the route passes its only copy where it can, so a step that declares the
    /// parameter `consuming` and edits it in place copies neither its metadata nor its JSON tree. A witness
    /// declared without `consuming` conforms too, but it borrows the message and its first edit copies.
    func process(_ message: consuming Message) async -> TransformResult
    /// Called once the route settled what this step emitted for one input message: `delivered` is
    /// true when every sink confirmed. Steps holding reservations (dedup) commit or release them here.
    func settled(_ messages: [Message], delivered: Bool) async
    /// True for a step whose `settled` does something (dedup): the route keeps what such a step emitted until
    /// the settlement. Other steps' outputs are not kept, so the next step edits them in place instead of
    /// copying the whole JSON tree. A step that implements `settled` must return true here.
    var observesSettlement: Bool { get }
}

extension Transform {
    public func settled(_ messages: [Message], delivered: Bool) async {}
    public var observesSettlement: Bool { false }
}

/// Per-message outcome of a sink write; an empty `failures` means every message was confirmed.
public struct SinkWriteResult: Sendable {
    public var failures: [Int: DeliveryFailure]

    public init(failures: [Int: DeliveryFailure] = [:]) { self.failures = failures }
    public static let delivered = SinkWriteResult()
    /// The same failure for every message of a batch of `count`.
    public static func failed(_ failure: DeliveryFailure, count: Int) -> SinkWriteResult {
        SinkWriteResult(failures: Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, failure) }))
    }
}

public protocol Sink: Sendable {
    /// Writes a batch and returns once each message is confirmed (broker ack, HTTP 2xx) or failed.
    func write(_ messages: [Message]) async -> SinkWriteResult
}

/// Something shared by several routes that holds a connection (a NATS or AMQP client).
public protocol Connection: AnyObject, Sendable {
    /// Connects (in the background when the far side is down: this must not fail for that reason)
    /// and keeps the connection up until `shutdown`.
    func start() async throws
    func shutdown() async
    /// Up and usable right now (for readiness and metrics).
    var isConnected: Bool { get }
}

/// A built component (typically a connection) whose config is valid but deserves a warning, such as two
/// declared queues receiving the same routing key: `validate` prints them, `run` logs them at start.
public protocol ConfigWarningSource {
    var configWarnings: [ConfigError] { get }
}

/// Lifecycle hooks for a component that holds resources: called by the runner around `run`/`write`.
public protocol LifecycleComponent: Sendable {
    func start() async throws
    func shutdown() async
}
