/// A path into a JSON value: `data.from`, `entry.0.changes`, `entry[0].id`.
/// A numeric segment indexes an array, or names a key of an object.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case key(String)
        case index(Int)
    }
    public let segments: [Segment]
    public let description: String

    public init(segments: [Segment]) {
        self.segments = segments
        self.description = segments.map {
            switch $0 {
            case .key(let k): return k
            case .index(let i): return String(i)
            }
        }.joined(separator: ".")
    }

    /// Parses `a.b.0.c` or `a.b[0].c`. Throws on empty segments.
    public init(parsing text: String) throws(JSONPathError) {
        var segments: [Segment] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            // a[0][1] → key a, index 0, index 1
            let name = rest.prefix { $0 != "[" }
            rest = rest.dropFirst(name.count)
            if name.isEmpty && rest.isEmpty { throw JSONPathError(path: text, reason: "empty segment") }
            if !name.isEmpty {
                if let i = Int(name), i >= 0 { segments.append(.index(i)) } else { segments.append(.key(String(name))) }
            }
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                    let i = Int(rest[rest.index(after: rest.startIndex)..<close]), i >= 0
                else { throw JSONPathError(path: text, reason: "bad index in '\(part)'") }
                segments.append(.index(i))
                rest = rest[rest.index(after: close)...]
            }
        }
        self.init(segments: segments)
    }

    public func lookup(in root: JSONValue) -> JSONValue? {
        var current = root
        for segment in segments {
            switch (segment, current) {
            case (.key(let k), .object(let o)):
                guard let v = o[k] else { return nil }
                current = v
            case (.index(let i), .array(let a)):
                guard i < a.count else { return nil }
                current = a[i]
            case (.index(let i), .object(let o)):
                guard let v = o[String(i)] else { return nil }
                current = v
            default:
                return nil
            }
        }
        return current
    }

    /// Sets (or with nil removes) the value at this path, creating intermediate objects as needed.
    /// An index past the end of an array appends when it is exactly the count, else does nothing.
    public func assign(_ value: JSONValue?, in root: inout JSONValue) {
        Self.assign(value, segments[...], in: &root)
    }

    private static func assign(_ value: JSONValue?, _ rest: ArraySlice<Segment>, in node: inout JSONValue) {
        guard let first = rest.first else {
            node = value ?? .null
            return
        }
        let tail = rest.dropFirst()
        switch (first, node) {
        case (.index(let i), .array(var a)):
            node = .null  // keep `a` uniquely referenced
            if i < a.count {
                if tail.isEmpty, value == nil { a.remove(at: i) } else { assign(value, tail, in: &a[i]) }
            } else if i == a.count, value != nil {
                var child = JSONValue.null
                assign(value, tail, in: &child)
                a.append(child)
            }
            node = .array(a)
        default:
            let key: String
            switch first {
            case .key(let k): key = k
            case .index(let i): key = String(i)
            }
            var o: JSONObject
            if case .object(let existing) = node { o = existing } else {
                if value == nil { return }
                o = JSONObject()
            }
            node = .null
            if tail.isEmpty {
                o[key] = value
            } else if var child = o[key] {
                o[key] = .null
                assign(value, tail, in: &child)
                o[key] = child
            } else if value != nil {
                var child = JSONValue.object(JSONObject())
                assign(value, tail, in: &child)
                o[key] = child
            }
            node = .object(o)
        }
    }
}

public struct JSONPathError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "invalid path '\(path)': \(reason)" }
}
