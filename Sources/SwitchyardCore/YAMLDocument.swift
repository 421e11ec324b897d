import Foundation
import SwitchyardPluginAPI
import Yams

/// Reads a YAML file into a `ConfigNode` tree with file:line:column on every node, substituting
/// `${VAR}`, `${VAR:-default}` and `${VAR:?message}` in scalars (after parsing, so a value can never
/// change the YAML structure, and positions stay those of the file).
public struct YAMLDocument {
    public let path: String
    public let root: ConfigNode

    public init(path: String, environment: [String: String], errors: inout [ConfigError]) throws(ConfigError) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigError("cannot read file: \(error.localizedDescription)", location: ConfigLocation(file: path, line: 1, column: 1))
        }
        try self.init(path: path, text: text, environment: environment, errors: &errors)
    }

    public init(path: String, text: String, environment: [String: String], errors: inout [ConfigError]) throws(ConfigError) {
        self.path = path
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let e as YamlError {
            throw Self.convert(e, path: path)
        } catch {
            throw ConfigError("cannot parse YAML: \(error)", location: ConfigLocation(file: path, line: 1, column: 1))
        }
        guard let node else {
            root = ConfigNode(.mapping([]), location: ConfigLocation(file: path, line: 1, column: 1))
            return
        }
        var converter = Converter(path: path, environment: environment)
        root = converter.convert(node)
        errors.append(contentsOf: converter.errors)
    }

    static func convert(_ e: YamlError, path: String) -> ConfigError {
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return ConfigError(message, location: ConfigLocation(file: path, line: mark.line, column: mark.column),
                               hint: "check indentation and quoting around this position")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigError("duplicate key \(duplicates.joined(separator: ", "))",
                               location: ConfigLocation(file: path, line: context.mark.line, column: context.mark.column))
        default:
            return ConfigError("invalid YAML: \(e)", location: ConfigLocation(file: path, line: 1, column: 1))
        }
    }

    struct Converter {
        let path: String
        let environment: [String: String]
        var errors: [ConfigError] = []

        func location(_ mark: Mark?) -> ConfigLocation? {
            mark.map { ConfigLocation(file: path, line: $0.line, column: $0.column) }
        }

        mutating func convert(_ node: Node) -> ConfigNode {
            switch node {
            case .scalar(let s):
                let loc = location(s.mark)
                let quoted = s.style == .singleQuoted || s.style == .doubleQuoted || s.style == .literal || s.style == .folded
                var text = s.string
                if text.contains("$") {
                    do { text = try Interpolation.expand(text, environment: environment) } catch {
                        var e = error
                        e.location = loc
                        errors.append(e)
                    }
                }
                return ConfigNode(.scalar(text, quoted: quoted), location: loc)
            case .mapping(let m):
                var pairs: [(key: ConfigNode, value: ConfigNode)] = []
                var seen: [String: ConfigLocation?] = [:]
                for (k, v) in m {
                    let key = convert(k)
                    if let name = key.scalar {
                        if let first = seen[name] {
                            errors.append(ConfigError(
                                "duplicate key '\(name)'", location: key.location,
                                hint: first.map { "first defined at \($0)" }))
                        }
                        seen[name] = key.location
                    }
                    pairs.append((key: key, value: convert(v)))
                }
                return ConfigNode(.mapping(pairs), location: location(m.mark))
            case .sequence(let s):
                return ConfigNode(.sequence(s.map { convert($0) }), location: location(s.mark))
            case .alias(let a):
                errors.append(ConfigError("YAML aliases are not supported", location: location(a.mark),
                                          hint: "repeat the value, or use ${VAR} for shared settings"))
                return ConfigNode(.scalar("", quoted: false), location: location(a.mark))
            }
        }
    }
}

/// `${VAR}`, `${VAR:-default}` (default when unset or empty), `${VAR-default}` (when unset),
/// `${VAR:?message}` (error when unset or empty), `$$` for a literal `$`.
public enum Interpolation {
    public static func expand(_ text: String, environment: [String: String]) throws(ConfigError) -> String {
        var out = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            out += rest[..<dollar]
            let after = rest.index(after: dollar)
            if after < rest.endIndex, rest[after] == "$" {
                out += "$"
                rest = rest[rest.index(after: after)...]
                continue
            }
            guard after < rest.endIndex, rest[after] == "{" else {
                out += "$"
                rest = rest[after...]
                continue
            }
            guard let close = rest[after...].firstIndex(of: "}") else {
                throw ConfigError("unclosed ${ in '\(text)'", hint: "write $$ for a literal $")
            }
            let expression = rest[rest.index(after: after)..<close]
            out += try evaluate(expression, environment: environment)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    static func evaluate(_ expression: Substring, environment: [String: String]) throws(ConfigError) -> String {
        let nameEnd = expression.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? expression.endIndex
        let name = String(expression[..<nameEnd])
        guard !name.isEmpty else { throw ConfigError("empty variable name in ${\(expression)}") }
        let op = expression[nameEnd...]
        let value = environment[name]
        if op.isEmpty {
            guard let value else {
                throw ConfigError("environment variable \(name) is not set",
                                  hint: "set it, or give a default: ${\(name):-value}")
            }
            return value
        }
        if op.hasPrefix(":-") { return (value?.isEmpty ?? true) ? String(op.dropFirst(2)) : value! }
        if op.hasPrefix("-") { return value ?? String(op.dropFirst()) }
        if op.hasPrefix(":?") {
            guard let value, !value.isEmpty else {
                let message = op.dropFirst(2)
                throw ConfigError("environment variable \(name) is required: \(message.isEmpty ? "not set" : String(message))")
            }
            return value
        }
        throw ConfigError("unsupported ${\(expression)}", hint: "use ${VAR}, ${VAR:-default} or ${VAR:?message}")
    }
}
