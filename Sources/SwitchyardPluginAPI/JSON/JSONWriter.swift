/// Writes compact JSON (no insignificant whitespace), keeping object member order.
/// Non-ASCII text is written as raw UTF-8; only `"`, `\` and control characters are escaped.
public enum JSONWriter {
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        // Growing from a small guess cost two reallocations and copies per ~700-byte message.
        out.reserveCapacity(estimatedSize(value))
        write(value, into: &out)
        return out
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let n): out.append(contentsOf: n.text.utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for i in a.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(a[i], into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            let keys = o.keys
            let values = o.values
            for i in keys.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(keys[i], into: &out)
                out.append(UInt8(ascii: ":"))
                write(values[i], into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The written size when no string needs escaping (a little more room for those that do).
    static func estimatedSize(_ value: JSONValue) -> Int {
        switch value {
        case .null, .bool: return 5
        case .number(let n): return n.text.utf8.count
        case .string(let s): return s.utf8.count + 2 + 8
        case .array(let a):
            var n = 2 + a.count
            for v in a { n += estimatedSize(v) }
            return n
        case .object(let o):
            var n = 2
            for (k, v) in o { n += k.utf8.count + 4 + estimatedSize(v) }
            return n
        }
    }

    @inline(__always) static func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buffer in
            var runStart = 0
            var i = firstStringSpecial(in: buffer, from: 0)
            while i < buffer.count {
                let b = buffer[i]
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                runStart = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                i = firstStringSpecial(in: buffer, from: i + 1)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
