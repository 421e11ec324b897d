import Logging
import SwitchyardPluginAPI

/// Registers the `nats` connection kind, the `nats` and `jetstream` sources and the `nats` sink.
public func registerNATS(into registry: inout PluginRegistry) {
    registry.registerConnection(
        "nats",
        summary: "NATS servers (JetStream, KV): reconnects forever, starts even when NATS is down, creates or updates "
            + "the streams and consumers it declares.",
        config: NATSConnectionConfig.self
    ) { config, context in
        try config.validate()
        let name = String(context.componentPath.split(separator: ".").last ?? "nats")
        return NATSConnection(name: name, config: config)
    }

    registry.registerSource(
        "jetstream",
        summary: "Durable JetStream pull consumer: batches fetched on a thread of their own, explicit ack/NAK-with-delay/TERM, "
            + "+WPI for long work, max_deliver honoured (the last attempt goes to the dead letter).",
        config: JetStreamSourceConfig.self
    ) { config, context in
        try config.validate()
        return JetStreamSource(connection: try context.connection(config.connection, as: NATSConnection.self),
                               config: config, logger: routeLogger(context))
    }

    registry.registerSource(
        "nats",
        summary: "Core NATS subscription (subject wildcards, optional queue group). At most once: core NATS has no acks.",
        config: CoreSourceConfig.self
    ) { config, context in
        try NATSNames.checkSubject(config.subject, wildcards: true, key: ["subject"])
        if let b = config.batch, !(1...10_000).contains(b) { throw ConfigError("batch must be 1 to 10000", keyPath: ["batch"]) }
        return CoreSource(connection: try context.connection(config.connection, as: NATSConnection.self),
                          config: config, logger: routeLogger(context))
    }

    registry.registerSink(
        "nats",
        summary: "Publishes to a subject template: core NATS (confirmed by a flush), or JetStream with PubAcks awaited in a "
            + "bounded window and Nats-Msg-Id for the stream's duplicate window.",
        config: NATSSinkConfig.self
    ) { config, context in
        try config.validate()
        return NATSSink(connection: try context.connection(config.connection, as: NATSConnection.self), config: config)
    }
}

func routeLogger(_ context: PluginContext) -> Logger {
    var logger = Logger(label: "switchyard.nats")
    logger[metadataKey: "route"] = .string(context.routeName)
    return logger
}
