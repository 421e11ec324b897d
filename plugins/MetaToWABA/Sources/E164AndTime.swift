// The two value conversions the WABA contract needs from Meta's raw fields: phone numbers to E.164 and
// Unix-seconds strings to ISO-8601 UTC. Both work on bytes, without Foundation, because they run for
// every event of every POST.

enum E164 {
    /// `+digits` for a number written as Meta writes it (`255712345678`), or as people write display
    /// numbers (`+255 700-000 000`, `(255) 700.000.000`, `00255...`). Nil when what remains is not 7 to 15
    /// digits starting with a non-zero country code. Per-country rules (a trunk `0` after the country
    /// code, lengths by country) need libphonenumber's tables and are not checked here.
    static func normalise(_ raw: String) -> String? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var sawPlus = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
            case UInt8(ascii: "+"):
                // Only as the very first significant character.
                guard !sawPlus, digits.isEmpty else { return nil }
                sawPlus = true
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), 0x09:
                continue
            default:
                return nil
            }
        }
        // International prefix `00` written instead of `+`.
        if !sawPlus, digits.count > 2, digits[0] == UInt8(ascii: "0"), digits[1] == UInt8(ascii: "0") {
            digits.removeFirst(2)
        }
        guard (7...15).contains(digits.count), digits[0] != UInt8(ascii: "0") else { return nil }
        var out = [UInt8(ascii: "+")]
        out.append(contentsOf: digits)
        return String(decoding: out, as: UTF8.self)
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
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func put(_ value: Int, width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var v = value
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(v / divisor))
                v %= divisor
                divisor /= 10
            }
        }
        put(Int(year), width: 4)
        out.append(UInt8(ascii: "-"))
        put(month, width: 2)
        out.append(UInt8(ascii: "-"))
        put(day, width: 2)
        out.append(UInt8(ascii: "T"))
        put(secondOfDay / 3600, width: 2)
        out.append(UInt8(ascii: ":"))
        put(secondOfDay / 60 % 60, width: 2)
        out.append(UInt8(ascii: ":"))
        put(secondOfDay % 60, width: 2)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
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
