// Small helpers of the WABA → WA-RS translation: a content hash and JSON accessors (phone numbers and times:
// PhoneNumber, ISOTime, WallClock in the plugin API).
import SwitchyardPluginAPI


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
        // Written straight into the string: a digits array and an output array were two allocations per message.
        let digits = lowerHex.utf8Start
        return String(unsafeUninitializedCapacity: 32) { out in
            for i in 0..<16 {
                out[15 - i] = digits[Int((a >> (UInt64(i) * 4)) & 0xF)]
                out[31 - i] = digits[Int((b >> (UInt64(i) * 4)) & 0xF)]
            }
            return 32
        }
    }

    private static let lowerHex: StaticString = "0123456789abcdef"
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
