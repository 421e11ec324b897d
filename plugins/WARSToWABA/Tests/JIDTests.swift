import Testing
@testable import WARSToWABA

@Suite struct JIDTests {
    static let cases: [(String, JID?)] = [
        ("255712345678@s.whatsapp.net", .phone("+255712345678")),
        ("255712345678@c.us", .phone("+255712345678")),
        ("255712345678:12@s.whatsapp.net", .phone("+255712345678")),
        ("255712345678.0:3@s.whatsapp.net", .phone("+255712345678")),
        ("255712345678.1@c.us", .phone("+255712345678")),
        ("255712345678@S.WhatsApp.Net", .phone("+255712345678")),
        ("255712345678", .phone("+255712345678")),
        ("+255712345678", .phone("+255712345678")),
        ("123456789012345@lid", .lid("123456789012345")),
        ("123456789012345:4@lid", .lid("123456789012345")),
        ("12345.6789@lid", .lid("12345.6789")),
        ("123@hosted.lid", .lid("123")),
        ("120363025246125486@g.us", .group("120363025246125486")),
        ("255712345678-1612345678@g.us", .group("255712345678-1612345678")),
        ("status@broadcast", .feed("status@broadcast")),
        ("120363@newsletter", .feed("120363@newsletter")),
        ("1313555@bot", .other("1313555@bot")),
        ("a@b@c", nil),
        ("@s.whatsapp.net", nil),
        ("255712345678@", nil),
        ("abc@s.whatsapp.net", nil),
        ("0712345678@s.whatsapp.net", nil),
        ("255712345678:x@s.whatsapp.net", nil),
        ("hello", nil),
    ]

    @Test(arguments: cases)
    func jidForms(_ raw: String, _ expected: JID?) {
        let parsed = try? JID.parse(raw)
        #expect(parsed == expected, "\(raw)")
    }
}
