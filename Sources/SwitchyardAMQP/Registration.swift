import SwitchyardPluginAPI

/// Registers the RabbitMQ connector: connection kind, source and sink `amqp`.
public func registerAMQP(into registry: inout PluginRegistry) {
    registry.registerConnection(
        "amqp", summary: "A RabbitMQ broker (rabbitmq-c): URL, heartbeat, TLS, and the exchanges, queues and bindings declared on every (re)connect.",
        config: AMQPConnectionConfig.self
    ) { config, context in
        let name = String(context.componentPath.split(separator: ".").last ?? "amqp")
        let (settings, warnings) = try config.settings(path: context.componentPath.split(separator: ".").map(String.init))
        return AMQPConnection(name: name, settings: settings, warnings: warnings)
    }

    registry.registerSource(
        "amqp", summary: "Consumes a RabbitMQ queue with manual acks and a prefetch; acks once every sink confirmed.",
        config: AMQPSourceConfig.self
    ) { config, context in
        let connection = try context.connection(config.connection, as: AMQPConnection.self)
        let prefetch = config.prefetch ?? 256
        guard (1...65535).contains(prefetch) else { throw ConfigError.invalid("prefetch", "must be between 1 and 65535") }
        let batch = config.batch_size ?? min(256, max(1, prefetch / 4))
        guard batch >= 1 else { throw ConfigError.invalid("batch_size", "must be at least 1") }
        guard !config.queue.isEmpty else { throw ConfigError.invalid("queue", "must not be empty") }
        return AMQPSource(connection: connection, queue: config.queue, prefetch: prefetch, batchSize: batch,
                          retryMode: config.retry ?? .republish)
    }

    registry.registerSink(
        "amqp", summary: "Publishes to a RabbitMQ exchange with a templated routing key, persistent, mandatory, with publisher confirms.",
        config: AMQPSinkConfig.self
    ) { config, context in
        AMQPSink(connection: try context.connection(config.connection, as: AMQPConnection.self), config: config)
    }
}
