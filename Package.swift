// swift-tools-version:6.1
import PackageDescription

// Every transform (or custom source/sink) lives in plugins/<Name>/ as its own target.
// Add a plugin by dropping its folder there and adding its name to this list: that is the one line.
let plugins: [String] = [
    "Dedup",
    "E164Validate",
    "FieldEdit",
    "JIDNormalise",
    "MetaToWABA",
    "WABAToWARS",
    "WARSToWABA",
]

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

var targets: [Target] = [
    // The small API every plugin imports and nothing else: messages, settlement, Source/Transform/Sink,
    // the registry, config decoding, templates and the fast JSON value.
    .target(name: "SwitchyardPluginAPI", swiftSettings: strict),
    // Config loading and validation, route runner, built-in sources and sinks.
    .target(
        name: "SwitchyardCore",
        dependencies: [
            "SwitchyardPluginAPI",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
        ],
        swiftSettings: strict
    ),
    // Generated at build time: registerAllPlugins(into:) calling each listed plugin module.
    .target(
        name: "SwitchyardPlugins",
        dependencies: ["SwitchyardPluginAPI"] + plugins.map { .target(name: $0) },
        swiftSettings: strict,
        plugins: ["PluginRegistryGenerator"]
    ),
    .executableTarget(name: "PluginRegistryTool", path: "BuildTools/PluginRegistryTool", swiftSettings: strict),
    // Explicit path: SwiftPM's default "Plugins/" is the same folder as our "plugins/" on case-insensitive disks.
    .plugin(
        name: "PluginRegistryGenerator",
        capability: .buildTool(),
        dependencies: ["PluginRegistryTool"],
        path: "BuildTools/PluginRegistryGenerator"
    ),
    .executableTarget(
        name: "switchyard",
        dependencies: [
            "SwitchyardCore",
            "SwitchyardPlugins",
            "SwitchyardHTTP",
            "SwitchyardAMQP",
            "SwitchyardNATS",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: strict,
        // jemalloc instead of glibc malloc: 10-15% less CPU per routed message (glibc's chunk consolidation and
        // unlinking were 10% of a route's profile). benchmarks/results/scenarios.md has the figures.
        linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
    ),
    .testTarget(name: "SwitchyardPluginAPITests", dependencies: ["SwitchyardPluginAPI"], swiftSettings: strict),
    .testTarget(
        name: "SwitchyardCoreTests",
        dependencies: ["SwitchyardCore", "SwitchyardPlugins"],
        resources: [.copy("Fixtures")],
        swiftSettings: strict
    ),
    .testTarget(name: "SwitchyardCLITests", dependencies: ["switchyard"], swiftSettings: strict),
    // HTTP: one shared listener (webhook sources, ops and admin endpoints), the HTTP sink, signatures, metrics.
    .target(
        name: "SwitchyardHTTP",
        dependencies: [
            "SwitchyardCore",
            "SwitchyardPluginAPI",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ],
        swiftSettings: strict
    ),
    .testTarget(
        name: "SwitchyardHTTPTests",
        dependencies: [
            "SwitchyardHTTP",
            "SwitchyardCore",
            "SwitchyardPluginAPI",
            "SwitchyardPlugins",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: strict
    ),
]

// RabbitMQ connector on rabbitmq-c (Debian's librabbitmq-dev): connection kind, source and sink `amqp`.
targets += [
    .systemLibrary(name: "CRabbitMQ", pkgConfig: "librabbitmq", providers: [.apt(["librabbitmq-dev"])]),
    .target(
        name: "SwitchyardAMQP",
        dependencies: ["CRabbitMQ", "SwitchyardPluginAPI", .product(name: "Logging", package: "swift-log")],
        swiftSettings: strict
    ),
    .testTarget(
        name: "SwitchyardAMQPTests",
        dependencies: ["SwitchyardAMQP", "SwitchyardCore", "SwitchyardPluginAPI", "CRabbitMQ"],
        swiftSettings: strict
    ),
    // nats.c, the C client of NATS and JetStream (Debian: libnats-dev).
    .systemLibrary(name: "CNATS", path: "Sources/CNATS", pkgConfig: "libnats", providers: [.apt(["libnats-dev"])]),
    // The NATS connector: `nats` connection (with stream/consumer provisioning and KV), `nats` and
    // `jetstream` sources, `nats` sink, and the NATS admin API handlers.
    .target(
        name: "SwitchyardNATS",
        dependencies: ["SwitchyardPluginAPI", "CNATS", .product(name: "Logging", package: "swift-log")],
        swiftSettings: strict
    ),
    // JetStream → JetStream route throughput beside a raw nats.c publish (benchmarks/results/nats.md).
    .executableTarget(
        name: "switchyard-nats-bench",
        dependencies: ["SwitchyardNATS", "SwitchyardCore", "SwitchyardPluginAPI", "CNATS",
                       .product(name: "Logging", package: "swift-log")],
        path: "Sources/NATSBench",
        swiftSettings: strict
    ),
    .testTarget(
        name: "SwitchyardNATSTests",
        dependencies: ["SwitchyardNATS", "SwitchyardCore", "SwitchyardPluginAPI", "CNATS"],
        swiftSettings: strict
    ),
]

for name in plugins {
    targets.append(.target(
        name: name,
        dependencies: ["SwitchyardPluginAPI"],
        path: "plugins/\(name)/Sources",
        swiftSettings: strict
    ))
    targets.append(.testTarget(
        name: "\(name)Tests",
        dependencies: [.target(name: name), "SwitchyardPluginAPI"],
        path: "plugins/\(name)/Tests",
        swiftSettings: strict
    ))
}

// The WABA ↔ WA-RS bridge end to end: waba_to_wars writes the correlation wars_to_waba reads, round trips.
targets.append(.testTarget(
    name: "WABAWARSBridgeTests",
    dependencies: ["WABAToWARS", "WARSToWABA", "SwitchyardPluginAPI"],
    path: "plugins/WARSToWABA/BridgeTests",
    swiftSettings: strict
))

// Several replicas sharing state through the brokers: dedup `store: nats_kv` against real JetStream KV
// (reserve/commit/release, a failed sink retried, routes sharing a bucket), and wars_send_failures sweeping a NATS bucket.
targets.append(.testTarget(
    name: "SwitchyardReplicaTests",
    dependencies: ["SwitchyardNATS", "SwitchyardCore", "SwitchyardPlugins", "SwitchyardPluginAPI", "Dedup", "WARSToWABA", "CNATS",
                   .product(name: "Logging", package: "swift-log")],
    swiftSettings: strict
))

let package = Package(
    name: "switchyard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "switchyard", targets: ["switchyard"]),
        .library(name: "SwitchyardPluginAPI", targets: ["SwitchyardPluginAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: targets
)
