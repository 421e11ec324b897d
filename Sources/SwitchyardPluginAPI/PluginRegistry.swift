/// Documentation of one config field, shown by `switchyard plugins` and used in validation hints.
public struct ConfigField: Sendable, Hashable {
    public var name: String
    /// Human type: `string`, `duration`, `list of paths`, `jid | c.us | e164 | digits`, ...
    public var type: String
    public var required: Bool
    public var defaultValue: String?
    public var summary: String

    public init(_ name: String, _ type: String, required: Bool = false, default defaultValue: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// A plugin's typed config: a `Decodable` struct (unknown keys are rejected by the decoder) that also
/// documents its fields.
public protocol PluginConfig: Decodable, Sendable {
    static var fields: [ConfigField] { get }
}

public enum ComponentKind: String, Sendable, CaseIterable {
    case source, transform, sink, connection
}

/// What a plugin constructor can reach: the route it belongs to and the shared connections.
public struct PluginContext: Sendable {
    public var routeName: String
    /// Key path of this component in the route (`steps.2.dedup`), for messages.
    public var componentPath: String
    public let connections: any ConnectionDirectory

    public init(routeName: String, componentPath: String, connections: any ConnectionDirectory) {
        self.routeName = routeName
        self.componentPath = componentPath
        self.connections = connections
    }

    /// The named connection, of the type the plugin needs. Throws a config error naming the
    /// `connection` key when it does not exist or is of another kind.
    public func connection<C: Connection>(_ name: String, as type: C.Type, key: String = "connection") throws(ConfigError) -> C {
        guard let any = connections.connection(named: name) else {
            let names = connections.connectionNames
            let hint = closestMatch(to: name, in: names).map { "did you mean '\($0)'?" }
                ?? (names.isEmpty ? "declare it under connections: in switchyard.yaml"
                    : "declared connections: \(names.sorted().joined(separator: ", "))")
            throw ConfigError("unknown connection '\(name)'", keyPath: [key], hint: hint)
        }
        guard let typed = any as? C else {
            throw ConfigError("connection '\(name)' is not a \(C.kindName) connection", keyPath: [key])
        }
        return typed
    }
}

extension Connection {
    public static var kindName: String { String(describing: Self.self) }
}

/// The connections a config declares, by name.
public protocol ConnectionDirectory: Sendable {
    func connection(named name: String) -> (any Connection)?
    var connectionNames: [String] { get }
}

/// Every plugin a build knows: sources, transforms, sinks and connection kinds, each with a name, a
/// summary, its config fields and a constructor. Filled at start by the generated `registerAllPlugins`.
public struct PluginRegistry: Sendable {
    public struct Entry: Sendable {
        public let name: String
        public let kind: ComponentKind
        public let summary: String
        public let fields: [ConfigField]
        /// The plugin's module, for `switchyard plugins`.
        public let module: String
        let build: @Sendable (ConfigNode, PluginContext) throws -> any Sendable
    }

    public private(set) var entries: [ComponentKind: [String: Entry]] = [:]
    /// Two plugins registering the same name under the same kind: reported by `validate`.
    public private(set) var conflicts: [String] = []

    public init() {}

    public func entry(_ kind: ComponentKind, _ name: String) -> Entry? { entries[kind]?[name] }
    public func names(_ kind: ComponentKind) -> [String] { (entries[kind] ?? [:]).keys.sorted() }

    private mutating func add(_ entry: Entry) {
        if entries[entry.kind]?[entry.name] != nil {
            conflicts.append("\(entry.kind.rawValue) '\(entry.name)' registered twice (second by \(entry.module))")
        }
        entries[entry.kind, default: [:]][entry.name] = entry
    }

    private static func builder<C: PluginConfig>(
        _ type: C.Type, _ make: @escaping @Sendable (C, PluginContext) throws -> any Sendable
    ) -> @Sendable (ConfigNode, PluginContext) throws -> any Sendable {
        { node, context in
            let config = try ConfigDecoder.decode(C.self, from: node)
            do { return try make(config, context) } catch let e as ConfigError {
                throw ConfigErrors([ConfigDecoder.locate(e, in: node)])
            }
        }
    }

    public mutating func registerTransform<C: PluginConfig>(
        _ name: String, summary: String, config: C.Type, module: String = #fileID,
        make: @escaping @Sendable (C, PluginContext) throws -> any Transform
    ) {
        add(Entry(name: name, kind: .transform, summary: summary, fields: C.fields, module: Self.moduleName(module),
                  build: Self.builder(config, make)))
    }

    public mutating func registerSource<C: PluginConfig>(
        _ name: String, summary: String, config: C.Type, module: String = #fileID,
        make: @escaping @Sendable (C, PluginContext) throws -> any Source
    ) {
        add(Entry(name: name, kind: .source, summary: summary, fields: C.fields, module: Self.moduleName(module),
                  build: Self.builder(config, make)))
    }

    public mutating func registerSink<C: PluginConfig>(
        _ name: String, summary: String, config: C.Type, module: String = #fileID,
        make: @escaping @Sendable (C, PluginContext) throws -> any Sink
    ) {
        add(Entry(name: name, kind: .sink, summary: summary, fields: C.fields, module: Self.moduleName(module),
                  build: Self.builder(config, make)))
    }

    /// A connection kind (`nats`, `amqp`): built once per entry under `connections:` and shared by routes.
    public mutating func registerConnection<C: PluginConfig>(
        _ name: String, summary: String, config: C.Type, module: String = #fileID,
        make: @escaping @Sendable (C, PluginContext) throws -> any Connection
    ) {
        add(Entry(name: name, kind: .connection, summary: summary, fields: C.fields, module: Self.moduleName(module),
                  build: Self.builder(config, make)))
    }

    static func moduleName(_ fileID: String) -> String { String(fileID.prefix { $0 != "/" }) }

    /// Builds a component from its config node. Errors are `ConfigErrors` with locations.
    public func build<T>(_ kind: ComponentKind, _ name: String, config: ConfigNode, context: PluginContext, as type: T.Type) throws -> T {
        guard let entry = entry(kind, name) else {
            throw ConfigErrors([ConfigError("unknown \(kind.rawValue) '\(name)'", location: config.location)])
        }
        let built = try entry.build(config, context)
        guard let typed = built as? T else {
            throw ConfigErrors([ConfigError("\(kind.rawValue) '\(name)' built the wrong type", location: config.location)])
        }
        return typed
    }
}
