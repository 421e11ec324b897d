import SwitchyardPluginAPI
import Testing
@testable import MetaToWABA

@Suite struct E164Tests {
    @Test(arguments: [
        ("255712345678", "+255712345678"),
        ("+255712345678", "+255712345678"),
        ("+255 700-000 000", "+255700000000"),
        ("1 (650) 555.1111", "+16505551111"),
        ("00255712345678", "+255712345678"),
        ("15551234567", "+15551234567"),
    ])
    func normalisesDisplayAndWhatsAppNumbers(raw: String, expected: String) {
        #expect(PhoneNumber.e164(raw) == expected)
    }

    @Test(arguments: ["", "+", "12345", "1234567890123456", "0712345678", "255 71a 345", "25571+2345678", "++255712345678",
                      "US.13491208655302741918"])
    func refusesWhatCannotBeANumber(raw: String) {
        #expect(PhoneNumber.e164(raw) == nil)
    }
}

@Suite struct ISOTimestampTests {
    @Test(arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1775991600", "2026-04-12T11:00:00Z"),
        ("1666874000", "2022-10-27T12:33:20Z"),
        ("951782400", "2000-02-29T00:00:00Z"),
        ("4107542399", "2100-02-28T23:59:59Z"),
        ("253402300799", "9999-12-31T23:59:59Z"),
    ])
    func formatsUnixSecondsAsUTC(raw: String, expected: String) {
        #expect(ISOTimestamp.fromUnixSeconds(raw) == expected)
    }

    @Test(arguments: ["", "-1", "1.5", "1666874000000000", "abc", "253402300800"])
    func refusesWhatIsNotUnixSeconds(raw: String) {
        #expect(ISOTimestamp.fromUnixSeconds(raw) == nil)
    }
}
