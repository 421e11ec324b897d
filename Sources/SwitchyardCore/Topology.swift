import SwitchyardPluginAPI

/// A sink as a route uses it: the built sink, its condition and a name for logs.
public struct RouteSink: Sendable {
    public let name: String
    public let sink: any Sink
    public let when: Condition?
}

/// A route with every component built (not yet running).
public struct BuiltRoute: Sendable {
    public let spec: RouteSpec
    public let source: any Source
    public let steps: [any Transform]
    public let stepNames: [String]
    public let sinks: [RouteSink]
    public let deadLetter: RouteSink?
    public var name: String { spec.name }
}

/// Connections by name, as built from `connections:`.
public final class ConnectionSet: ConnectionDirectory, @unchecked Sendable {
    // Written only while the topology is built, read-only afterwards.
    public private(set) var byName: [String: any Connection] = [:]
    public private(set) var specs: [String: ConnectionSpec] = [:]

    public init() {}

    func add(_ connection: any Connection, spec: ConnectionSpec) {
        byName[spec.name] = connection
        specs[spec.name] = spec
    }

    public func connection(named name: String) -> (any Connection)? { byName[name] }
    public var connectionNames: [String] { Array(byName.keys).sorted() }
}

/// Everything a config describes, built and checked: what `validate` checks and `run` starts.
public struct Topology: Sendable {
    public let config: SwitchyardConfig
    public let connections: ConnectionSet
    public let routes: [BuiltRoute]
    /// Connections declared but named by a route only by key (kept for readiness reporting).
    public let warnings: [ConfigError]
}

public enum TopologyBuilder {
    /// Loads, validates and builds. Returns the topology, or every error found (warnings included).
    public static func load(
        mainFile: String?, extraRouteFiles: [String] = [], registry: PluginRegistry,
        environment: [String: String], reuse: ConnectionSet? = nil
    ) -> (Topology?, [ConfigError]) {
        var loader = ConfigLoader(registry: registry, environment: environment)
        let config = loader.load(mainFile: mainFile, extraRouteFiles: extraRouteFiles)
        var problems = loader.errors
        let (topology, buildProblems) = build(config, registry: registry, reuse: reuse)
        problems += buildProblems
        let hasErrors = problems.contains { !$0.isWarning }
        return (hasErrors ? nil : topology, problems.sorted(by: Self.order))
    }

    static func order(_ a: ConfigError, _ b: ConfigError) -> Bool {
        let la = a.location, lb = b.location
        if la?.file != lb?.file { return (la?.file ?? "") < (lb?.file ?? "") }
        if la?.line != lb?.line { return (la?.line ?? 0) < (lb?.line ?? 0) }
        return (la?.column ?? 0) < (lb?.column ?? 0)
    }

    /// Builds components from an already parsed config. `reuse` supplies running connections whose
    /// settings did not change (reload keeps them).
    public static func build(_ config: SwitchyardConfig, registry: PluginRegistry, reuse: ConnectionSet? = nil) -> (Topology, [ConfigError]) {
        var problems: [ConfigError] = []
        let connections = ConnectionSet()
        for spec in config.connections {
            if let old = reuse, let existing = old.byName[spec.name], old.specs[spec.name]?.fingerprint == spec.fingerprint {
                connections.add(existing, spec: spec)
                continue
            }
            let context = PluginContext(routeName: "", componentPath: "connections.\(spec.name)", connections: connections)
            do {
                let c = try registry.build(.connection, spec.kind, config: spec.config, context: context, as: (any Connection).self)
                connections.add(c, spec: spec)
                if let w = c as? any ConfigWarningSource { problems += w.configWarnings }
            } catch {
                problems += prefixed(error, path: ["connections", spec.name])
            }
        }
        var routes: [BuiltRoute] = []
        for spec in config.routes {
            do {
                routes.append(try buildRoute(spec, registry: registry, connections: connections))
            } catch let e as ConfigErrors {
                problems += e.errors
            } catch {
                problems.append(ConfigError("\(error)", location: spec.location))
            }
        }
        problems += registry.conflicts.map { ConfigError($0) }
        return (Topology(config: config, connections: connections, routes: routes, warnings: problems.filter(\.isWarning)), problems)
    }

    static func prefixed(_ error: any Error, path: [String]) -> [ConfigError] {
        let list = (error as? ConfigErrors)?.errors ?? [(error as? ConfigError) ?? ConfigError("\(error)")]
        return list.map { e in
            var e = e
            e.keyPath = path + e.keyPath
            return e
        }
    }

    static func buildRoute(_ spec: RouteSpec, registry: PluginRegistry, connections: ConnectionSet) throws -> BuiltRoute {
        var problems: [ConfigError] = []
        func make<T>(_ kind: ComponentKind, _ c: ComponentSpec, as type: T.Type) -> T? {
            let context = PluginContext(routeName: spec.name, componentPath: c.path, connections: connections)
            do {
                return try registry.build(kind, c.plugin, config: c.config, context: context, as: type)
            } catch {
                problems += prefixed(error, path: c.path.split(separator: ".").map(String.init))
                return nil
            }
        }
        let source = make(.source, spec.from, as: (any Source).self)
        let steps = spec.steps.map { make(.transform, $0, as: (any Transform).self) }
        let sinks = spec.to.map { s in
            make(.sink, s.component, as: (any Sink).self).map {
                RouteSink(name: s.component.path, sink: $0, when: s.when)
            }
        }
        let deadLetter = spec.deadLetter.flatMap { d in
            make(.sink, d, as: (any Sink).self).map { RouteSink(name: d.path, sink: $0, when: nil) }
        }
        if !problems.isEmpty { throw ConfigErrors(problems) }
        return BuiltRoute(spec: spec, source: source!, steps: steps.map { $0! }, stepNames: spec.steps.map(\.plugin),
                          sinks: sinks.map { $0! }, deadLetter: deadLetter)
    }
}
