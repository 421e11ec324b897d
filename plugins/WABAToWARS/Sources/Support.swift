// Small helpers of the WABA ↔ WA-RS translation: phone numbers, times, a content hash.
// WARSToWABA carries its own copy (plugins depend only on the plugin API), so keep the two in step.
import SwitchyardPluginAPI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Phone {
    /// `+digits` for an E.164 number written with spaces, dashes, dots or parentheses, a leading `00`, or as
    /// bare digits (a WhatsApp id); nil when it cannot be one (no digits, too long, a leading 0, letters).
    static func e164(_ raw: String) -> String? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var sawPlus = false
        for b in raw.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(b)
            case UInt8(ascii: "+"):
                guard digits.isEmpty, !sawPlus else { return nil }
                sawPlus = true
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"):
                continue
            default: return nil
            }
        }
        if !sawPlus, digits.count > 2, digits[0] == UInt8(ascii: "0"), digits[1] == UInt8(ascii: "0") {
            digits.removeFirst(2)
        }
        // The shortest numbering plans have 7 digits with the country code (Niue, +683 xxxx); 15 is E.164's limit.
        guard (7...15).contains(digits.count), digits[0] != UInt8(ascii: "0") else { return nil }
        return "+" + String(decoding: digits, as: UTF8.self)
    }
}

enum WallClock {
    /// Wall-clock time in Unix milliseconds (shared with other replicas through the KV bucket, so not monotonic).
    static func unixMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }
}

/// ISO-8601 UTC times as the WABA contract writes them (`2026-04-12T11:00:00Z`), to and from Unix seconds.
enum ISOTime {
    static func format(unixSeconds t: Int64) -> String {
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        var out = [UInt8]()
        out.reserveCapacity(20)
        func two(_ v: Int64) {
            out.append(UInt8(ascii: "0") + UInt8(v / 10))
            out.append(UInt8(ascii: "0") + UInt8(v % 10))
        }
        let year = max(0, min(9999, y))
        two(year / 100); two(year % 100)
        out.append(UInt8(ascii: "-")); two(m)
        out.append(UInt8(ascii: "-")); two(d)
        out.append(UInt8(ascii: "T")); two(secs / 3600)
        out.append(UInt8(ascii: ":")); two(secs / 60 % 60)
        out.append(UInt8(ascii: ":")); two(secs % 60)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM|±HHMM]` (a space for the `T` too); no zone means UTC. Fractions are dropped.
    static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        guard b.count >= 19, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
            let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
            i += 1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            guard i > start else { return nil }
        }
        var offset: Int64 = 0
        if i < b.count {
            switch b[i] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                i += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign: Int64 = b[i] == UInt8(ascii: "-") ? -1 : 1
                guard let oh = num(i + 1, 2) else { return nil }
                var j = i + 3
                if j < b.count, b[j] == UInt8(ascii: ":") { j += 1 }
                guard let om = num(j, 2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
                i = j + 2
            default: return nil
            }
        }
        guard i == b.count else { return nil }
        return days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset
    }

    // Howard Hinnant's civil-date algorithms (proleptic Gregorian).
    static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A stable 128-bit id derived from bytes (the same input gives the same id in every process): two 64-bit lanes,
/// each folding in the input 8 bytes at a time with a 64×64→128-bit multiply (wyhash's "mum" mix), so a 600-byte
/// body hashes in about 0.2 µs. Not a cryptographic hash: inputs come from a trusted publisher.
enum ContentHash {
    @inline(__always) static func mum(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let (hi, lo) = x.multipliedFullWidth(by: y)
        return hi ^ lo
    }

    static func hex128(_ bytes: [UInt8]) -> String {
        let k0: UInt64 = 0xa076_1d64_78bd_642f, k1: UInt64 = 0xe703_7ed1_a0b4_28db
        let k2: UInt64 = 0x8ebc_6af0_9c88_c6e3, k3: UInt64 = 0x5899_65cc_7537_4cc3
        var a: UInt64 = 0x243f_6a88_85a3_08d3 ^ UInt64(bytes.count)
        var b: UInt64 = 0x1319_8a2e_0370_7344 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                a = mum(a ^ w ^ k0, k1)
                b = mum(b ^ w ^ k2, k3)
                i += 8
            }
            if i < raw.count {
                var w: UInt64 = 0
                for j in i..<raw.count { w |= UInt64(raw[j]) << (UInt64(j - i) * 8) }
                a = mum(a ^ w ^ k0, k1)
                b = mum(b ^ w ^ k2, k3)
            }
        }
        a = mum(a ^ k2, b ^ k1)
        b = mum(b ^ k0, a ^ k3)
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<16 {
            out[15 - i] = digits[Int((a >> (UInt64(i) * 4)) & 0xF)]
            out[31 - i] = digits[Int((b >> (UInt64(i) * 4)) & 0xF)]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension JSONObject {
    /// A member as a string; nil when absent, null or not a string.
    @inline(__always) func string(_ key: String) -> String? {
        if case .string(let s)? = self[key] { return s }
        return nil
    }
    /// A member as an object; nil when absent, null or not an object.
    @inline(__always) func object(_ key: String) -> JSONObject? {
        if case .object(let o)? = self[key] { return o }
        return nil
    }
}

/// A string member, or null when there is none: for optional output fields.
@inline(__always) func stringOrNull(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
