import CNATS
import Logging
import SwitchyardPluginAPI

/// `from: nats: { connection, subject, queue? }`
struct CoreSourceConfig: PluginConfig {
    var connection: String
    var subject: String
    var queue: String?
    var batch: Int?

    static let fields: [ConfigField] = [
        ConfigField("connection", "connection name", required: true, "A `type: nats` connection."),
        ConfigField("subject", "subject", required: true, "Subject to subscribe to; `*` matches one token, `>` the rest."),
        ConfigField("queue", "string", "Queue group: replicas in the same group split the messages."),
        ConfigField("batch", "integer", default: "256", "Most messages handed to the route at once."),
    ]
}

/// Core NATS subscription: at most once (core NATS has no acks, so settlement does nothing on the wire;
/// use `jetstream` for anything that must not be lost).
struct CoreSource: Source {
    let connection: NATSConnection
    let config: CoreSourceConfig
    let logger: Logger

    func run(output: any SourceOutput) async throws {
        let thread = BlockingExecutor(name: "nats-sub-\(config.subject)")
        defer { thread.stop() }
        let nc = try connection.consumerConnection()
        let ncp = SendablePointer(raw: nc)
        let (subject, queue) = (config.subject, config.queue)
        let sub = try await thread.run { () throws -> SendablePointer in
            var sub: OpaquePointer?
            if let queue, !queue.isEmpty {
                try check(natsConnection_QueueSubscribeSync(&sub, ncp.raw, subject, queue), "subscribe '\(subject)' queue '\(queue)'")
            } else {
                try check(natsConnection_SubscribeSync(&sub, ncp.raw, subject), "subscribe '\(subject)'")
            }
            natsSubscription_SetPendingLimits(sub, -1, -1)
            return SendablePointer(raw: sub!)
        }
        defer {
            natsSubscription_Unsubscribe(sub.raw)
            natsSubscription_Destroy(sub.raw)
        }
        let batch = config.batch ?? 256
        while !output.isStopping {
            let messages = try await thread.run { () -> [Message] in
                var out: [Message] = []
                var msg: OpaquePointer?
                // Wait a little for the first, then take what is already queued.
                var s = natsSubscription_NextMsg(&msg, sub.raw, 500)
                while s == NATS_OK, let m = msg {
                    out.append(makeMessage(m, source: "nats", jetStream: false))
                    natsMsg_Destroy(m)
                    msg = nil
                    if out.count >= batch { break }
                    var pending: Int32 = 0
                    var bytes: Int32 = 0
                    natsSubscription_GetPending(sub.raw, &pending, &bytes)
                    if pending == 0 { break }
                    s = natsSubscription_NextMsg(&msg, sub.raw, 0)
                }
                // Closed or invalid (connection shut down): do not spin.
                if out.isEmpty && s != NATS_OK && s != NATS_TIMEOUT { nats_Sleep(100) }
                return out
            }
            if !messages.isEmpty {
                await output.deliver(messages.map { Delivery(message: $0) { _ in } })
            }
        }
    }
}
