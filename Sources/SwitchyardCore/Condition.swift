import SwitchyardPluginAPI

/// A sink's `when`: a small boolean expression over the message.
///
///     type == 'STATUS_WEBHOOK'
///     $meta.jid.kind != 'group' && (status == 'failed' || status == 'read')
///     messageType in ['IMAGE', 'VIDEO']
///     !is_from_me
///
/// Operands: body paths (`data.from`), `$meta.key`, `$header.Name`, `$id`, and literals ('text',
/// "text", numbers, true, false, null). Comparisons: == != < <= > >= and `in [...]`. A bare operand
/// is true when it exists and is not false, null, 0 or "".
public struct Condition: Sendable, CustomStringConvertible {
    indirect enum Node: Sendable {
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
        case compare(Operand, Comparison, Operand)
        case member(Operand, [Operand])
        case truthy(Operand)
    }
    enum Comparison: String, Sendable { case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=" }
    enum Operand: Sendable {
        case body(JSONPath)
        case meta(String)
        case header(String)
        case id
        case literal(JSONValue)
    }

    let root: Node
    public let text: String
    public var description: String { text }

    public init(parsing text: String) throws(ConfigError) {
        self.text = text
        var parser = Parser(tokens: try Self.tokenize(text), text: text)
        root = try parser.parseOr()
        if parser.index < parser.tokens.count {
            throw ConfigError("unexpected '\(parser.tokens[parser.index].text)' in condition '\(text)'")
        }
    }

    public func evaluate(_ message: Message) -> Bool {
        let body = try? message.readJSON()
        return Self.eval(root, message, body)
    }

    static func eval(_ node: Node, _ m: Message, _ body: JSONValue?) -> Bool {
        switch node {
        case .and(let a, let b): return eval(a, m, body) && eval(b, m, body)
        case .or(let a, let b): return eval(a, m, body) || eval(b, m, body)
        case .not(let a): return !eval(a, m, body)
        case .truthy(let o):
            guard let v = value(o, m, body) else { return false }
            switch v {
            case .null: return false
            case .bool(let b): return b
            case .string(let s): return !s.isEmpty
            case .number(let n): return n.doubleValue != 0
            default: return true
            }
        case .member(let o, let list):
            guard let v = value(o, m, body) else { return false }
            return list.contains { equal(v, value($0, m, body)) }
        case .compare(let l, let op, let r):
            let lv = value(l, m, body), rv = value(r, m, body)
            switch op {
            case .eq: return equal(lv, rv)
            case .ne: return !equal(lv, rv)
            default:
                guard let a = lv.flatMap(number), let b = rv.flatMap(number) else {
                    // Strings compare lexically (ISO timestamps sort this way).
                    guard let a = lv?.stringValue, let b = rv?.stringValue else { return false }
                    switch op {
                    case .lt: return a < b
                    case .le: return a <= b
                    case .gt: return a > b
                    default: return a >= b
                    }
                }
                switch op {
                case .lt: return a < b
                case .le: return a <= b
                case .gt: return a > b
                default: return a >= b
                }
            }
        }
    }

    static func number(_ v: JSONValue) -> Double? {
        if case .number(let n) = v { return n.doubleValue }
        return nil
    }

    /// Missing equals null; numbers compare by value; metadata strings equal numbers with the same text.
    static func equal(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        let a = a ?? .null, b = b ?? .null
        switch (a, b) {
        case (.number(let x), .number(let y)): return x.doubleValue == y.doubleValue
        case (.string(let s), .number(let n)), (.number(let n), .string(let s)): return s == n.text
        case (.string(let s), .bool(let v)), (.bool(let v), .string(let s)): return s == (v ? "true" : "false")
        default: return a == b
        }
    }

    static func value(_ o: Operand, _ m: Message, _ body: JSONValue?) -> JSONValue? {
        switch o {
        case .literal(let v): return v
        case .id: return .string(m.id)
        case .meta(let k): return m.metadataValue(k).map(JSONValue.string)
        case .header(let h):
            return (m.headers[h] ?? m.headers.first { $0.key.lowercased() == h.lowercased() }?.value).map(JSONValue.string)
        case .body(let p): return body.flatMap { p.lookup(in: $0) }
        }
    }

    // MARK: parsing

    struct Token {
        enum Kind { case word, string, number, symbol }
        let kind: Kind
        let text: String
    }

    static func tokenize(_ text: String) throws(ConfigError) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c == "'" || c == "\"" {
                var j = i + 1
                var s = ""
                while j < chars.count, chars[j] != c {
                    if chars[j] == "\\", j + 1 < chars.count { j += 1 }
                    s.append(chars[j])
                    j += 1
                }
                guard j < chars.count else { throw ConfigError("unterminated string in condition '\(text)'") }
                tokens.append(Token(kind: .string, text: s))
                i = j + 1
            } else if c.isNumber || (c == "-" && i + 1 < chars.count && chars[i + 1].isNumber) {
                var j = i + 1
                while j < chars.count, chars[j].isNumber || chars[j] == "." || chars[j] == "e" { j += 1 }
                tokens.append(Token(kind: .number, text: String(chars[i..<j])))
                i = j
            } else if c.isLetter || c == "_" || c == "$" {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_.$-[]".contains(chars[j]) {
                    if chars[j] == "-", j + 1 < chars.count, chars[j + 1] == " " { break }
                    j += 1
                }
                tokens.append(Token(kind: .word, text: String(chars[i..<j])))
                i = j
            } else {
                let two = i + 1 < chars.count ? String(chars[i...i + 1]) : ""
                if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
                    tokens.append(Token(kind: .symbol, text: two))
                    i += 2
                } else if "()<>![],".contains(c) {
                    tokens.append(Token(kind: .symbol, text: String(c)))
                    i += 1
                } else if c == "=" {
                    throw ConfigError("single '=' in condition '\(text)'", hint: "use == to compare")
                } else {
                    throw ConfigError("unexpected character '\(c)' in condition '\(text)'")
                }
            }
        }
        return tokens
    }

    struct Parser {
        let tokens: [Token]
        let text: String
        var index = 0

        var peek: Token? { index < tokens.count ? tokens[index] : nil }

        mutating func take(_ symbol: String) -> Bool {
            if let t = peek, (t.kind == .symbol || t.kind == .word), t.text == symbol {
                index += 1
                return true
            }
            return false
        }

        mutating func parseOr() throws(ConfigError) -> Node {
            var node = try parseAnd()
            while take("||") || take("or") { node = .or(node, try parseAnd()) }
            return node
        }

        mutating func parseAnd() throws(ConfigError) -> Node {
            var node = try parseUnary()
            while take("&&") || take("and") { node = .and(node, try parseUnary()) }
            return node
        }

        mutating func parseUnary() throws(ConfigError) -> Node {
            if take("!") || take("not") { return .not(try parseUnary()) }
            if take("(") {
                let node = try parseOr()
                guard take(")") else { throw ConfigError("missing ')' in condition '\(text)'") }
                return node
            }
            let left = try parseOperand()
            if let t = peek, t.kind == .symbol, let op = Comparison(rawValue: t.text) {
                index += 1
                return .compare(left, op, try parseOperand())
            }
            if take("in") {
                guard take("[") else { throw ConfigError("expected '[' after 'in' in condition '\(text)'") }
                var items: [Operand] = []
                if !take("]") {
                    repeat { items.append(try parseOperand()) } while take(",")
                    guard take("]") else { throw ConfigError("missing ']' in condition '\(text)'") }
                }
                return .member(left, items)
            }
            return .truthy(left)
        }

        mutating func parseOperand() throws(ConfigError) -> Operand {
            guard let t = peek else { throw ConfigError("condition '\(text)' ends too early") }
            index += 1
            switch t.kind {
            case .string: return .literal(.string(t.text))
            case .number:
                guard Double(t.text) != nil else { throw ConfigError("bad number '\(t.text)' in condition '\(text)'") }
                return .literal(.number(JSONNumber(unchecked: t.text)))
            case .symbol: throw ConfigError("unexpected '\(t.text)' in condition '\(text)'")
            case .word:
                switch t.text {
                case "true": return .literal(.bool(true))
                case "false": return .literal(.bool(false))
                case "null": return .literal(.null)
                case "$id": return .id
                default: break
                }
                if t.text.hasPrefix("$meta.") { return .meta(String(t.text.dropFirst(6))) }
                if t.text.hasPrefix("$header.") { return .header(String(t.text.dropFirst(8))) }
                if t.text.hasPrefix("$body.") { return .body(try path(String(t.text.dropFirst(6)))) }
                if t.text.hasPrefix("$") {
                    throw ConfigError("unknown '\(t.text)' in condition '\(text)'", hint: "use $meta.key, $header.Name, $body.path or $id")
                }
                return .body(try path(t.text))
            }
        }

        func path(_ p: String) throws(ConfigError) -> JSONPath {
            do { return try JSONPath(parsing: p) } catch { throw ConfigError("\(error) in condition '\(text)'") }
        }
    }
}
