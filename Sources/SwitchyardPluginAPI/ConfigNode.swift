/// Where something stands in a config file.
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
}

/// A parsed config document, independent of the YAML library, each node knowing where it came from.
/// Environment variables are already substituted in scalars.
public struct ConfigNode: Sendable {
    public enum Value: Sendable {
        /// `quoted` scalars are always strings; plain ones may be null, bool or number.
        case scalar(String, quoted: Bool)
        case mapping([(key: ConfigNode, value: ConfigNode)])
        case sequence([ConfigNode])
    }
    public var value: Value
    public var location: ConfigLocation?

    public init(_ value: Value, location: ConfigLocation? = nil) {
        self.value = value
        self.location = location
    }

    public static func string(_ s: String) -> ConfigNode { ConfigNode(.scalar(s, quoted: true)) }
    public static func plain(_ s: String) -> ConfigNode { ConfigNode(.scalar(s, quoted: false)) }
    public static func map(_ pairs: [(String, ConfigNode)]) -> ConfigNode {
        ConfigNode(.mapping(pairs.map { (key: .string($0.0), value: $0.1) }))
    }
    public static let emptyMap = ConfigNode(.mapping([]))

    public var scalar: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }
    public var isNull: Bool {
        if case .scalar(let s, let quoted) = value, !quoted { return s.isEmpty || s == "null" || s == "~" || s == "Null" || s == "NULL" }
        return false
    }
    public var mapping: [(key: ConfigNode, value: ConfigNode)]? {
        if case .mapping(let m) = value { return m }
        return nil
    }
    public var sequence: [ConfigNode]? {
        if case .sequence(let s) = value { return s }
        return nil
    }

    /// The value of a mapping key.
    public subscript(key: String) -> ConfigNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// The key node itself (for pointing at a misspelt key).
    public func keyNode(_ key: String) -> ConfigNode? {
        mapping?.first { $0.key.scalar == key }?.key
    }

    public var kindName: String {
        switch value {
        case .scalar: return isNull ? "null" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// Follows a key path (mapping keys, or list indices as decimal strings); returns the deepest node
    /// reached, so an error about a missing key still points at its parent.
    public func deepest(along path: [String]) -> ConfigNode {
        var node = self
        for component in path {
            if let child = node[component] {
                node = child
            } else if let list = node.sequence, let i = Int(component), list.indices.contains(i) {
                node = list[i]
            } else {
                break
            }
        }
        return node
    }

    /// Converts a scalar/mapping/sequence tree into JSON (for `set` values, YAML `--set` values).
    public func toJSON() -> JSONValue {
        switch value {
        case .scalar(let s, let quoted):
            if quoted { return .string(s) }
            if isNull { return .null }
            if s == "true" { return .bool(true) }
            if s == "false" { return .bool(false) }
            if let _ = Int(s) { return .number(JSONNumber(unchecked: s)) }
            if let d = Double(s), d.isFinite, s.first != "." , s.last != "." { return .double(d) }
            return .string(s)
        case .mapping(let pairs):
            var o = JSONObject()
            for (k, v) in pairs { o[k.scalar ?? ""] = v.toJSON() }
            return .object(o)
        case .sequence(let items):
            return .array(items.map { $0.toJSON() })
        }
    }
}

/// A config problem: where, which key, what is wrong, and how to fix it.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Key path from the component's config root (plugins fill this; the loader resolves it to a location).
    public var keyPath: [String]
    public var location: ConfigLocation?
    public var hint: String?
    /// Warnings do not fail validation.
    public var isWarning: Bool

    public init(_ message: String, keyPath: [String] = [], location: ConfigLocation? = nil, hint: String? = nil, isWarning: Bool = false) {
        self.message = message
        self.keyPath = keyPath
        self.location = location
        self.hint = hint
        self.isWarning = isWarning
    }

    /// A key's value is wrong: for plugin constructors.
    public static func invalid(_ key: String, _ message: String, hint: String? = nil) -> ConfigError {
        ConfigError(message, keyPath: key.split(separator: ".").map(String.init), hint: hint)
    }

    public var keyPathText: String { keyPath.joined(separator: ".") }

    /// `file:line:column: error: key.path: message (hint)`
    public var description: String {
        var s = location.map { "\($0): " } ?? ""
        s += isWarning ? "warning: " : "error: "
        if !keyPath.isEmpty { s += "\(keyPathText): " }
        s += message
        if let hint { s += " (\(hint))" }
        return s
    }
}

/// A collection of config problems found at once.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigError]
    public init(_ errors: [ConfigError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// "Did you mean": the closest candidate within a small edit distance.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    var best: (String, Int)?
    for c in candidates {
        let d = editDistance(word.lowercased(), c.lowercased())
        if d <= max(2, word.count / 3), best == nil || d < best!.1 { best = (c, d) }
    }
    return best?.0
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8), b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
