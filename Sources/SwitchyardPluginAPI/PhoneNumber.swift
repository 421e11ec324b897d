// E.164 formatting shared by the translators: `+digits` from the ways contracts and people write a number.
// Validation against per-country rules is the `e164_validate` plugin's job.

public enum PhoneNumber {
    /// `+digits` for a number written as Meta writes it (`255712345678`), or as people write display
    /// numbers (`+255 700-000 000`, `(255) 700.000.000`, `00255...`). Nil when what remains is not 7 to 15
    /// digits starting with a non-zero country code. Per-country rules (a trunk `0` after the country
    /// code, lengths by country) need libphonenumber's tables and are not checked here.
    public static func e164(_ raw: String) -> String? {
        // On the stack: `+` and at most 17 digits (15, or `00` and 15); the result is a small string.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 18) { buffer -> String? in
            buffer[0] = UInt8(ascii: "+")
            var count = 1
            var sawPlus = false
            for byte in raw.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    guard count < 18 else { return nil }
                    buffer[count] = byte
                    count += 1
                case UInt8(ascii: "+"):
                    // Only as the very first significant character.
                    guard !sawPlus, count == 1 else { return nil }
                    sawPlus = true
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), 0x09:
                    continue
                default:
                    return nil
                }
            }
            var start = 1
            // International prefix `00` written instead of `+`.
            if !sawPlus, count > 3, buffer[1] == UInt8(ascii: "0"), buffer[2] == UInt8(ascii: "0") {
                start = 3
                buffer[2] = UInt8(ascii: "+")
            }
            let digits = count - start
            guard (7...15).contains(digits), buffer[start] != UInt8(ascii: "0") else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[(start - 1)..<count]), as: UTF8.self)
        }
    }
}
