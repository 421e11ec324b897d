// The two value conversions the WABA contract needs from Meta's raw fields: phone numbers to E.164 and
// Unix-seconds strings to ISO-8601 UTC. Both work on bytes, without Foundation, because they run for
// every event of every POST.

enum E164 {
    /// `+digits` for a number written as Meta writes it (`255712345678`), or as people write display
    /// numbers (`+255 700-000 000`, `(255) 700.000.000`, `00255...`). Nil when what remains is not 7 to 15
    /// digits starting with a non-zero country code. Per-country rules (a trunk `0` after the country
    /// code, lengths by country) need libphonenumber's tables and are not checked here.
    static func normalise(_ raw: String) -> String? {
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

enum ISOTimestamp {
    /// Unix seconds (Meta sends them as a string; a JSON number is accepted too) → `2026-04-12T11:00:00Z`.
    /// Nil for anything that is not a whole number of seconds between 1970 and 9999.
    static func fromUnixSeconds(_ text: String) -> String? {
        guard let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 else { return nil }
        return format(seconds)
    }

    static func format(_ seconds: Int64) -> String {
        let days = seconds / 86_400
        let secondOfDay = Int(seconds % 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return String(unsafeUninitializedCapacity: 20) { out in
            var i = 0
            func put(_ value: Int, width: Int) {
                var v = value
                var position = i + width - 1
                while position >= i {
                    out[position] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                    position -= 1
                }
                i += width
            }
            func put(_ byte: Unicode.Scalar) {
                out[i] = UInt8(ascii: byte)
                i += 1
            }
            put(Int(year), width: 4)
            put("-")
            put(month, width: 2)
            put("-")
            put(day, width: 2)
            put("T")
            put(secondOfDay / 3600, width: 2)
            put(":")
            put(secondOfDay / 60 % 60, width: 2)
            put(":")
            put(secondOfDay % 60, width: 2)
            put("Z")
            return i
        }
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
