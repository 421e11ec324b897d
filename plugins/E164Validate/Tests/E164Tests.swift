import Testing
import E164Validate

// Hand-written e164Cases. Expectations come from the PUBLIC NUMBERING PLANS named above each group (national
// regulators' plans as published, and ITU-T E.164 for the shape rules), not from the generated table.
// Each row gives the input, whether normalisation is on, and the expected outcome in structural and in
// strict mode. The rules (which error wins when several apply, what normalisation does) are in README.md.

private enum E164Outcome: Sendable, Equatable, CustomStringConvertible {
    /// Valid: the normalised +digits, and in strict mode the region (ISO 3166-1) and, when given, the type.
    case valid(String, region: String, type: E164NumberType? = nil)
    case invalid(E164ErrorKind)

    var description: String {
        switch self {
        case .valid(let e, let r, let t): "valid \(e) \(r) \(t.map { "\($0)" } ?? "")"
        case .invalid(let k): "invalid(\(k))"
        }
    }
}

private struct E164Case: Sendable, CustomTestStringConvertible {
    let input: String
    let normalise: Bool
    let structural: E164Outcome
    let strict: E164Outcome
    var testDescription: String { "\(input.debugDescription)\(normalise ? "" : " (raw)")" }
}

private extension E164Case {
    /// Valid in both modes.
    static func ok(_ input: String, _ e164: String, _ region: String, _ type: E164NumberType? = nil, normalise: Bool = true) -> E164Case {
        E164Case(input: input, normalise: normalise, structural: .valid(e164, region: region), strict: .valid(e164, region: region, type: type))
    }
    /// The same error in both modes.
    static func bad(_ input: String, _ kind: E164ErrorKind, normalise: Bool = true) -> E164Case {
        E164Case(input: input, normalise: normalise, structural: .invalid(kind), strict: .invalid(kind))
    }
    /// Right shape (structural passes) but not a number of the country's plan (strict fails).
    static func shapeOnly(_ input: String, _ e164: String, _ kind: E164ErrorKind) -> E164Case {
        E164Case(input: input, normalise: true, structural: .valid(e164, region: ""), strict: .invalid(kind))
    }
}

private let e164Cases: [E164Case] = [
    // Tanzania (+255) — TCRA National Numbering Plan: NSN 9 digits; mobile 6x/7x + 7 digits
    // (61, 62, 65-69, 71-78), fixed 2x (22 Dar es Salaam, 23-28 regions); trunk prefix 0 nationally.
    .ok("+255 712 345 678", "+255712345678", "TZ", .mobile),
    .ok("+255 754 123 456", "+255754123456", "TZ", .mobile),
    .ok("+255 688 123 456", "+255688123456", "TZ", .mobile),
    .ok("+255 621 234 567", "+255621234567", "TZ", .mobile),
    .ok("+255 22 211 1234", "+255222111234", "TZ", .fixedLine),
    .ok("255712345678", "+255712345678", "TZ", .mobile),
    .ok("00255 712 345 678", "+255712345678", "TZ", .mobile),
    .ok("+255712345678", "+255712345678", "TZ", .mobile, normalise: false),
    .bad("+255 0712 345 678", .trunkPrefix),
    .bad("+255 7123 4567", .tooShort),
    .shapeOnly("+255 7123 456 789", "+2557123456789", .tooLong),
    .shapeOnly("+255 512 345 678", "+255512345678", .invalidForCountry),
    .bad("0712 345 678", .missingPlus),
    .bad("255712345678", .missingPlus, normalise: false),
    .bad("+255 712 345 678", .notANumber, normalise: false),

    // Indonesia (+62) — Kominfo numbering plan: mobile 8xx (0811-0813/0821-0823/0852-0853 Telkomsel,
    // 0814-0816/0855-0858 Indosat, 0817-0819/0859/0877-0878 XL, 0895-0899 Tri), NSN 9-12 digits;
    // Jakarta fixed 21 + 7-8 digits.
    .ok("+62 812 3456 7890", "+6281234567890", "ID", .mobile),
    .ok("+62 857 1234 5678", "+6285712345678", "ID", .mobile),
    .ok("+62 899 1234 5678", "+6289912345678", "ID", .mobile),
    .ok("+62 811 234 567", "+62811234567", "ID", .mobile),
    .ok("+62 21 1234 5678", "+622112345678", "ID", .fixedLine),
    .ok("0062-812-3456-7890", "+6281234567890", "ID", .mobile),
    .bad("+62 0812 3456 7890", .trunkPrefix),
    .bad("+62 812 3456 7890 1234", .tooLong),

    // Brazil (+55) — Anatel numbering plan: NSN = 2-digit area code (11-99, no 0) + 8-digit fixed
    // (first digit 2-5) or 9-digit mobile (9 + 8 digits; the ninth digit was added to every mobile by 2016).
    .ok("+55 11 98765-4321", "+5511987654321", "BR", .mobile),
    .ok("+55 (21) 99876-5432", "+5521998765432", "BR", .mobile),
    .ok("+55 61 99123-4567", "+5561991234567", "BR", .mobile),
    .ok("+55 11 3456-7890", "+551134567890", "BR", .fixedLine),
    .ok("5511987654321", "+5511987654321", "BR", .mobile),
    .shapeOnly("+55 11 8765-4321", "+551187654321", .invalidForCountry),  // mobile without the ninth digit
    .shapeOnly("+55 61 9123-4567", "+556191234567", .invalidForCountry),  // idem
    .shapeOnly("+55 10 98765-4321", "+5510987654321", .invalidForCountry),  // no area code 10
    .shapeOnly("+55 11 1234-5678", "+551112345678", .invalidForCountry),  // fixed numbers don't start with 1
    .bad("+55 011 98765-4321", .trunkPrefix),

    // India (+91) — TRAI/DoT National Numbering Plan 2003: NSN 10 digits; mobile starts 6-9;
    // fixed = STD code + subscriber number, 10 digits in all (Delhi 11, Mumbai 22).
    .ok("+91 98765 43210", "+919876543210", "IN", .mobile),
    .ok("+91 70123 45678", "+917012345678", "IN", .mobile),
    .ok("+91 63012 34567", "+916301234567", "IN", .mobile),
    .ok("+91 11 2345 6789", "+911123456789", "IN", .fixedLine),
    .ok("+91 22 2345 6789", "+912223456789", "IN", .fixedLine),
    .bad("+91 098765 43210", .trunkPrefix),
    .shapeOnly("+91 98765 4321", "+91987654321", .invalidForCountry),  // mobile (9x) with 9 digits, not 10

    // United States / Canada / NANP (+1) — North American Numbering Plan: NPA-NXX-XXXX, NPA and NXX
    // start with 2-9; the NPA names the territory (604 British Columbia, 876 Jamaica); trunk prefix 1.
    .ok("+1 (202) 456-1111", "+12024561111", "US"),
    .ok("+1 212 736 5000", "+12127365000", "US"),
    .ok("1-415-555-2671", "+14155552671", "US"),
    .ok("+1 604 681 2345", "+16046812345", "CA"),
    .ok("+1 416 979 2345", "+14169792345", "CA"),
    .shapeOnly("+1 123 456 7890", "+11234567890", .invalidForCountry),  // NPA can't start with 1
    .shapeOnly("+1 212 123 4567", "+12121234567", .invalidForCountry),  // NXX can't start with 1
    .shapeOnly("+1 415 555 267", "+1415555267", .invalidForCountry),  // 9 digits: NANP numbers have 10
    .bad("+1 415 555", .tooShort),  // shorter than any NANP number, even the 7-digit Canadian 310-xxxx
    .shapeOnly("+1 1 415 555 2671", "+114155552671", .trunkPrefix),
    .shapeOnly("+1 415 555 26712", "+141555526712", .tooLong),

    // United Kingdom (+44) — Ofcom National Telephone Numbering Plan: NSN 10 digits for geographic
    // (01/02) and mobile (071-075, 077-079) numbers; 07700 900000-900999 is reserved for drama (not
    // in service); "+44 (0)" is the customary way to show the trunk 0.
    .ok("+44 7412 345678", "+447412345678", "GB", .mobile),
    .ok("+44 7911 123456", "+447911123456", "GG", .mobile),  // Crown Dependencies share +44: a Guernsey block
    .ok("+44 7400 123456", "+447400123456", "GB", .mobile),
    .ok("+44 20 7123 4567", "+442071234567", "GB", .fixedLine),
    .ok("+44 (0)20 7123 4567", "+442071234567", "GB", .fixedLine),
    .ok("+44 161 234 5678", "+441612345678", "GB", .fixedLine),
    .ok("0044 7412 345 678", "+447412345678", "GB", .mobile),
    .bad("+44 020 7123 4567", .trunkPrefix),
    .shapeOnly("+44 7700 900123", "+447700900123", .invalidForCountry),

    // Germany (+49) — BNetzA numbering plan: mobile 015x/016x/017x, 10-11 digit NSN; geographic
    // numbers = area code (30 Berlin, 89 Munich, 40 Hamburg) + subscriber number, variable length.
    .ok("+49 151 23456789", "+4915123456789", "DE", .mobile),
    .ok("+49 170 1234567", "+491701234567", "DE", .mobile),
    .ok("+49 30 12345678", "+493012345678", "DE", .fixedLine),
    .ok("+49 89 1234567", "+49891234567", "DE", .fixedLine),
    .ok("0049 40 123456", "+4940123456", "DE", .fixedLine),
    .bad("+49 030 12345678", .trunkPrefix),
    .bad("+49 151 2345 6789 0123", .tooLong),

    // Kenya (+254) — Communications Authority of Kenya numbering plan: NSN 9 digits; mobile 7xx and
    // 1xx (0110-0115 Safaricom, 0100-0102 Airtel); Nairobi fixed 20 + 7 digits.
    .ok("+254 712 345678", "+254712345678", "KE", .mobile),
    .ok("+254 722 123456", "+254722123456", "KE", .mobile),
    .ok("+254 110 123456", "+254110123456", "KE", .mobile),
    .ok("+254 20 2345678", "+254202345678", "KE", .fixedLine),
    .bad("+254 0712 345678", .trunkPrefix),
    .shapeOnly("+254 712 3456789", "+2547123456789", .invalidForCountry),  // 10 digits: mobiles have 9
    .shapeOnly("+254 712 34567890", "+25471234567890", .tooLong),  // longer than any Kenyan number

    // Nigeria (+234) — NCC National Numbering Plan: mobile 070x, 080x, 081x, 090x, 091x = NSN 10 digits;
    // Lagos fixed 1 + 7 digits.
    .ok("+234 803 123 4567", "+2348031234567", "NG", .mobile),
    .ok("+234 706 123 4567", "+2347061234567", "NG", .mobile),
    .ok("+234 909 123 4567", "+2349091234567", "NG", .mobile),
    .ok("+234 812 345 6789", "+2348123456789", "NG", .mobile),
    .bad("+234 0803 123 4567", .trunkPrefix),

    // France (+33) — ARCEP plan: NSN 9 digits; 6/7 mobile, 1-5 geographic (1 = Paris region).
    .ok("+33 6 12 34 56 78", "+33612345678", "FR", .mobile),
    .ok("+33 7 81 23 45 67", "+33781234567", "FR", .mobile),
    .ok("+33 1 42 68 53 00", "+33142685300", "FR", .fixedLine),
    .bad("+33 06 12 34 56 78", .trunkPrefix),
    .bad("+33 6 12 34 56", .tooShort),

    // Italy (+39) — AGCOM numbering plan: geographic numbers keep their leading 0 in international
    // format (02 Milan, 06 Rome); mobile 3xx, 9-10 digits.
    .ok("+39 02 1234 5678", "+390212345678", "IT", .fixedLine),
    .ok("+39 347 123 4567", "+393471234567", "IT", .mobile),
    .ok("+39 312 345 6789", "+393123456789", "IT", .mobile),

    // South Africa (+27) — ICASA numbering plan: NSN 9 digits; mobile 6x/7x/8x; 11 Johannesburg, 21 Cape Town.
    .ok("+27 82 123 4567", "+27821234567", "ZA", .mobile),
    .ok("+27 21 123 4567", "+27211234567", "ZA", .fixedLine),
    .bad("+27 082 123 4567", .trunkPrefix),

    // Russia / Kazakhstan (+7) — Rossvyaz plan: NSN 10 digits, mobile 9xx; trunk prefix 8 nationally.
    // Kazakhstan shares +7 with the 6xx/7xx ranges (mobile 70x/77x).
    .ok("+7 912 345 67 89", "+79123456789", "RU", .mobile),
    .ok("+7 495 123 45 67", "+74951234567", "RU", .fixedLine),
    .ok("+7 701 123 4567", "+77011234567", "KZ", .mobile),
    .shapeOnly("+7 8 912 345 6789", "+789123456789", .trunkPrefix),

    // China (+86) — MIIT plan: mobile 1[3-9]x + 8 digits (NSN 11); Beijing fixed 10 + 8 digits.
    .ok("+86 138 0013 8000", "+8613800138000", "CN", .mobile),
    .ok("+86 10 6552 9988", "+861065529988", "CN", .fixedLine),
    .bad("+86 0138 0013 8000", .trunkPrefix),

    // Pakistan (+92) — PTA plan: mobile 3xx + 7 digits (NSN 10).
    .ok("+92 300 1234567", "+923001234567", "PK", .mobile),
    .bad("+92 0300 1234567", .trunkPrefix),

    // Egypt (+20) — NTRA plan: mobile 10/11/12/15 + 8 digits (NSN 10); Cairo fixed 2 + 8 digits.
    .ok("+20 100 123 4567", "+201001234567", "EG", .mobile),
    .ok("+20 2 2345 6789", "+20223456789", "EG", .fixedLine),

    // Ghana (+233), Uganda (+256) — NCA / UCC plans: NSN 9 digits, mobile 2x/5x (Ghana), 7x (Uganda).
    .ok("+233 24 123 4567", "+233241234567", "GH", .mobile),
    .ok("+256 772 123456", "+256772123456", "UG", .mobile),

    // Australia (+61) — ACMA plan: NSN 9 digits, mobile 4xx; Spain (+34) — CNMC plan: NSN 9 digits,
    // mobile 6xx/7xx, Madrid fixed 91; Netherlands (+31) — ACM plan: mobile 6 + 8 digits.
    .ok("+61 412 345 678", "+61412345678", "AU", .mobile),
    .bad("+61 0412 345 678", .trunkPrefix),
    .ok("+34 612 345 678", "+34612345678", "ES", .mobile),
    .ok("+34 91 123 45 67", "+34911234567", "ES", .fixedLine),
    .ok("+31 6 12345678", "+31612345678", "NL", .mobile),

    // Philippines (+63) — NTC plan: mobile 9xx + 7 digits (NSN 10).
    .ok("+63 917 123 4567", "+639171234567", "PH", .mobile),

    // International services (ITU-T E.169.1 UIFN): +800 + 8 digits.
    .ok("+800 1234 5678", "+80012345678", "001", .tollFree),

    // ITU-T E.164 assignments: codes that are spare / not assigned.
    .bad("+999 123 4567", .unknownCountryCode),
    .bad("+425 123 4567", .unknownCountryCode),
    .bad("+28 123 4567 890", .unknownCountryCode),
    .bad("+801 234 5678", .unknownCountryCode),
    .bad("+0 123 456 789", .unknownCountryCode),

    // Shape and normalisation (ITU-T E.164 / E.123 written forms).
    .bad("", .empty),
    .bad("   ", .empty),
    .bad("+", .notANumber),
    .bad("+44 abc 123", .notANumber),
    .bad("++447911123456", .notANumber),
    .bad("44+7911123456", .notANumber),
    .bad("tel:+447911123456", .notANumber),
    .bad("+44 7911 123456 ext. 12", .notANumber),
    .bad("+447911123456 ", .notANumber, normalise: false),
    .bad("00447911123456", .missingPlus, normalise: false),
    .bad("+1234567890123456", .tooLong),
    .ok("\u{00A0}+44\u{00A0}7412\u{2009}345678 ", "+447412345678", "GB", .mobile),
    .ok("+44\u{2013}7412\u{2013}345678", "+447412345678", "GB", .mobile),
    .ok("+44.7412.345.678", "+447412345678", "GB", .mobile),
    .ok("+44 / 7412 / 345678", "+447412345678", "GB", .mobile),
]

@Test func tableIsLargeAndCoversManyCountries() {
    #expect(e164Cases.count >= 90)
    var codes = Set<String>()
    for c in e164Cases {
        if case .valid(_, let region, _) = c.strict { codes.insert(region) }
    }
    #expect(codes.count >= 15)
    for required in ["TZ", "ID", "BR", "IN", "US", "GB", "DE", "KE", "NG"] {
        #expect(codes.contains(required), "\(required) missing")
    }
}

@Test(arguments: e164Cases)
private func structuralMode(_ c: E164Case) {
    runCase(c, mode: .structural, expected: c.structural)
}

@Test(arguments: e164Cases)
private func strictMode(_ c: E164Case) {
    runCase(c, mode: .strict, expected: c.strict)
}

private func runCase(_ c: E164Case, mode: E164Mode, expected: E164Outcome) {
    let result = E164.check(c.input, mode: mode, normalise: c.normalise)
    switch (expected, result) {
    case (.valid(let e164, let region, let type), .success(let n)):
        #expect(n.e164 == e164)
        #expect(E164.validate(c.input, mode: mode, normalise: c.normalise) == .success(e164))
        #expect("+\(n.countryCode)\(n.nationalNumber)" == e164)
        if mode == .strict {
            #expect(n.region == region)
            if let type {
                // where a plan can't tell fixed from mobile (NANP, ...), libphonenumber says fixedLineOrMobile
                let either = (type == .mobile || type == .fixedLine) && n.type == .fixedLineOrMobile
                #expect(n.type == type || either)
            }
            #expect(n.type != nil)
        } else {
            #expect(n.region == nil)
            #expect(n.type == nil)
        }
    case (.invalid(let kind), .failure(let error)):
        #expect(error.kind == kind, "\(error)")
    case (_, .success(let n)):
        Issue.record("\(mode): expected \(expected), got \(n.e164) \(n.region ?? "") \(n.type.map { "\($0)" } ?? "")")
    case (_, .failure(let error)):
        Issue.record("\(mode): expected \(expected), got \(error.kind): \(error)")
    }
}

@Test func errorDetails() {
    #expect(E164.check("+255 512 345 678", mode: .strict, normalise: true)
        == .failure(.invalidForCountry(region: "TZ", name: "Tanzania", countryCode: 255)))
    #expect(E164.check("+255 0712 345 678", mode: .structural, normalise: true)
        == .failure(.trunkPrefix(countryCode: 255, prefix: "0")))
    #expect(E164.check("+1 1 415 555 2671", mode: .strict, normalise: true)
        == .failure(.trunkPrefix(countryCode: 1, prefix: "1")))
    #expect(E164.check("+7 8 912 345 6789", mode: .strict, normalise: true)
        == .failure(.trunkPrefix(countryCode: 7, prefix: "8")))
    #expect(E164.check("+2557123", mode: .strict, normalise: true) == .failure(.tooShort(digits: 7, minimum: 12)))
    #expect(E164.check("+1234567890123456", mode: .structural, normalise: true)
        == .failure(.tooLong(digits: 16, maximum: 15)))
    #expect(E164.check("+999 1234", mode: .structural, normalise: true) == .failure(.unknownCountryCode("999")))
    #expect(E164.check("+44 abc", mode: .structural, normalise: true)
        == .failure(.notANumber("unexpected character 'a' at offset 4")))
    #expect(E164.check("+255 512 345 678", mode: .strict, normalise: true).failureDescription
        == "not a valid number for Tanzania (TZ, +255)")
}

@Test func brazilNinthDigitOptions() {
    let old = "+55 11 8765-4321"
    #expect(E164.validate(old, mode: .strict, normalise: true).failureKind == .invalidForCountry)
    #expect(E164.validate(old, mode: .strict, normalise: true, brazilNinthDigit: .accept) == .success("+551187654321"))
    #expect(E164.validate(old, mode: .strict, normalise: true, brazilNinthDigit: .insert) == .success("+5511987654321"))
    #expect(E164.validate("551187654321", mode: .strict, normalise: true, brazilNinthDigit: .insert) == .success("+5511987654321"))
    // a fixed line (first digit 2-5) never gets a 9
    #expect(E164.validate("+55 11 3456-7890", mode: .strict, normalise: true, brazilNinthDigit: .insert) == .success("+551134567890"))
    // a number that is not a mobile even with the 9 stays invalid
    #expect(E164.validate("+55 10 8765-4321", mode: .strict, normalise: true, brazilNinthDigit: .insert).failureKind == .invalidForCountry)
    // the option changes nothing outside Brazil or in structural mode
    #expect(E164.validate("+255 512 345 678", mode: .strict, normalise: true, brazilNinthDigit: .insert).failureKind == .invalidForCountry)
    #expect(E164.validate(old, mode: .structural, normalise: true, brazilNinthDigit: .insert) == .success("+551187654321"))
    let n = try? E164.check(old, mode: .strict, normalise: true, brazilNinthDigit: .insert).get()
    #expect(n?.nationalNumber == "11987654321")
    #expect(n?.type == .mobile)
}

@Test func metadataVersionIsPinned() {
    #expect(E164.metadataVersion == "9.0.43")
}

/// The generated conformance vectors: phonenumbers' own verdicts on example, random and mutated numbers.
@Test func conformanceWithLibphonenumber() {
    #expect(e164ConformanceVectors.count > 1000)
    var failures = 0
    for (cc, nsn, region, type) in e164ConformanceVectors {
        let total = String(cc).count + nsn.count
        let input = "+\(cc)\(nsn)"
        let result = E164.check(input, mode: .strict, normalise: false)
        if region.isEmpty {
            if case .success(let n) = result {
                failures += 1
                Issue.record("\(input): phonenumbers says invalid, engine says \(n.region ?? "") \(String(describing: n.type))")
            }
        } else if total > E164.maxDigits {
            // valid for libphonenumber but longer than E.164 allows: rejected by design
            #expect(result.failureKind == .tooLong, "\(input)")
        } else if nsn.first == "0" && result.failureKind == .trunkPrefix {
            // toll-free and similar ranges starting with 0 in countries whose fixed and mobile numbers
            // don't: the structural trunk-0 rule wins by design (see README)
            continue
        } else {
            switch result {
            case .success(let n):
                if n.region != region || n.type.map({ "\($0)" }) != type {
                    failures += 1
                    Issue.record("\(input): phonenumbers \(region) \(type), engine \(n.region ?? "") \(String(describing: n.type))")
                }
            case .failure(let e):
                failures += 1
                Issue.record("\(input): phonenumbers valid \(region) \(type), engine \(e)")
            }
        }
        if failures > 20 { break }
    }
}

private extension Result where Failure == E164Error {
    var failureKind: E164ErrorKind? {
        if case .failure(let e) = self { return e.kind }
        return nil
    }
    var failureDescription: String? {
        if case .failure(let e) = self { return e.description }
        return nil
    }
}
