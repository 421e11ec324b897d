/// Decodes a plugin's typed config from a config node. Keys the config type never asked for are
/// reported as unknown (with "did you mean"), and every error carries the file:line:column of its node.
public enum ConfigDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from node: ConfigNode) throws(ConfigErrors) -> T {
        let state = DecoderState()
        let value: T
        do {
            value = try T(from: NodeDecoder(node: node, path: [], state: state))
        } catch {
            let first: ConfigError
            switch error {
            case let e as ConfigError: first = locate(e, in: node)
            case let e as DecodingError: first = convert(e, root: node)
            default: first = ConfigError("\(error)", location: node.location)
            }
            // Decoding stopped early, so only misspellings of keys already asked for are sure to be
            // unknown; they usually explain the error ("missing fields" because of "feilds").
            let misspelt = state.unknownKeys().filter { $0.hint?.hasPrefix("did you mean") == true }
            throw ConfigErrors(misspelt + [first])
        }
        let unknown = state.unknownKeys()
        if !unknown.isEmpty { throw ConfigErrors(unknown) }
        return value
    }

    /// Gives an error raised with only a key path the location of that key in `root`.
    public static func locate(_ error: ConfigError, in root: ConfigNode) -> ConfigError {
        var e = error
        if e.location == nil {
            let node = root.deepest(along: e.keyPath)
            e.location = node.location ?? root.location
        }
        return e
    }

    static func convert(_ error: DecodingError, root: ConfigNode) -> ConfigError {
        let (path, message): ([any CodingKey], String)
        switch error {
        case .dataCorrupted(let c): (path, message) = (c.codingPath, c.debugDescription)
        case .typeMismatch(let t, let c): (path, message) = (c.codingPath, "expected \(describe(t))")
        case .valueNotFound(let t, let c): (path, message) = (c.codingPath, "missing value, expected \(describe(t))")
        case .keyNotFound(let k, let c): (path, message) = (c.codingPath + [k], "missing required key '\(k.stringValue)'")
        @unknown default: (path, message) = ([], "\(error)")
        }
        let keys = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        return locate(ConfigError(message, keyPath: keys), in: root)
    }
}

/// A config enum: decoding an unknown value lists the allowed ones with "did you mean".
public protocol ConfigEnum: CaseIterable, RawRepresentable, Decodable, Sendable where RawValue == String {}

extension ConfigEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        if let v = Self(rawValue: raw) {
            self = v
            return
        }
        let allowed = Self.allCases.map(\.rawValue)
        let guess = closestMatch(to: raw, in: allowed).map { "did you mean '\($0)'?" }
        throw ConfigError(
            "'\(raw)' is not one of \(allowed.joined(separator: ", "))",
            keyPath: decoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }, hint: guess)
    }
}

func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
        return "an integer"
    case is Double.Type, is Float.Type: return "a number"
    default:
        let name = String(describing: type)
        if name.hasPrefix("Array<") { return "a list" }
        if name.hasPrefix("Dictionary<") { return "a mapping" }
        return name
    }
}

final class DecoderState {
    final class MappingUse {
        let node: ConfigNode
        let path: [String]
        var used: Set<String> = []
        init(node: ConfigNode, path: [String]) {
            self.node = node
            self.path = path
        }
    }
    var mappings: [MappingUse] = []

    func unknownKeys() -> [ConfigError] {
        var errors: [ConfigError] = []
        for use in mappings {
            for (key, _) in use.node.mapping ?? [] {
                guard let name = key.scalar, !use.used.contains(name) else { continue }
                let guess = closestMatch(to: name, in: use.used.sorted()).map { "did you mean '\($0)'?" }
                let known = use.used.sorted().joined(separator: ", ")
                errors.append(ConfigError(
                    "unknown key '\(name)'", keyPath: use.path + [name], location: key.location ?? use.node.location,
                    hint: guess ?? (known.isEmpty ? nil : "known keys: \(known)")))
            }
        }
        return errors
    }
}

struct ConfigCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

struct NodeDecoder: Decoder {
    let node: ConfigNode
    let path: [String]
    let state: DecoderState
    var codingPath: [any CodingKey] { path.map { ConfigCodingKey(stringValue: $0) } }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func error(_ message: String, at node: ConfigNode? = nil, path: [String]? = nil) -> ConfigError {
        ConfigError(message, keyPath: path ?? self.path, location: (node ?? self.node).location)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = node.mapping else {
            if node.isNull {
                // An empty `key:` is an empty mapping, so `stdout:` needs no `{}`.
                let use = DecoderState.MappingUse(node: .emptyMap, path: path)
                state.mappings.append(use)
                return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, pairs: [], use: use))
            }
            throw error("expected a mapping, found \(node.kindName)")
        }
        let use = DecoderState.MappingUse(node: node, path: path)
        state.mappings.append(use)
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, pairs: pairs, use: use))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        if let items = node.sequence { return UnkeyedNodeContainer(decoder: self, items: items) }
        if node.isNull { return UnkeyedNodeContainer(decoder: self, items: []) }
        throw error("expected a list, found \(node.kindName)")
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleNodeContainer(decoder: self) }

    func child(_ node: ConfigNode, _ key: String) -> NodeDecoder {
        NodeDecoder(node: node, path: path + [key], state: state)
    }

    // Scalars

    func scalarText(expected: String) throws -> String {
        guard case .scalar(let s, _) = node.value, !node.isNull else {
            throw error("expected \(expected), found \(node.kindName)")
        }
        return s
    }

    func decodeScalar<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type:
            return try scalarText(expected: "a string") as! T
        case is Bool.Type:
            let s = try scalarText(expected: "true or false")
            switch s.lowercased() {
            case "true", "yes", "on": return true as! T
            case "false", "no", "off": return false as! T
            default: throw error("expected true or false, found '\(s)'")
            }
        case is Int.Type:
            let s = try scalarText(expected: "an integer")
            guard let v = Int(s.replacingUnderscores) else { throw error("expected an integer, found '\(s)'") }
            return v as! T
        case is Double.Type:
            let s = try scalarText(expected: "a number")
            guard let v = Double(s.replacingUnderscores) else { throw error("expected a number, found '\(s)'") }
            return v as! T
        case is UInt16.Type:
            let s = try scalarText(expected: "a port number")
            guard let v = UInt16(s) else { throw error("expected a number from 0 to 65535, found '\(s)'") }
            return v as! T
        case is UInt32.Type:
            let s = try scalarText(expected: "an integer")
            guard let v = UInt32(s) else { throw error("expected a non-negative integer, found '\(s)'") }
            return v as! T
        case is Int64.Type:
            let s = try scalarText(expected: "an integer")
            guard let v = Int64(s.replacingUnderscores) else { throw error("expected an integer, found '\(s)'") }
            return v as! T
        case is UInt64.Type:
            let s = try scalarText(expected: "an integer")
            guard let v = UInt64(s.replacingUnderscores) else { throw error("expected a non-negative integer, found '\(s)'") }
            return v as! T
        case is ConfigNode.Type:
            return node as! T
        default:
            return try T(from: self)
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { contains("_") ? filter { $0 != "_" } : self }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [(key: ConfigNode, value: ConfigNode)]
    let use: DecoderState.MappingUse

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { pairs.compactMap { $0.key.scalar.flatMap(Key.init(stringValue:)) } }

    func node(for key: Key) -> ConfigNode? {
        use.used.insert(key.stringValue)
        return pairs.first { $0.key.scalar == key.stringValue }?.value
    }

    func contains(_ key: Key) -> Bool {
        use.used.insert(key.stringValue)
        return pairs.contains { $0.key.scalar == key.stringValue }
    }

    func decodeNil(forKey key: Key) throws -> Bool { node(for: key)?.isNull ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let child = node(for: key) else {
            throw ConfigError("missing required key '\(key.stringValue)'", keyPath: decoder.path + [key.stringValue],
                              location: decoder.node.location)
        }
        return try decoder.child(child, key.stringValue).decodeScalar(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let child = node(for: key), !child.isNull || T.self == ConfigNode.self else { return nil }
        return try decoder.child(child, key.stringValue).decodeScalar(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(node(for: key) ?? .emptyMap, key.stringValue).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(node(for: key) ?? ConfigNode(.sequence([])), key.stringValue).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(node(for: key) ?? .plain(""), key.stringValue) }
}

struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [ConfigNode]
    var currentIndex = 0

    init(decoder: NodeDecoder, items: [ConfigNode]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else { throw decoder.error("list has too few items") }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], String(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeScalar(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct SingleNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    func decodeNil() -> Bool { decoder.node.isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeScalar(type) }
}

/// A duration in config: `500ms`, `5s`, `10m`, `1h30m`, `7d`, or a bare number of seconds.
public struct ConfigDuration: Decodable, Sendable, Hashable, CustomStringConvertible {
    public var duration: Duration
    public let text: String

    public init(_ duration: Duration) {
        self.duration = duration
        self.text = "\(duration)"
    }

    public init(parsing text: String) throws(ConfigError) {
        self.text = text
        guard let d = Self.parse(text) else {
            throw ConfigError("'\(text)' is not a duration", hint: "write it like 500ms, 5s, 10m, 1h30m or 7d")
        }
        self.duration = d
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(parsing: text) } catch var e {
            e.keyPath = decoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            throw e
        }
    }

    public var seconds: Double {
        let c = duration.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
    public var milliseconds: Int64 { Int64((seconds * 1000).rounded()) }
    public var nanoseconds: Int64 { Int64((seconds * 1e9).rounded()) }
    public var description: String { text }

    static func parse(_ text: String) -> Duration? {
        let s = text.trimmingSpaces
        if let secs = Double(s), secs >= 0 { return .milliseconds(Int64((secs * 1000).rounded())) }
        var total: Double = 0  // milliseconds
        var number = ""
        var unit = ""
        var sawAny = false
        func flush() -> Bool {
            guard let n = Double(number) else { return false }
            let factor: Double
            switch unit {
            case "ms": factor = 1
            case "s": factor = 1000
            case "m": factor = 60_000
            case "h": factor = 3_600_000
            case "d": factor = 86_400_000
            default: return false
            }
            total += n * factor
            number = ""
            unit = ""
            sawAny = true
            return true
        }
        for ch in s {
            if ch.isNumber || ch == "." {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(ch)
            } else if ch.isLetter {
                guard !number.isEmpty else { return nil }
                unit.append(ch)
            } else {
                return nil
            }
        }
        guard !number.isEmpty, flush(), sawAny else { return nil }
        return .milliseconds(Int64(total.rounded()))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

extension ConfigNode: Decodable {
    /// Only the config decoder can hand out raw nodes (for plugins that take free-form YAML values).
    public init(from decoder: any Decoder) throws {
        guard let d = decoder as? NodeDecoder else {
            throw ConfigError("a raw config node can only be decoded from a Switchyard config")
        }
        self = d.node
    }
}

/// A mapping with free-form keys, kept in file order (Swift's Dictionary would lose the order).
public struct ConfigMap<Value: Decodable & Sendable>: Decodable, Sendable {
    public var entries: [(key: String, value: Value)]

    public init(_ entries: [(key: String, value: Value)] = []) { self.entries = entries }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ConfigCodingKey.self)
        entries = try container.allKeys.map { ($0.stringValue, try container.decode(Value.self, forKey: $0)) }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }
}
