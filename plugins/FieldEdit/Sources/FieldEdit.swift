// Field editing steps users need in most routes: set fields (constants or templates), rename them,
// drop them (for example a secret riding in the payload such as Evolution API's `apikey`).
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "set",
        summary: "Sets JSON body fields and metadata values. String values may be templates "
            + "({field}, {$meta.key}, {$id}); other YAML values (numbers, lists, maps) are set as JSON.",
        config: SetConfig.self
    ) { config, _ in try SetFields(config) }

    registry.registerTransform(
        "rename",
        summary: "Renames (moves) JSON body fields: each entry maps an existing path to its new path. "
            + "A missing source field is left alone, or rejected with `required: true`.",
        config: RenameConfig.self
    ) { config, _ in try RenameFields(config) }

    registry.registerTransform(
        "drop_fields",
        summary: "Removes JSON body fields by path (missing ones are ignored), e.g. a secret carried in the payload.",
        config: DropFieldsConfig.self
    ) { config, _ in try DropFields(config) }
}

struct SetConfig: PluginConfig {
    var fields: ConfigMap<ConfigNode>?
    var metadata: ConfigMap<String>?

    static let fields: [ConfigField] = [
        ConfigField("fields", "map of path → value", "Body fields to set, e.g. `{ source: switchyard, data.session: \"{$meta.session}\" }`."),
        ConfigField("metadata", "map of key → template", "Metadata values to set, e.g. `{ session: \"{session_id}\" }`."),
    ]
}

struct SetFields: Transform {
    enum Value: Sendable {
        case json(JSONValue)
        case template(Template)
    }
    let fields: [(JSONPath, Value)]
    let metadata: [(String, Template)]

    init(_ config: SetConfig) throws(ConfigError) {
        var fields: [(JSONPath, Value)] = []
        for (key, node) in config.fields?.entries ?? [] {
            let path: JSONPath
            do { path = try JSONPath(parsing: key) } catch { throw .invalid("fields.\(key)", error.description) }
            if case .scalar(let text, _) = node.value, text.contains("{") {
                do { fields.append((path, .template(try Template(parsing: text)))) } catch var e {
                    e.keyPath = ["fields", key]
                    throw e
                }
            } else {
                fields.append((path, .json(node.toJSON())))
            }
        }
        var metadata: [(String, Template)] = []
        for (key, text) in config.metadata?.entries ?? [] {
            do { metadata.append((key, try Template(parsing: text))) } catch var e {
                e.keyPath = ["metadata", key]
                throw e
            }
        }
        if fields.isEmpty && metadata.isEmpty {
            throw ConfigError("set needs `fields` or `metadata`", hint: "e.g. set: { fields: { source: switchyard } }")
        }
        self.fields = fields
        self.metadata = metadata
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            // Templates read the message as it came in, so one field's new value does not feed another.
            let original = message
            for (key, template) in metadata { message.metadata[key] = try template.render(original) }
            if !fields.isEmpty {
                var rendered: [(JSONPath, JSONValue)] = []
                rendered.reserveCapacity(fields.count)
                for (path, value) in fields {
                    switch value {
                    case .json(let v): rendered.append((path, v))
                    case .template(let t): rendered.append((path, .string(try t.render(original))))
                    }
                }
                guard case .object = try message.json() else { return .rejected(reason: "body is not a JSON object") }
                try message.editJSON { body in
                    for (path, value) in rendered { body[path: path] = value }
                }
            }
        } catch let e as JSONParseError {
            return .rejected(reason: "body is not JSON: \(e)")
        } catch {
            return .rejected(reason: "\(error)")
        }
        return .message(message)
    }
}

struct RenameConfig: PluginConfig {
    var fields: ConfigMap<String>
    var required: Bool?

    static let fields: [ConfigField] = [
        ConfigField("fields", "map of path → new path", required: true, "Each existing field path and where to move it."),
        ConfigField("required", "bool", default: "false", "Reject the message when a field to rename is missing."),
    ]
}

struct RenameFields: Transform {
    let moves: [(from: JSONPath, to: JSONPath)]
    let required: Bool

    init(_ config: RenameConfig) throws(ConfigError) {
        var moves: [(JSONPath, JSONPath)] = []
        for (from, to) in config.fields.entries {
            do { moves.append((try JSONPath(parsing: from), try JSONPath(parsing: to))) } catch {
                throw .invalid("fields.\(from)", error.description)
            }
        }
        if moves.isEmpty { throw .invalid("fields", "rename needs at least one field") }
        self.moves = moves
        self.required = config.required ?? false
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            guard case .object = try message.json() else { return .rejected(reason: "body is not a JSON object") }
            var missing: String?
            try message.editJSON { body in
                for (from, to) in moves {
                    guard let value = body[path: from] else {
                        if missing == nil { missing = from.description }
                        continue
                    }
                    body[path: from] = nil
                    body[path: to] = value
                }
            }
            if required, let missing { return .rejected(reason: "field '\(missing)' is missing") }
        } catch {
            return .rejected(reason: "body is not JSON: \(error)")
        }
        return .message(message)
    }
}

struct DropFieldsConfig: PluginConfig {
    var fields: [String]

    static let fields: [ConfigField] = [
        ConfigField("fields", "list of paths", required: true, "Field paths to remove, e.g. `[apikey, data.raw]`.")
    ]
}

struct DropFields: Transform {
    let paths: [JSONPath]

    init(_ config: DropFieldsConfig) throws(ConfigError) {
        var paths: [JSONPath] = []
        for (i, p) in config.fields.enumerated() {
            do { paths.append(try JSONPath(parsing: p)) } catch { throw .invalid("fields.\(i)", error.description) }
        }
        if paths.isEmpty { throw .invalid("fields", "drop_fields needs at least one path") }
        self.paths = paths
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            guard case .object = try message.json() else { return .rejected(reason: "body is not a JSON object") }
            try message.editJSON { body in
                for p in paths { body[path: p] = nil }
            }
        } catch {
            return .rejected(reason: "body is not JSON: \(error)")
        }
        return .message(message)
    }
}
