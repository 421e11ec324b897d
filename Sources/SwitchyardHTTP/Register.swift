import SwitchyardPluginAPI

/// Registers the `webhook` source and the `http` sink. Webhook paths go to the process's shared path table,
/// which the one listener (`SwitchyardHTTPServer`) serves.
public func registerHTTP(into registry: inout PluginRegistry) {
    registerHTTP(into: &registry, paths: .shared)
}

/// The same with a given path table (tests run several listeners in one process).
public func registerHTTP(into registry: inout PluginRegistry, paths: WebhookPathTable) {
    registry.registerSource(
        "webhook",
        summary: "Takes HTTP requests on a path of the shared listener; answers 200 only once every sink confirmed. Meta, WA-RS, WAHA signatures, tokens, IP allow-lists.",
        config: WebhookSourceConfig.self
    ) { config, context in try WebhookSource(config: config, routeName: context.routeName, table: paths) }

    registry.registerSink(
        "http",
        summary: "Sends each message to a URL (templated), optionally HMAC-signed; retries connection errors, 5xx, 408, 429 with backoff.",
        config: HTTPSinkConfig.self
    ) { config, context in try HTTPSink(config: config, routeName: context.routeName) }
}
