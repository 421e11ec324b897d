// Small helpers of the WABA ↔ WA-RS translation: phone numbers (times: ISOTime and WallClock in the plugin API).
// WABAToWARS carries the same `Phone` (plugins depend only on the plugin API), so keep the two in step.
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
