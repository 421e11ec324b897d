// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so the main build and CI do not compile the benchmark framework.
// The modules under test are the repository's own sources, linked in through symlinks in Sources/.
// Run: cd benchmarks && swift package benchmark
let package = Package(
    name: "switchyard-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "SwitchyardPluginAPI", path: "Sources/SwitchyardPluginAPI", swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "WABAToWARS", dependencies: ["SwitchyardPluginAPI"], path: "Sources/WABAToWARS", swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "WARSToWABA", dependencies: ["SwitchyardPluginAPI"], path: "Sources/WARSToWABA", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "TranslationBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "SwitchyardPluginAPI", "WABAToWARS", "WARSToWABA"],
            path: "Benchmarks/TranslationBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "JSONBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "SwitchyardPluginAPI"],
            path: "Benchmarks/JSONBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .target(name: "JIDNormalise", dependencies: ["SwitchyardPluginAPI"], path: "Sources/JIDNormalise",
                swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "E164Validate", dependencies: ["SwitchyardPluginAPI"], path: "Sources/E164Validate",
                swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "Dedup", dependencies: ["SwitchyardPluginAPI"], path: "Sources/Dedup", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "IdentityBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "JIDNormalise", "E164Validate", "Dedup"],
            path: "Benchmarks/IdentityBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RouteStepsBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "SwitchyardPluginAPI", "E164Validate", "WABAToWARS",
                           "JIDNormalise", "Dedup"],
            path: "Benchmarks/RouteStepsBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .target(name: "MetaToWABA", dependencies: ["SwitchyardPluginAPI"], path: "Sources/MetaToWABA", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "MetaToWABABenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "SwitchyardPluginAPI", "MetaToWABA"],
            path: "Benchmarks/MetaToWABABenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
