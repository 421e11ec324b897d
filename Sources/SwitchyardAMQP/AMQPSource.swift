import Logging
import Synchronization
import SwitchyardPluginAPI

/// How a delayed retry (`Settlement.retry(after:)` with a delay) is carried out. A stop (shutdown, reload) cuts a
/// pending delay short and carries the retry out at once, so the delivery is settled before its channel closes.
public enum AMQPRetryMode: String, ConfigEnum {
    /// Hold the delivery for the delay, publish a copy to the back of the same queue (default exchange)
    /// with `x-switchyard-attempt` = attempt + 1, and ack the original once the copy is confirmed. Attempts
    /// are counted on any queue type, across restarts; the retried message moves behind the ones queued since.
    case republish
    /// Hold the delivery for the delay, then `basic.nack` with requeue: it keeps its place at the head of the
    /// queue, but only quorum queues count attempts (`x-delivery-count`); classic ones say "redelivered" only.
    case requeue
}

struct AMQPSourceConfig: PluginConfig {
    var connection: String
    var queue: String
    var prefetch: Int?
    var batch_size: Int?
    var retry: AMQPRetryMode?

    static let fields = [
        ConfigField("connection", "connection name", required: true, "A `type: amqp` connection."),
        ConfigField("queue", "string", required: true, "Queue to consume (declare it under the connection's `queues:` or elsewhere)."),
        ConfigField("prefetch", "integer", default: "256", "Unacknowledged deliveries the broker may hand over at once (basic.qos)."),
        ConfigField("batch_size", "integer", default: "prefetch / 4, at most 256", "Deliveries handed to the route at once."),
        ConfigField("retry", "republish | requeue", default: "republish",
                    "How a delayed retry goes back to the queue: a counted copy at the back (republish) or nack-requeue in place (requeue)."),
    ]
}

/// Consumes a queue with manual acks. Settlement on the wire: ack and deadLettered → basic.ack (collapsed
/// with `multiple` where every older tag is settled); rejected → basic.reject without requeue (the queue's
/// own dead-letter exchange applies); retry with no delay → basic.nack with requeue; retry after a delay →
/// see `AMQPRetryMode`.
final class AMQPSource: Source, LifecycleComponent, @unchecked Sendable {
    let connection: AMQPConnection
    let queue: String
    let prefetch: Int
    let batchSize: Int
    let retryMode: AMQPRetryMode
    private let worker = Mutex<ConsumerWorker?>(nil)
    /// Delayed retries still holding their delivery. Shutdown cuts their delay short and waits for them, so their
    /// ack (copy confirmed) or requeue goes out before the channel closes; else the broker would redeliver an
    /// original whose copy is already queued: a duplicate at every stop during retries.
    private let delayedRetries = Mutex<(lastID: Int, tasks: [Int: Task<Void, Never>])>((0, [:]))

    init(connection: AMQPConnection, queue: String, prefetch: Int, batchSize: Int, retryMode: AMQPRetryMode) {
        self.connection = connection
        self.queue = queue
        self.prefetch = prefetch
        self.batchSize = batchSize
        self.retryMode = retryMode
    }

    func start() async throws {}

    func shutdown() async {
        let retries = delayedRetries.withLock { Array($0.tasks.values) }
        for t in retries { t.cancel() }
        for t in retries { await t.value }
        guard let w = worker.withLock({ w -> ConsumerWorker? in defer { w = nil }; return w }) else { return }
        await w.stop()
        connection.removeConsumer(w)
    }

    var isConnected: Bool { worker.withLock { $0?.isConnected ?? false } }

    func run(output: any SourceOutput) async throws {
        let w = worker.withLock { w -> ConsumerWorker in
            if let w { return w }
            let made = connection.makeConsumer(queue: queue, prefetch: prefetch, batchSize: batchSize)
            w = made
            return made
        }
        w.start()
        let handoff = w.handoff
        let stopWatch = Task {
            await output.waitUntilStopping()
            handoff.wake()
        }
        defer { stopWatch.cancel() }
        while !output.isStopping {
            guard let batch = await handoff.next(unless: { output.isStopping }) else { continue }
            await output.deliver(batch.map { received in
                Delivery(message: received.message) { [self] settlement in settle(settlement, received, w) }
            })
        }
        w.cancelConsuming()
        for r in handoff.removeAll() { w.settle(generation: r.generation, tag: r.deliveryTag, .requeue) }
    }

    private func settle(_ settlement: Settlement, _ r: ReceivedMessage, _ w: ConsumerWorker) {
        switch settlement {
        case .ack, .deadLettered:
            w.settle(generation: r.generation, tag: r.deliveryTag, .ack)
        case .rejected:
            w.settle(generation: r.generation, tag: r.deliveryTag, .reject)
        case .retry(let after):
            guard after > .zero else {
                w.settle(generation: r.generation, tag: r.deliveryTag, .requeue)
                return
            }
            delayedRetries.withLock { d in
                d.lastID += 1
                let id = d.lastID
                d.tasks[id] = Task { [self] in
                    await retry(r, after: after, w)
                    delayedRetries.withLock { _ = $0.tasks.removeValue(forKey: id) }
                }
            }
        }
    }

    private func retry(_ r: ReceivedMessage, after: Duration, _ w: ConsumerWorker) async {
        try? await Task.sleep(for: after)  // cancelled by shutdown: retry now
        // The channel that delivered it is gone: the broker has already redelivered it.
        guard w.generation.load(ordering: .acquiring) == r.generation else { return }
        switch retryMode {
        case .requeue:
            w.settle(generation: r.generation, tag: r.deliveryTag, .requeue)
        case .republish:
            let result = await connection.publish([retryCopy(r.message)])
            if let failure = result.failures.values.first {
                connection.logger.warning("delayed retry could not republish; requeueing instead",
                                          metadata: ["queue": "\(queue)", "id": "\(r.message.id)", "error": "\(failure.reason)"])
                w.settle(generation: r.generation, tag: r.deliveryTag, .requeue)
            } else {
                w.settle(generation: r.generation, tag: r.deliveryTag, .ack)
            }
        }
    }

    /// The message as received, addressed straight to this queue, one attempt further.
    func retryCopy(_ m: Message) -> OutgoingMessage {
        var headers = m.headers
        headers.removeValue(forKey: "x-delivery-count")
        headers[AMQPHeaders.attempt] = String(m.deliveryCount + 1)
        if let e = m.metadata["exchange"] { headers[AMQPHeaders.originalExchange] = e }
        if let k = m.metadata["routing_key"] { headers[AMQPHeaders.originalRoutingKey] = k }
        return OutgoingMessage(
            exchange: "", routingKey: queue, body: m.body, headers: headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            contentType: m.metadata["content_type"], messageId: m.metadata["message_id"], correlationId: m.metadata["correlation_id"],
            persistent: true, mandatory: true, unroutableRetryable: true)
    }
}
