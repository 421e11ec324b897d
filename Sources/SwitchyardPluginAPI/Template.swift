/// A string with placeholders filled from a message: subjects, routing keys, URLs, dedup keys.
///
/// - `{session_id}`, `{data.from}`, `{entry.0.id}`: a field of the JSON body; when the body has no such
///   field, a metadata value of that name (so `{session}` finds what a step put in metadata);
/// - `{$meta.routing_key}`: metadata only; `{$body.path}`: body only; `{$header.Name}`: a header;
///   `{$id}`: the message id;
/// - `{field:-fallback}`: the fallback when the value is missing; it may hold placeholders itself
///   (`{request_id:-{$id}}`, `{a:-{b:-none}}`);
/// - `{{` and `}}` for literal braces.
/// A missing value with no fallback is a `TemplateError` the route handles by its `on_error`.
public struct Template: Sendable, Hashable, Decodable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case literal(String)
        case field(Reference, fallback: Template?)
    }
    enum Reference: Sendable, Hashable {
        case bodyOrMeta(JSONPath, String)
        case body(JSONPath)
        case meta(String)
        case header(String)
        case id
    }

    let parts: [Part]
    public let text: String

    public init(parsing text: String) throws(ConfigError) {
        self.text = text
        var parts: [Part] = []
        var literal = ""
        var chars = Substring(text)
        while let c = chars.first {
            chars.removeFirst()
            if c == "{" {
                if chars.first == "{" {
                    chars.removeFirst()
                    literal.append("{")
                    continue
                }
                // The matching brace: a fallback may nest placeholders (`{request_id:-{$id}}`).
                var depth = 0
                var closing: Substring.Index?
                for i in chars.indices {
                    if chars[i] == "{" {
                        depth += 1
                    } else if chars[i] == "}" {
                        if depth == 0 { closing = i; break }
                        depth -= 1
                    }
                }
                guard let close = closing else {
                    throw ConfigError("unclosed '{' in template '\(text)'", hint: "write {{ for a literal brace")
                }
                let inside = String(chars[..<close])
                chars = chars[chars.index(after: close)...]
                if !literal.isEmpty {
                    parts.append(.literal(literal))
                    literal = ""
                }
                parts.append(try Self.parsePlaceholder(inside, in: text))
            } else if c == "}" {
                if chars.first == "}" { chars.removeFirst() }
                literal.append("}")
            } else {
                literal.append(c)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch var e {
            e.keyPath = decoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            throw e
        }
    }

    private static func parsePlaceholder(_ inside: String, in text: String) throws(ConfigError) -> Part {
        var name = inside
        var fallback: Template?
        let chars = Array(inside)
        if let i = chars.indices.dropLast().first(where: { chars[$0] == ":" && chars[$0 + 1] == "-" }) {
            name = String(chars[..<i])
            fallback = try Template(parsing: String(chars[(i + 2)...]))
        }
        name = name.trimmingSpaces
        guard !name.isEmpty else { throw ConfigError("empty placeholder {} in template '\(text)'") }
        func path(_ p: String) throws(ConfigError) -> JSONPath {
            do { return try JSONPath(parsing: p) } catch { throw ConfigError("\(error) in template '\(text)'") }
        }
        let reference: Reference
        if name == "$id" {
            reference = .id
        } else if name.hasPrefix("$meta.") {
            reference = .meta(String(name.dropFirst(6)))
        } else if name.hasPrefix("$body.") {
            reference = .body(try path(String(name.dropFirst(6))))
        } else if name.hasPrefix("$header.") {
            reference = .header(String(name.dropFirst(8)))
        } else if name.hasPrefix("$") {
            throw ConfigError("unknown placeholder {\(name)} in template '\(text)'",
                              hint: "use {$meta.key}, {$body.path}, {$header.Name}, {$id} or a body field")
        } else {
            reference = .bodyOrMeta(try path(name), name)
        }
        return .field(reference, fallback: fallback)
    }

    /// True when the template has no placeholders (its text is the result for every message).
    public var isConstant: Bool { parts.allSatisfy { if case .literal = $0 { true } else { false } } }

    /// True when rendering may need the JSON body.
    public var readsBody: Bool {
        parts.contains {
            if case .field(let r, _) = $0 {
                switch r {
                case .body, .bodyOrMeta: return true
                default: return false
                }
            }
            return false
        }
    }

    public func render(_ message: Message) throws(TemplateError) -> String {
        if parts.count == 1, case .literal(let s) = parts[0] { return s }
        var body: JSONValue?
        var bodyError: JSONParseError?
        if readsBody {
            do { body = try message.readJSON() } catch { bodyError = error }
        }
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s):
                out += s
            case .field(let reference, let fallback):
                var value: String?
                switch reference {
                case .id: value = message.id
                case .meta(let k): value = message.metadataValue(k)
                case .header(let h): value = message.headers[h] ?? message.headers.first { $0.key.lowercased() == h.lowercased() }?.value
                case .body(let p): value = body.flatMap { p.lookup(in: $0) }.flatMap(Self.text)
                case .bodyOrMeta(let p, let name):
                    // Only values a source or step put in metadata: `{id}` must not silently become the message id.
                    value = body.flatMap { p.lookup(in: $0) }.flatMap(Self.text) ?? message.metadata[name]
                }
                if let value {
                    out += value
                } else if let fallback {
                    out += try fallback.render(message)
                } else {
                    var reason = "template '\(text)': no value for {\(Self.describe(reference))}"
                    if let bodyError { reason += " (body is not JSON: \(bodyError.reason))" }
                    throw TemplateError(reason: reason)
                }
            }
        }
        return out
    }

    /// Null and absent both count as missing.
    static func text(_ v: JSONValue) -> String? { v.isNull ? nil : v.textValue }

    static func describe(_ r: Reference) -> String {
        switch r {
        case .id: return "$id"
        case .meta(let k): return "$meta.\(k)"
        case .header(let h): return "$header.\(h)"
        case .body(let p): return "$body.\(p)"
        case .bodyOrMeta(_, let name): return name
        }
    }

    public var description: String { text }
}

public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
