// The string fields a step rewrites, by JSON path: a string value is visited as is, an array is visited
// element by element (`mentions.0`, `mentions.1`, ...), a missing or null field is skipped.
// Used by jid_normalise and e164_validate; any step that rewrites configured string fields can use it.

public struct StringFields: Sendable {
    /// What the visitor decides for one string.
    public enum Verdict: Sendable {
        case keep
        case replace(String)
        case invalid(String)
    }

    /// One value that failed: where, what it was, why.
    public struct Failure: Sendable, Equatable {
        public var field: String
        public var value: String
        public var reason: String

        public init(field: String, value: String, reason: String) {
            self.field = field
            self.value = value
            self.reason = reason
        }
    }

    public let paths: [JSONPath]

    /// Parses `fields`; a config error names `fields.N` for a bad path and `fields` for an empty list.
    public init(_ fields: [String], step: String) throws(ConfigError) {
        var paths: [JSONPath] = []
        for (i, text) in fields.enumerated() {
            do { paths.append(try JSONPath(parsing: text)) } catch { throw .invalid("fields.\(i)", error.description) }
        }
        if paths.isEmpty { throw .invalid("fields", "\(step) needs at least one field path", hint: "e.g. fields: [data.from]") }
        self.paths = paths
    }

    /// Visits every string at the paths, in config order, and writes back the replacements. Returns the
    /// failures (a non-string value is one too); `visit` gets the field's path as written in messages.
    public func rewrite(_ body: inout JSONValue, _ visit: (String, String) -> Verdict) -> [Failure] {
        var failures: [Failure] = []
        for path in paths {
            guard let value = body[path: path] else { continue }
            switch value {
            case .null:
                continue
            case .string(let text):
                switch visit(path.description, text) {
                case .keep: break
                case .replace(let new): body[path: path] = .string(new)
                case .invalid(let reason): failures.append(Failure(field: path.description, value: text, reason: reason))
                }
            case .array(var items):
                var changed = false
                for i in items.indices {
                    let field = "\(path.description).\(i)"
                    switch items[i] {
                    case .null:
                        continue
                    case .string(let text):
                        switch visit(field, text) {
                        case .keep: break
                        case .replace(let new):
                            items[i] = .string(new)
                            changed = true
                        case .invalid(let reason): failures.append(Failure(field: field, value: text, reason: reason))
                        }
                    case let other:
                        failures.append(Failure(field: field, value: Self.shown(other), reason: "expected a string, found \(Self.typeName(other))"))
                    }
                }
                if changed { body[path: path] = .array(items) }
            case let other:
                failures.append(Failure(field: path.description, value: Self.shown(other),
                                        reason: "expected a string (or a list of strings), found \(Self.typeName(other))"))
            }
        }
        return failures
    }

    public static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    public static func shown(_ value: JSONValue) -> String {
        switch value {
        case .array: "[...]"
        case .object: "{...}"
        default: JSONWriter.string(value)
        }
    }
}
