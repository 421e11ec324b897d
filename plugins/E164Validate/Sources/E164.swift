// E.164 validation engine: pure Swift standard library, no Foundation, no regex at run time.
//
// `structural`: '+', an assigned country calling code, 15 digits at most in all, no trunk 0 right after the
// country code (unless the country's own numbers start with 0, as in Italy), and at least the shortest
// national number length the country uses.
// `strict`: the structural rules, then libphonenumber's per-region validity (possible lengths + the
// national-number patterns of every number type), compiled by generator/generate_table.py into the
// automata of E164Table.generated.swift.
// The rules are spelled out in ../README.md.

/// How much an E.164 number is checked.
public enum E164Mode: String, Sendable, CaseIterable {
    /// Shape only: '+', known country calling code, length bounds, no trunk 0.
    case structural
    /// Shape plus the per-country rules of libphonenumber's metadata.
    case strict
}

/// What strict mode does with a Brazilian mobile number written without its ninth digit (the leading 9
/// added to every Brazilian mobile number by 2016; many WhatsApp ids of older accounts still lack it, e.g.
/// `551187654321` for today's `+55 11 98765-4321`).
public enum E164BrazilNinthDigit: String, Sendable, CaseIterable {
    /// Current numbering plan: such a number is invalid for Brazil (the default).
    case require
    /// Accept it as written when adding the 9 gives a valid mobile number.
    case accept
    /// Accept it and return it with the 9 added (the number as dialled today).
    case insert
}

/// The kind of number, as libphonenumber classifies it (strict mode only).
public enum E164NumberType: String, Sendable, CaseIterable {
    case fixedLine, mobile, fixedLineOrMobile, tollFree, premiumRate, sharedCost, voip, personalNumber,
        pager, uan, voicemail
}

/// A validated number.
public struct E164Number: Equatable, Sendable, CustomStringConvertible {
    /// `+` followed by the digits, e.g. `+255712345678`.
    public let e164: String
    /// The country calling code, e.g. 255.
    public let countryCode: Int
    /// Strict mode: the region the number belongs to (ISO 3166-1 alpha-2, or "001" for international
    /// services such as +800). Structural mode: nil.
    public let region: String?
    /// Strict mode: the kind of number. Structural mode: nil.
    public let type: E164NumberType?
    let countryCodeLength: Int

    /// The national significant number (the digits after the country code).
    public var nationalNumber: String { String(e164.utf8.dropFirst(1 + countryCodeLength))! }

    public init(e164: String, countryCode: Int, region: String?, type: E164NumberType?) {
        self.e164 = e164
        self.countryCode = countryCode
        self.region = region
        self.type = type
        self.countryCodeLength = countryCode < 10 ? 1 : (countryCode < 100 ? 2 : 3)
    }

    public var description: String { e164 }
}

/// Why a string is not a valid E.164 number. `description` gives a human sentence.
public enum E164Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but blanks.
    case empty
    /// A character that has no place in a phone number (the detail says which and where).
    case notANumber(String)
    /// No leading '+' (and, with normalisation, no `00` prefix and not bare international digits either).
    case missingPlus
    /// The digits after '+' do not start with an assigned country calling code (up to 3 digits shown).
    case unknownCountryCode(String)
    /// A national trunk prefix (`0`, or the country's own such as `1` for +1 or `8` for +7) was kept after
    /// the country code, as in `+255 0712 345 678`.
    case trunkPrefix(countryCode: Int, prefix: String)
    /// Fewer digits (country code included) than the country's shortest numbers.
    case tooShort(digits: Int, minimum: Int)
    /// More digits (country code included) than E.164's 15 or than the country's longest numbers.
    case tooLong(digits: Int, maximum: Int)
    /// Right shape, but not a number of the region's numbering plan (region code, English name, code).
    case invalidForCountry(region: String, name: String, countryCode: Int)

    /// The case without its details, handy for tables and metrics labels.
    public var kind: E164ErrorKind {
        switch self {
        case .empty: .empty
        case .notANumber: .notANumber
        case .missingPlus: .missingPlus
        case .unknownCountryCode: .unknownCountryCode
        case .trunkPrefix: .trunkPrefix
        case .tooShort: .tooShort
        case .tooLong: .tooLong
        case .invalidForCountry: .invalidForCountry
        }
    }

    public var description: String {
        switch self {
        case .empty:
            return "empty phone number"
        case .notANumber(let detail):
            return "not a phone number: \(detail)"
        case .missingPlus:
            return "missing '+' and country code (national or unprefixed format)"
        case .unknownCountryCode(let digits):
            return "unknown country calling code: no code is assigned at +\(digits)"
        case .trunkPrefix(let cc, let prefix):
            return "trunk prefix '\(prefix)' after the country code +\(cc): drop it in international format"
        case .tooShort(let digits, let minimum):
            return "too short: \(digits) digits, at least \(minimum) expected"
        case .tooLong(let digits, let maximum):
            return "too long: \(digits) digits, at most \(maximum) allowed"
        case .invalidForCountry(let region, let name, let cc):
            return "not a valid number for \(name) (\(region), +\(cc))"
        }
    }
}

/// The cases of `E164Error` without their payloads.
public enum E164ErrorKind: String, Sendable, CaseIterable {
    case empty, notANumber, missingPlus, unknownCountryCode, trunkPrefix, tooShort, tooLong, invalidForCountry
}

/// E.164 validation. A namespace; nothing to instantiate.
public enum E164 {
    /// The phonenumbers (libphonenumber metadata) version the strict rules were generated from.
    public static var metadataVersion: String { E164Table.phonenumbersVersion }

    /// E.164 allows 15 digits at most, country code included.
    public static let maxDigits = 15

    /// Validates `raw` and returns the normalised `+digits` form, or why it is not valid.
    ///
    /// - Parameter normalise: when true, blanks, `-`, `.`, `/`, parentheses (and their common Unicode
    ///   variants) are dropped, a `(0)` after the country code is dropped, a leading `00` becomes `+`, and
    ///   bare digits not starting with 0 (WhatsApp ids) get a `+`. When false the input must already be
    ///   exactly `+` followed by digits.
    /// - Parameter brazilNinthDigit: strict mode's handling of Brazilian mobiles without the ninth digit.
    @inlinable
    public static func validate(
        _ raw: String, mode: E164Mode, normalise: Bool, brazilNinthDigit: E164BrazilNinthDigit = .require
    ) -> Result<String, E164Error> {
        check(raw, mode: mode, normalise: normalise, brazilNinthDigit: brazilNinthDigit).map(\.e164)
    }

    /// Like `validate`, returning the parts of the number (and, in strict mode, its region and type).
    public static func check(
        _ raw: String, mode: E164Mode, normalise: Bool, brazilNinthDigit: E164BrazilNinthDigit = .require
    ) -> Result<E164Number, E164Error> {
        var text = raw
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digitCapacity) { buffer in
                checkBytes(bytes, digits: buffer, mode: mode, normalise: normalise, brazil: brazilNinthDigit)
            }
        }
    }

    /// Digits kept while scanning; anything longer is too long anyway (only the count goes on).
    static let digitCapacity = 24

    // MARK: - Scanning

    private static func checkBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, digits: UnsafeMutableBufferPointer<UInt8>,
        mode: E164Mode, normalise: Bool, brazil: E164BrazilNinthDigit
    ) -> Result<E164Number, E164Error> {
        var count = 0          // digits seen (only the first digitCapacity are stored)
        var plus = false
        var significant = false  // saw a digit or '+'
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b &- 0x30 < 10 {
                if count < digits.count { digits[count] = b &- 0x30 }
                count += 1
                significant = true
                i += 1
                continue
            }
            if b == 0x2B {  // '+'
                if significant {
                    return .failure(.notANumber(plus ? "more than one '+'" : "'+' after digits, at offset \(i)"))
                }
                plus = true
                significant = true
                i += 1
                continue
            }
            guard normalise else {
                if count == 0 && !plus && isBlank(b) && allBlank(bytes) { return .failure(.empty) }
                return .failure(.notANumber(unexpected(bytes, at: i, normalise: false)))
            }
            // "(0)" after the country code: the optional trunk prefix of UK/European formatting.
            if b == 0x28, i + 2 < n, bytes[i + 1] == 0x30, bytes[i + 2] == 0x29, count > 0 {
                i += 3
                continue
            }
            let skip = separatorLength(bytes, at: i)
            if skip == 0 {
                return .failure(.notANumber(unexpected(bytes, at: i, normalise: true)))
            }
            i += skip
        }
        if count == 0 {
            if !significant { return .failure(bytes.isEmpty || allBlankOrSeparators(bytes) ? .empty : .notANumber("no digits")) }
            return .failure(.notANumber("no digits after '+'"))
        }
        var start = 0
        if !plus {
            guard normalise else { return .failure(.missingPlus) }
            if count >= 2 && digits[0] == 0 && digits[1] == 0 {
                start = 2  // international prefix 00
                if count == 2 { return .failure(.notANumber("no digits after the 00 prefix")) }
            } else if digits[0] == 0 {
                return .failure(.missingPlus)  // national format such as 0712 345 678
            }
            // else: bare international digits (a WhatsApp id): the '+' is implied
        }
        return classify(UnsafeMutableBufferPointer(rebasing: digits[start...]), count: count - start, mode: mode,
                        brazil: brazil)
    }

    @inline(__always)
    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    private static func allBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isBlank)
    }

    private static func allBlankOrSeparators(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard isBlank(b) || b == 0xC2 || b == 0xE2 else { return false }
            let skip = separatorLength(bytes, at: i)
            guard skip > 0, isBlank(b) || skip > 1 else { return false }
            i += skip
        }
        return true
    }

    /// Length in bytes of the separator at `i`, 0 when the byte does not start one.
    /// ASCII: blanks, '-', '.', '/', '(', ')'. UTF-8: NO-BREAK SPACE, FIGURE/THIN/HAIR/NARROW NO-BREAK SPACE,
    /// the hyphens and dashes U+2010...U+2015 and MINUS SIGN U+2212.
    @inline(__always)
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        switch b {
        case 0x20, 0x09...0x0D, 0x2D, 0x2E, 0x2F, 0x28, 0x29:
            return 1
        case 0xC2:
            return i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.count else { return 0 }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 && (b2 == 0x87 || b2 == 0x89 || b2 == 0x8A || b2 == 0xAF || (b2 >= 0x90 && b2 <= 0x95)) {
                return 3
            }
            if b1 == 0x88 && b2 == 0x92 { return 3 }
            return 0
        default:
            return 0
        }
    }

    private static func unexpected(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, normalise: Bool) -> String {
        // Decode the whole scalar for the message (cold path).
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let ch = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
        let shown = ch == " " ? "' ' (space)" : "'\(ch)'"
        return normalise
            ? "unexpected character \(shown) at offset \(i)"
            : "unexpected character \(shown) at offset \(i) (only '+' and digits without normalisation)"
    }

    // MARK: - Rules

    private static func classify(
        _ digits: UnsafeMutableBufferPointer<UInt8>, count: Int, mode: E164Mode, brazil: E164BrazilNinthDigit
    ) -> Result<E164Number, E164Error> {
        // Country calling code: E.164 codes form a prefix-free set of 1 to 3 digits.
        var ccIndex = -1
        var ccLength = 0
        var value = 0
        let table = E164Table.countryIndex
        for len in 1...3 where len <= count {
            value = value * 10 + Int(digits[len - 1])
            let slot = len == 1 ? value : (len == 2 ? 10 + value : 110 + value)
            let idx = Int(table[slot])
            if idx >= 0 {
                ccIndex = idx
                ccLength = len
                break
            }
        }
        guard ccIndex >= 0 else {
            var shown = ""
            for k in 0..<min(3, count) { shown.append(Character(Unicode.Scalar(digits[k] + 0x30))) }
            return .failure(.unknownCountryCode(shown))
        }
        let country = E164Table.countries[ccIndex]
        let cc = Int(country.countryCode)
        let nsnStart = ccLength
        let nsnLength = count - ccLength

        // Trunk 0 right after the country code, where national numbers never start with 0.
        if nsnLength > 0 && digits[nsnStart] == 0 && !country.leadingZeroPossible {
            return .failure(.trunkPrefix(countryCode: cc, prefix: "0"))
        }
        if count > maxDigits {
            return .failure(.tooLong(digits: count, maximum: maxDigits))
        }
        let minimum = ccLength + Int(country.minNSN)
        if count < minimum {
            return .failure(.tooShort(digits: count, minimum: minimum))
        }
        let stored = min(count, digits.count)
        let nsn = UnsafeBufferPointer(rebasing: digits[nsnStart..<stored])

        var region: E164RegionRule? = nil
        var type: E164NumberType? = nil
        var count = count
        if mode == .strict {
            switch strictCheck(nsn, country: country) {
            case .valid(let r, let t):
                region = r
                type = t
            case .invalid(let chosen):
                guard brazil != .require, cc == 55, let r = brazilWithNinthDigit(nsn, country: country) else {
                    return .failure(strictFailure(nsn, country: country, chosen: chosen, ccLength: ccLength, total: count))
                }
                region = r
                type = .mobile
                if brazil == .insert {
                    // 55 AA NNNN NNNN -> 55 AA 9 NNNN NNNN
                    var k = count
                    while k > ccLength + 2 { digits[k] = digits[k - 1]; k -= 1 }
                    digits[ccLength + 2] = 9
                    count += 1
                }
            }
        }
        let e164 = String(unsafeUninitializedCapacity: count + 1) { out in
            out[0] = 0x2B
            for k in 0..<count { out[k + 1] = digits[k] &+ 0x30 }
            return count + 1
        }
        return .success(E164Number(e164: e164, countryCode: cc, region: region?.code, type: type))
    }

    /// A Brazilian `AA NNNN NNNN` (area code + 8 digits starting 6-9) that becomes a valid mobile number
    /// when the ninth digit is added: `AA 9 NNNN NNNN`.
    private static func brazilWithNinthDigit(
        _ nsn: UnsafeBufferPointer<UInt8>, country: E164CountryRule
    ) -> E164RegionRule? {
        guard nsn.count == 10, nsn[2] >= 6 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { b -> E164RegionRule? in
            b[0] = nsn[0]
            b[1] = nsn[1]
            b[2] = 9
            for k in 2..<10 { b[k + 1] = nsn[k] }
            if case .valid(let r, .mobile) = strictCheck(UnsafeBufferPointer(b), country: country) { return r }
            return nil
        }
    }

    private enum StrictOutcome {
        case valid(E164RegionRule, E164NumberType)
        case invalid(chosen: E164RegionRule?)
    }

    /// libphonenumber's is_valid_number: choose the region among those sharing the code (leading digits
    /// first, else the first region the number is valid for), then test validity for that region.
    private static func strictCheck(_ nsn: UnsafeBufferPointer<UInt8>, country: E164CountryRule) -> StrictOutcome {
        let regions = E164Table.regions
        let first = Int(country.firstRegion)
        for r in first..<(first + Int(country.regionCount)) {
            let rule = regions[r]
            if rule.leadingStart >= 0 {
                if E164Automata.run(nsn, from: rule.leadingStart) != 0 {
                    let label = E164Automata.run(nsn, from: rule.start)
                    guard let t = numberType(label, rule) else { return .invalid(chosen: rule) }
                    return .valid(rule, t)
                }
            } else {
                let label = E164Automata.run(nsn, from: rule.start)
                if let t = numberType(label, rule) { return .valid(rule, t) }
            }
        }
        return .invalid(chosen: nil)
    }

    /// Bit numbers follow generate_table.py's TYPES list (libphonenumber's test order).
    private static func numberType(_ label: UInt16, _ rule: E164RegionRule) -> E164NumberType? {
        if label == 0 { return nil }
        if label & 0xFF != 0 {
            switch label.trailingZeroBitCount {
            case 0: return .premiumRate
            case 1: return .tollFree
            case 2: return .sharedCost
            case 3: return .voip
            case 4: return .personalNumber
            case 5: return .pager
            case 6: return .uan
            default: return .voicemail
            }
        }
        let fixed = label & (1 << 8) != 0, mobile = label & (1 << 9) != 0
        if fixed { return rule.sameMobileAndFixed || mobile ? .fixedLineOrMobile : .fixedLine }
        if mobile && !rule.sameMobileAndFixed { return .mobile }
        return nil
    }

    private static func strictFailure(
        _ nsn: UnsafeBufferPointer<UInt8>, country: E164CountryRule, chosen: E164RegionRule?,
        ccLength: Int, total: Int
    ) -> E164Error {
        let cc = Int(country.countryCode)
        let regions = E164Table.regions
        let main = regions[Int(country.firstRegion)]
        // A kept trunk prefix (other than the leading 0 already rejected) when dropping it gives a valid number.
        let first = Int(country.firstRegion)
        for r in first..<(first + Int(country.regionCount)) {
            let prefix = regions[r].nationalPrefix
            guard !prefix.isEmpty, prefix.utf8.count < nsn.count else { continue }
            var matches = true
            for (k, p) in prefix.utf8.enumerated() where nsn[k] != p &- 0x30 { matches = false; break }
            guard matches else { continue }
            let rest = UnsafeBufferPointer(rebasing: nsn[prefix.utf8.count...])
            if case .valid = strictCheck(rest, country: country) {
                return .trunkPrefix(countryCode: cc, prefix: prefix)
            }
        }
        // Lengths: the union over the regions sharing the code (minNSN was checked structurally).
        let maximum = ccLength + Int(country.maxNSN)
        if total > maximum { return .tooLong(digits: total, maximum: min(maximum, maxDigits)) }
        let region = chosen ?? main
        return .invalidForCountry(region: region.code, name: region.name, countryCode: cc)
    }
}

// MARK: - Table types and automata

/// One country calling code (generated rows).
struct E164CountryRule: Sendable {
    let countryCode: UInt16
    let firstRegion: UInt16
    let regionCount: UInt8
    /// Shortest and longest national significant numbers over its regions (libphonenumber possible lengths).
    let minNSN: UInt8
    let maxNSN: UInt8
    /// Some fixed-line or mobile number starts with 0 (so a 0 after the code is not a trunk prefix).
    let leadingZeroPossible: Bool

    init(countryCode: UInt16, firstRegion: UInt16, regionCount: UInt8, minNSN: UInt8, maxNSN: UInt8,
         leadingZeroPossible: Bool) {
        self.countryCode = countryCode
        self.firstRegion = firstRegion
        self.regionCount = regionCount
        self.minNSN = minNSN
        self.maxNSN = maxNSN
        self.leadingZeroPossible = leadingZeroPossible
    }
}

/// One region (generated rows).
struct E164RegionRule: Sendable {
    let code: String
    let name: String
    let countryCode: UInt16
    /// Start state of the validity automaton (labels = number-type bits).
    let start: Int32
    /// Start state of the leading-digits automaton, -1 when the region has none.
    let leadingStart: Int32
    /// Bit n set when n is a possible national number length.
    let lengthMask: UInt32
    let nationalPrefix: String
    let sameMobileAndFixed: Bool
}

/// The generated automata, decoded once (about 330 KB) on first use.
enum E164Automata {
    static let transitions: [UInt16] = decode(E164Table.transitionsText, count: E164Table.stateCount * 10)
    static let labels: [UInt16] = decode(E164Table.labelsText, count: E164Table.stateCount)

    /// Runs `digits` (values 0...9) from `start`; returns the label of the final state (0 = rejected).
    @inline(__always)
    static func run(_ digits: UnsafeBufferPointer<UInt8>, from start: Int32) -> UInt16 {
        transitions.withUnsafeBufferPointer { t in
            var s = Int(start)
            for d in digits {
                s = Int(t[s &* 10 &+ Int(d)])
                if s == 0 { return 0 }
            }
            return labels[s]
        }
    }

    private static func decode(_ text: StaticString, count: Int) -> [UInt16] {
        var out = [UInt16](repeating: 0, count: count)
        text.withUTF8Buffer { bytes in
            var value: UInt32 = 0
            var chars = 0
            var k = 0
            for b in bytes {
                let v: UInt32
                switch b {
                case 0x41...0x5A: v = UInt32(b - 0x41)
                case 0x61...0x7A: v = UInt32(b - 0x61 + 26)
                case 0x30...0x39: v = UInt32(b - 0x30 + 52)
                case 0x2B: v = 62
                case 0x2F: v = 63
                default: continue  // line breaks
                }
                value = value << 6 | v
                chars += 1
                if chars == 3 {
                    precondition(k < count, "E164Table: more automaton values than states")
                    out[k] = UInt16(truncatingIfNeeded: value)
                    k += 1
                    value = 0
                    chars = 0
                }
            }
            precondition(k == count, "E164Table: automaton table truncated")
        }
        return out
    }
}
