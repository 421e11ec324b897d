import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SwitchyardPluginAPI

/// Reads `switchyard.yaml` and the route files it includes into a `SwitchyardConfig`, collecting every
/// problem in every file (with file:line:column, key path and hint) instead of stopping at the first.
public struct ConfigLoader {
    public var environment: [String: String]
    public let registry: PluginRegistry
    public private(set) var errors: [ConfigError] = []

    public init(registry: PluginRegistry, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.registry = registry
        self.environment = environment
    }

    static let mainKeys = ["connections", "http", "include", "routes", "settings"]
    static let routeFileKeys = ["routes"]
    static let routeKeys = ["name", "description", "from", "steps", "to", "on_error", "max_in_flight"]
    static let schemeKinds = ["nats": "nats", "tls": "nats", "amqp": "amqp", "amqps": "amqp"]

    /// Loads a main config file and its route files. `extraRouteFiles` are loaded as route files too.
    public mutating func load(mainFile: String?, extraRouteFiles: [String] = []) -> SwitchyardConfig {
        var config = SwitchyardConfig(mainFile: mainFile ?? "")
        var routeFiles: [String] = []
        if let mainFile, let root = read(mainFile) {
            let base = (mainFile as NSString).deletingLastPathComponent
            checkKeys(root, allowed: Self.mainKeys, path: [])
            config.connections = parseConnections(root["connections"])
            config.http = parseHTTP(root["http"])
            config.settings = parseSettings(root["settings"])
            if let routes = root["routes"] { config.routes += parseRoutes(routes, file: mainFile) }
            routeFiles = resolveIncludes(root["include"], base: base.isEmpty ? "." : base)
        }
        var seen: Set<String> = []
        for file in routeFiles + extraRouteFiles {
            // The same file named twice (included, and given on the command line) is read once.
            guard seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted else { continue }
            guard let root = read(file) else { continue }
            checkKeys(root, allowed: Self.routeFileKeys, path: [])
            if let routes = root["routes"] { config.routes += parseRoutes(routes, file: file) }
        }
        config.routeFiles = routeFiles + extraRouteFiles
        checkDuplicateRoutes(config.routes)
        return config
    }

    mutating func read(_ file: String) -> ConfigNode? {
        do {
            let doc = try YAMLDocument(path: file, environment: environment, errors: &errors)
            if doc.root.mapping == nil {
                if doc.root.isNull { return .emptyMap }
                errors.append(ConfigError("the file must be a YAML mapping", location: doc.root.location))
                return nil
            }
            return doc.root
        } catch {
            errors.append(error)
            return nil
        }
    }

    mutating func fail(_ message: String, at node: ConfigNode?, path: [String], hint: String? = nil) {
        errors.append(ConfigError(message, keyPath: path, location: node?.location, hint: hint))
    }

    /// Reports keys not in `allowed`, each with "did you mean".
    mutating func checkKeys(_ node: ConfigNode, allowed: [String], path: [String]) {
        for (key, _) in node.mapping ?? [] {
            guard let name = key.scalar, !allowed.contains(name) else { continue }
            let hint = closestMatch(to: name, in: allowed).map { "did you mean '\($0)'?" }
                ?? "allowed here: \(allowed.joined(separator: ", "))"
            fail("unknown key '\(name)'", at: key, path: path + [name], hint: hint)
        }
    }

    func decode<T: Decodable>(_ type: T.Type, _ node: ConfigNode, path: [String]) throws(ConfigErrors) -> T {
        do { return try ConfigDecoder.decode(type, from: node) } catch {
            throw ConfigErrors(error.errors.map { e in
                var e = e
                e.keyPath = path + e.keyPath
                return e
            })
        }
    }

    // MARK: main file sections

    mutating func parseConnections(_ node: ConfigNode?) -> [ConnectionSpec] {
        guard let node, !node.isNull else { return [] }
        guard let pairs = node.mapping else {
            fail("expected a mapping of connection names", at: node, path: ["connections"])
            return []
        }
        var result: [ConnectionSpec] = []
        for (key, value) in pairs {
            let name = key.scalar ?? ""
            let path = ["connections", name]
            guard let fields = value.mapping else {
                fail("expected the connection's settings as a mapping", at: value, path: path,
                     hint: "e.g. \(name): { url: \"nats://127.0.0.1:4222\" }")
                continue
            }
            var kind = value["type"]?.scalar
            if kind == nil, let url = value["url"]?.scalar ?? value["urls"]?.sequence?.first?.scalar,
                let scheme = url.split(separator: ":").first.map({ String($0).lowercased() })
            {
                kind = Self.schemeKinds[scheme]
            }
            guard let kind else {
                fail("cannot tell the kind of connection '\(name)'", at: key, path: path,
                     hint: "give a url (nats://, amqp://) or type: \(registry.names(.connection).joined(separator: " | "))")
                continue
            }
            guard registry.entry(.connection, kind) != nil else {
                let known = registry.names(.connection)
                fail("no connector '\(kind)' in this build", at: value["type"] ?? key, path: path + ["type"],
                     hint: closestMatch(to: kind, in: known).map { "did you mean '\($0)'?" }
                        ?? "available: \(known.joined(separator: ", "))")
                continue
            }
            let config = ConfigNode(.mapping(fields.filter { $0.key.scalar != "type" }), location: value.location)
            result.append(ConnectionSpec(name: name, kind: kind, config: config, location: key.location,
                                         fingerprint: kind + ":" + config.canonicalText))
        }
        return result
    }

    struct HTTPSection: Decodable {
        var listen: String?
        var admin_token: String?
        var max_body: Int?
    }

    mutating func parseHTTP(_ node: ConfigNode?) -> HTTPSettings {
        var settings = HTTPSettings()
        guard let node, !node.isNull else { return settings }
        do {
            let s = try decode(HTTPSection.self, node, path: ["http"])
            if let listen = s.listen {
                if parseHostPort(listen) == nil {
                    fail("'\(listen)' is not host:port", at: node["listen"], path: ["http", "listen"], hint: "e.g. 127.0.0.1:8080")
                }
                settings.listen = listen
            }
            settings.adminToken = s.admin_token.flatMap { $0.isEmpty ? nil : $0 }
            if let max = s.max_body { settings.maxBodyBytes = max }
        } catch { errors += error.errors }
        return settings
    }

    struct SettingsSection: Decodable {
        var drain_timeout: ConfigDuration?
        var log_format: LogFormat?
        var log_level: String?
    }
    enum LogFormat: String, ConfigEnum { case logfmt, json }

    mutating func parseSettings(_ node: ConfigNode?) -> RuntimeSettings {
        var settings = RuntimeSettings()
        guard let node, !node.isNull else { return settings }
        do {
            let s = try decode(SettingsSection.self, node, path: ["settings"])
            if let d = s.drain_timeout { settings.drainTimeout = d.duration }
            if let f = s.log_format { settings.logFormat = f.rawValue }
            if let l = s.log_level {
                let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
                if levels.contains(l) { settings.logLevel = l } else {
                    fail("unknown log level '\(l)'", at: node["log_level"], path: ["settings", "log_level"],
                         hint: "one of \(levels.joined(separator: ", "))")
                }
            }
        } catch { errors += error.errors }
        return settings
    }

    mutating func resolveIncludes(_ node: ConfigNode?, base: String) -> [String] {
        var patterns: [(String, ConfigNode?)] = []
        var explicit = true
        if let node, !node.isNull {
            if let items = node.sequence {
                patterns = items.compactMap { item in item.scalar.map { ($0, item) } }
            } else if let s = node.scalar {
                patterns = [(s, node)]
            } else {
                fail("expected a list of file patterns", at: node, path: ["include"])
            }
        } else {
            patterns = [("routes/*.yaml", nil)]
            explicit = false
        }
        var files: [String] = []
        for (pattern, item) in patterns {
            let full = pattern.hasPrefix("/") ? pattern : base + "/" + pattern
            let matches = glob(full)
            if matches.isEmpty && explicit {
                errors.append(ConfigError("include '\(pattern)' matches no file", keyPath: ["include"],
                                          location: item?.location, isWarning: true))
            }
            for m in matches where !files.contains(m) { files.append(m) }
        }
        return files
    }

    // MARK: routes

    mutating func parseRoutes(_ node: ConfigNode, file: String) -> [RouteSpec] {
        guard let items = node.sequence else {
            if !node.isNull { fail("expected a list of routes", at: node, path: ["routes"], hint: "each item starts with '- name: ...'") }
            return []
        }
        var routes: [RouteSpec] = []
        for (index, item) in items.enumerated() {
            if let route = parseRoute(item, index: index, file: file) { routes.append(route) }
        }
        return routes
    }

    mutating func parseRoute(_ node: ConfigNode, index: Int, file: String) -> RouteSpec? {
        let base = ["routes", String(index)]
        guard node.mapping != nil else {
            fail("expected a route mapping with name, from, steps and to", at: node, path: base)
            return nil
        }
        checkKeys(node, allowed: Self.routeKeys, path: base)
        var ok = true
        let name = node["name"]?.scalar ?? ""
        if name.isEmpty {
            fail("route has no name", at: node, path: base + ["name"], hint: "add name: <something unique>")
            ok = false
        } else if name.contains(where: { $0.isWhitespace || $0 == "/" }) {
            fail("route name '\(name)' has spaces or '/'", at: node["name"], path: base + ["name"], hint: "use letters, digits, '-', '_' and '.'")
            ok = false
        }
        let routePath = name.isEmpty ? base : ["routes", name]

        var from: ComponentSpec?
        if let f = node["from"] {
            from = parseComponent(f, kind: .source, path: routePath + ["from"], extraKeys: [])
        } else {
            fail("route '\(name)' has no 'from'", at: node, path: routePath, hint: "add from: { <source>: {...} }")
        }
        var steps: [ComponentSpec] = []
        if let s = node["steps"], !s.isNull {
            if let items = s.sequence {
                for (i, item) in items.enumerated() {
                    if let c = parseComponent(item, kind: .transform, path: routePath + ["steps", String(i)], extraKeys: []) {
                        steps.append(c)
                    } else {
                        ok = false
                    }
                }
            } else {
                fail("expected a list of steps", at: s, path: routePath + ["steps"], hint: "each step is '- plugin: { ... }'")
                ok = false
            }
        }
        var to: [SinkSpec] = []
        if let t = node["to"] {
            let items = t.sequence ?? (t.mapping != nil ? [t] : [])
            if items.isEmpty {
                fail("route '\(name)' has no sink in 'to'", at: t, path: routePath + ["to"])
                ok = false
            }
            for (i, item) in items.enumerated() {
                let path = routePath + ["to", String(i)]
                guard let c = parseComponent(item, kind: .sink, path: path, extraKeys: ["when"]) else {
                    ok = false
                    continue
                }
                var when: Condition?
                if let w = item["when"] {
                    do { when = try Condition(parsing: w.scalar ?? "") } catch {
                        var e = error
                        e.keyPath = path + ["when"]
                        e.location = w.location
                        errors.append(e)
                        ok = false
                    }
                }
                to.append(SinkSpec(component: c, when: when))
            }
        } else {
            fail("route '\(name)' has no 'to'", at: node, path: routePath, hint: "add to: [ { <sink>: {...} } ]")
            ok = false
        }
        var retry = RetryPolicy.default
        var deadLetter: ComponentSpec?
        if let e = node["on_error"], !e.isNull {
            checkKeys(e, allowed: ["retry", "dead_letter"], path: routePath + ["on_error"])
            if let r = e["retry"] {
                do {
                    let spec = try decode(RetrySection.self, r, path: routePath + ["on_error", "retry"])
                    retry = spec.policy
                } catch {
                    errors += error.errors
                    ok = false
                }
            }
            if let d = e["dead_letter"], !d.isNull {
                deadLetter = parseComponent(d, kind: .sink, path: routePath + ["on_error", "dead_letter"], extraKeys: [])
                if deadLetter == nil { ok = false }
            }
        }
        var maxInFlight = 4
        if let m = node["max_in_flight"] {
            if let v = m.scalar.flatMap(Int.init), v >= 1 { maxInFlight = v } else {
                fail("max_in_flight must be a whole number ≥ 1", at: m, path: routePath + ["max_in_flight"])
                ok = false
            }
        }
        guard ok, let from else { return nil }
        return RouteSpec(name: name, file: file, location: node["name"]?.location ?? node.location, from: from,
                         steps: steps, to: to, retry: retry, deadLetter: deadLetter, maxInFlight: maxInFlight,
                         fingerprint: node.canonicalText)
    }

    struct RetrySection: Decodable {
        var attempts: Int?
        var delay: ConfigDuration?
        var backoff: [ConfigDuration]?
        var multiplier: Double?
        var max_delay: ConfigDuration?

        var policy: RetryPolicy {
            var p = RetryPolicy.default
            if let attempts { p.attempts = max(0, attempts) }
            if let delay { p.delay = delay.duration }
            if let backoff { p.backoff = backoff.map(\.duration) }
            if let multiplier { p.multiplier = multiplier }
            if let max_delay { p.maxDelay = max_delay.duration }
            return p
        }
    }

    /// A component is a mapping with exactly one plugin key (plus `extraKeys` such as a sink's `when`).
    mutating func parseComponent(_ node: ConfigNode, kind: ComponentKind, path: [String], extraKeys: [String]) -> ComponentSpec? {
        if let name = node.scalar, !node.isNull {
            // `- stdout` with no config at all.
            return lookup(name, at: node, config: .emptyMap, kind: kind, path: path)
        }
        guard let pairs = node.mapping else {
            fail("expected a \(kind.rawValue) as '<plugin>: { config }'", at: node, path: path)
            return nil
        }
        let plugins = pairs.filter { !extraKeys.contains($0.key.scalar ?? "") }
        guard plugins.count == 1, let (key, value) = plugins.first, let name = key.scalar else {
            let names = plugins.compactMap { $0.key.scalar }
            fail(plugins.isEmpty ? "no \(kind.rawValue) plugin named here"
                 : "one \(kind.rawValue) per entry, found \(names.joined(separator: ", "))",
                 at: node, path: path, hint: kind == .sink ? "list several sinks as separate '- ' items" : nil)
            return nil
        }
        let config = value.isNull ? ConfigNode(.mapping([]), location: value.location ?? key.location) : value
        return lookup(name, at: key, config: config, kind: kind, path: path)
    }

    mutating func lookup(_ name: String, at node: ConfigNode, config: ConfigNode, kind: ComponentKind, path: [String]) -> ComponentSpec? {
        guard registry.entry(kind, name) != nil else {
            let known = registry.names(kind)
            fail("unknown \(kind.rawValue) '\(name)'", at: node, path: path + [name],
                 hint: closestMatch(to: name, in: known).map { "did you mean '\($0)'?" }
                    ?? "available: \(known.joined(separator: ", ")) (see `switchyard plugins`)")
            return nil
        }
        return ComponentSpec(plugin: name, config: config, location: node.location, path: (path + [name]).joined(separator: "."))
    }

    mutating func checkDuplicateRoutes(_ routes: [RouteSpec]) {
        var seen: [String: RouteSpec] = [:]
        for r in routes {
            if let first = seen[r.name] {
                errors.append(ConfigError("duplicate route name '\(r.name)'", keyPath: ["routes", r.name, "name"], location: r.location,
                                          hint: "first defined at \(first.location?.description ?? first.file); route names must be unique"))
            } else {
                seen[r.name] = r
            }
        }
    }
}

/// `host:port` → parts; `[::1]:8080` too.
public func parseHostPort(_ text: String) -> (host: String, port: Int)? {
    guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
        return nil
    }
    var host = String(text[..<colon])
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return (host.isEmpty ? "0.0.0.0" : host, port)
}

func glob(_ pattern: String) -> [String] {
    var g = glob_t()
    defer { globfree(&g) }
    guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
    return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }.sorted()
}

extension ConfigNode {
    /// The node's content without positions: equal for configs that mean the same.
    public var canonicalText: String {
        switch value {
        case .scalar(let s, let quoted): return quoted ? "\"\(s)\"" : s
        case .sequence(let items): return "[" + items.map(\.canonicalText).joined(separator: ",") + "]"
        case .mapping(let pairs): return "{" + pairs.map { $0.key.canonicalText + ":" + $0.value.canonicalText }.joined(separator: ",") + "}"
        }
    }
}
