/// Writes compact JSON (no insignificant whitespace), keeping object member order.
/// Non-ASCII text is written as raw UTF-8; only `"`, `\` and control characters are escaped.
///
/// Two passes: the exact size first, then the bytes straight into an array of that size. Appending to a growing
/// array cost a capacity check and a call per run of bytes, about 150 ns per object member.
public enum JSONWriter {
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        let size = writtenSize(value)
        if size == 0 { return [] }  // only a number built with empty text
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var cursor = buffer.baseAddress!
            write(value, at: &cursor)
            count = cursor - buffer.baseAddress!
            precondition(count == size, "JSONWriter: \(count) bytes written, \(size) computed")
        }
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        out.append(contentsOf: bytes(value))
    }

    /// The number of bytes `bytes(value)` returns.
    static func writtenSize(_ value: JSONValue) -> Int {
        switch value {
        case .null, .bool(true): return 4
        case .bool(false): return 5
        case .number(let n): return n.text.utf8.count
        case .string(let s): return writtenSize(string: s)
        case .array(let a):
            var n = 2 + max(a.count - 1, 0)
            for v in a { n += writtenSize(v) }
            return n
        case .object(let o):
            var n = 2 + max(o.count - 1, 0) + o.count  // commas, colons
            for (k, v) in o { n += writtenSize(string: k) + writtenSize(v) }
            return n
        }
    }

    static func writtenSize(string s: String) -> Int {
        var s = s
        return s.withUTF8 { b in
            var n = b.count + 2
            var i = firstStringSpecial(in: b, from: 0)
            while i < b.count {
                switch b[i] {
                case 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x08, 0x0C: n += 1  // \" \\ \n \r \t \b \f
                default: n += 5  // \u00XX
                }
                i = firstStringSpecial(in: b, from: i + 1)
            }
            return n
        }
    }

    @inline(__always) static func put(_ byte: UInt8, at p: inout UnsafeMutablePointer<UInt8>) {
        p.initialize(to: byte)
        p += 1
    }

    @inline(__always) static func put(_ bytes: UnsafeBufferPointer<UInt8>, at p: inout UnsafeMutablePointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        p.initialize(from: base, count: bytes.count)
        p += bytes.count
    }

    @inline(__always) static func put(_ s: StaticString, at p: inout UnsafeMutablePointer<UInt8>) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount), at: &p)
    }

    static func write(_ value: JSONValue, at p: inout UnsafeMutablePointer<UInt8>) {
        switch value {
        case .null: put("null", at: &p)
        case .bool(let b): put(b ? "true" : "false", at: &p)
        case .number(let n):
            var text = n.text
            text.withUTF8 { put($0, at: &p) }
        case .string(let s): writeString(s, at: &p)
        case .array(let a):
            put(UInt8(ascii: "["), at: &p)
            for i in a.indices {
                if i > 0 { put(UInt8(ascii: ","), at: &p) }
                write(a[i], at: &p)
            }
            put(UInt8(ascii: "]"), at: &p)
        case .object(let o):
            put(UInt8(ascii: "{"), at: &p)
            let keys = o.keys
            let values = o.values
            for i in keys.indices {
                if i > 0 { put(UInt8(ascii: ","), at: &p) }
                writeString(keys[i], at: &p)
                put(UInt8(ascii: ":"), at: &p)
                write(values[i], at: &p)
            }
            put(UInt8(ascii: "}"), at: &p)
        }
    }

    private static let hex: StaticString = "0123456789abcdef"

    static func writeString(_ s: String, at p: inout UnsafeMutablePointer<UInt8>) {
        put(UInt8(ascii: "\""), at: &p)
        var s = s
        s.withUTF8 { buffer in
            var runStart = 0
            var i = firstStringSpecial(in: buffer, from: 0)
            while i < buffer.count {
                let b = buffer[i]
                put(UnsafeBufferPointer(rebasing: buffer[runStart..<i]), at: &p)
                runStart = i + 1
                put(UInt8(ascii: "\\"), at: &p)
                switch b {
                case 0x22: put(0x22, at: &p)
                case 0x5C: put(0x5C, at: &p)
                case 0x0A: put(UInt8(ascii: "n"), at: &p)
                case 0x0D: put(UInt8(ascii: "r"), at: &p)
                case 0x09: put(UInt8(ascii: "t"), at: &p)
                case 0x08: put(UInt8(ascii: "b"), at: &p)
                case 0x0C: put(UInt8(ascii: "f"), at: &p)
                default:
                    put("u00", at: &p)
                    put(hex.utf8Start[Int(b >> 4)], at: &p)
                    put(hex.utf8Start[Int(b & 0xF)], at: &p)
                }
                i = firstStringSpecial(in: buffer, from: i + 1)
            }
            put(UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]), at: &p)
        }
        put(UInt8(ascii: "\""), at: &p)
    }
}
