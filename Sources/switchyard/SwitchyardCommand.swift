import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import SwitchyardAMQP
import SwitchyardCore
import SwitchyardHTTP
import SwitchyardNATS
import SwitchyardPluginAPI
import SwitchyardPlugins

// @main lives here, not in main.swift: an async root command in main.swift silently runs the
// synchronous entry point instead (see PITFALLS.md).
@main
struct Switchyard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchyard",
        abstract: "Routes WhatsApp events between webhooks, NATS JetStream and RabbitMQ.",
        subcommands: [Run.self, Validate.self, Plugins.self, TestRoutes.self, Apply.self],
        defaultSubcommand: Run.self
    )
}

/// Every plugin of this build: the core's built-ins and the generated list from plugins/.
func fullRegistry() -> PluginRegistry {
    makePluginRegistry { r in
        registerBuiltins(into: &r)
        registerHTTP(into: &r)
        registerAMQP(into: &r)
        registerNATS(into: &r)
    }
}

struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Main config file.")
    var config: String = "./switchyard.yaml"
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the routes of a config until SIGTERM or SIGINT.")
    @OptionGroup var options: ConfigOption

    func run() async throws {
        // Before anything builds a route: route counters bind to the metrics backend when they are created.
        _ = SwitchyardMetrics.shared
        // Before the config is built: connections make their loggers then. Format and level follow the config.
        LoggingSystem.bootstrap { LineLogHandler(label: $0) }
        let registry = fullRegistry()
        let (topology, problems) = TopologyBuilder.load(
            mainFile: options.config, registry: registry, environment: ProcessInfo.processInfo.environment)
        for p in problems { printError(p.description) }
        guard let topology else { throw ExitCode(1) }
        let settings = topology.config.settings
        let level = Logger.Level(rawValue: settings.logLevel) ?? .info
        LineLogHandler.configure(format: settings.logFormat == "json" ? .json : .logfmt, level: level)
        let logger = Logger(label: "switchyard")
        let configFile = options.config
        let supervisor = RouteSupervisor(topology: topology, logger: logger) { reuse in
            TopologyBuilder.load(mainFile: configFile, registry: registry, environment: ProcessInfo.processInfo.environment, reuse: reuse)
        }
        // One listener for every webhook route and the ops endpoints. SWITCHYARD_LISTEN overrides http.listen;
        // the address is read at start only (a reload does not move the listener).
        let http = topology.config.http
        let listen = ProcessInfo.processInfo.environment["SWITCHYARD_LISTEN"].flatMap { $0.isEmpty ? nil : $0 } ?? http.listen
        let server: SwitchyardHTTPServer
        do {
            server = try SwitchyardHTTPServer(
                listen: listen, supervisor: supervisor, adminHandlers: adminHandlers(supervisor), maxBody: http.maxBodyBytes, logger: logger)
        } catch {
            printError("http.listen: \(error)")
            throw ExitCode(1)
        }
        // Created before the service group starts, so an early SIGHUP reloads instead of killing the process.
        let reloader = await SighupReloader(supervisor: supervisor)
        // Graceful shutdown runs in reverse order: stop reloading, drain the routes (webhook requests in flight
        // get their answers), then close the listener.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: server), .init(service: supervisor), .init(service: reloader)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        logger.info("starting", metadata: ["config": "\(options.config)", "routes": "\(topology.routes.count)", "listen": "\(listen)"])
        try await group.run()
    }

    /// Endpoints other modules mount under /api/v1. The NATS admin API of seed 000 (`/api/v1/nats/...`) looks up
    /// the NATS connection of the topology running at the time of each request, so it follows reloads.
    func adminHandlers(_ supervisor: RouteSupervisor) -> [AdminHandler] {
        let env = ProcessInfo.processInfo.environment
        let events = env["NATS_EVENTS_STREAM"].flatMap { $0.isEmpty ? nil : $0 } ?? "WA_EVENTS"
        let send = env["NATS_SEND_STREAM"].flatMap { $0.isEmpty ? nil : $0 } ?? "WA_SEND"
        return [
            { method, path in
                guard path.hasPrefix("/api/v1/nats/") || path == "/api/v1/nats" else { return nil }
                let api = NATSAdminAPI(connections: supervisor.topology.connections, eventsStream: events, sendStream: send)
                return await api.handle(method: method, path: path)
            },
        ]
    }
}

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a config and its route files; print one line per problem; exit 1 on any error.",
        discussion: "Paths may name route files or folders of them; they are checked with the main config's connections.")
    @OptionGroup var options: ConfigOption
    @Argument(help: "Extra route files or folders to check.") var paths: [String] = []

    func run() async throws {
        var routeFiles: [String] = []
        var main: String? = FileManager.default.fileExists(atPath: options.config) ? options.config : nil
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                printError("\(path): error: no such file or folder")
                throw ExitCode(1)
            }
            if isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                routeFiles += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { path + "/" + $0 }
            } else if (path as NSString).lastPathComponent == "switchyard.yaml" {
                main = path
            } else {
                routeFiles.append(path)
            }
        }
        let registry = fullRegistry()
        let (topology, problems) = TopologyBuilder.load(
            mainFile: main, extraRouteFiles: routeFiles, registry: registry, environment: ProcessInfo.processInfo.environment)
        for p in problems { print(p.description) }
        guard let topology else { throw ExitCode(1) }
        print("ok: \(topology.routes.count) routes, \(topology.connections.byName.count) connections")
    }
}

struct Plugins: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the plugins of this build with their config fields.")
    @Flag(help: "Print as JSON.") var json = false

    func run() async throws {
        let registry = fullRegistry()
        if json {
            var all: [JSONValue] = []
            for kind in ComponentKind.allCases {
                for name in registry.names(kind) {
                    let e = registry.entry(kind, name)!
                    let fields: [JSONValue] = e.fields.map {
                        ["name": .string($0.name), "type": .string($0.type), "required": .bool($0.required),
                         "default": $0.defaultValue.map(JSONValue.string) ?? .null, "summary": .string($0.summary)]
                    }
                    all.append(["kind": .string(kind.rawValue), "name": .string(name), "module": .string(e.module),
                                "summary": .string(e.summary), "fields": .array(fields)])
                }
            }
            print(JSONWriter.string(.array(all)))
            return
        }
        for kind in ComponentKind.allCases {
            let names = registry.names(kind)
            guard !names.isEmpty else { continue }
            print("\(kind.rawValue)s:")
            for name in names {
                let e = registry.entry(kind, name)!
                print("  \(name)  [\(e.module)]")
                print("    \(e.summary)")
                for f in e.fields {
                    var line = "    - \(f.name) (\(f.type)\(f.required ? ", required" : ""))"
                    if let d = f.defaultValue { line += " default \(d)" }
                    print(line + ": \(f.summary)")
                }
            }
            print("")
        }
    }
}
