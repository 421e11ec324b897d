import Testing
import JIDNormalise

// Table-driven tests of JID.parse + JID.format. Each row: input, then either the expected result (kind,
// output for each target form, device/agent/domain) or the expected error. The rules are in README.md.

private enum JIDExpect: Sendable {
    /// A phone-number user: outputs are digits@s.whatsapp.net, digits@c.us, +digits, digits.
    case phone(String, device: Int? = nil, agent: Int? = nil, domain: Int? = nil)
    /// Any other kind: the same `user@server` whatever the target form.
    case other(JIDKind, String, device: Int? = nil, agent: Int? = nil, domain: Int? = nil)
    case failure(JIDError)
}

private struct JIDRow: Sendable, CustomTestStringConvertible {
    let input: String
    let expect: JIDExpect
    init(_ input: String, _ expect: JIDExpect) {
        self.input = input
        self.expect = expect
    }
    var testDescription: String { "\(input.debugDescription)" }
}

private let jidRows: [JIDRow] = [
    // --- phone users: @s.whatsapp.net, @c.us, bare digits, +E.164 ---
    JIDRow("447911123456@s.whatsapp.net", .phone("447911123456")),
    JIDRow("447911123456@c.us", .phone("447911123456")),
    JIDRow("447911123456", .phone("447911123456")),
    JIDRow("+447911123456", .phone("447911123456")),
    JIDRow("+44 7911 123456", .phone("447911123456")),
    JIDRow("+44-7911-123-456", .phone("447911123456")),
    JIDRow("+44.7911.123.456", .phone("447911123456")),
    JIDRow("+44 (7911) 123456", .phone("447911123456")),
    JIDRow("+44 (0)7911 123456", .phone("447911123456")),
    JIDRow("+1 (415) 555-2671", .phone("14155552671")),
    JIDRow("14155552671", .phone("14155552671")),
    JIDRow("1 415 555 2671", .phone("14155552671")),
    JIDRow("0044 7911 123456", .phone("447911123456")),
    JIDRow("00255712345678", .phone("255712345678")),
    JIDRow("  447911123456@s.whatsapp.net  ", .phone("447911123456")),
    JIDRow("\t+447911123456\n", .phone("447911123456")),
    JIDRow("447911123456@S.WHATSAPP.NET", .phone("447911123456")),
    JIDRow("447911123456@C.Us", .phone("447911123456")),
    JIDRow("255712345678@c.us", .phone("255712345678")),
    JIDRow("6281234567890@s.whatsapp.net", .phone("6281234567890")),
    JIDRow("5511987654321@s.whatsapp.net", .phone("5511987654321")),
    JIDRow("551187654321@s.whatsapp.net", .phone("551187654321")),
    JIDRow("2348031234567@c.us", .phone("2348031234567")),
    JIDRow("6831234", .phone("6831234")),
    JIDRow("123456789012345", .phone("123456789012345")),
    // device and agent suffixes are stripped from the user
    JIDRow("447911123456:12@s.whatsapp.net", .phone("447911123456", device: 12)),
    JIDRow("447911123456:0@s.whatsapp.net", .phone("447911123456", device: 0)),
    JIDRow("447911123456:255@s.whatsapp.net", .phone("447911123456", device: 255)),
    JIDRow("447911123456:007@c.us", .phone("447911123456", device: 7)),
    JIDRow("447911123456.1:5@s.whatsapp.net", .phone("447911123456", device: 5, agent: 1)),
    JIDRow("447911123456.0@c.us", .phone("447911123456", agent: 0)),
    JIDRow("919876543210:3@s.whatsapp.net", .phone("919876543210", device: 3)),
    // the _N domain marker is not a device: _0 is the WhatsApp (phone) domain
    JIDRow("447911123456_0@s.whatsapp.net", .phone("447911123456", domain: 0)),
    JIDRow("447911123456_0:7@s.whatsapp.net", .phone("447911123456", device: 7, domain: 0)),
    JIDRow("447911123456_0.2:7@s.whatsapp.net", .phone("447911123456", device: 7, agent: 2, domain: 0)),
    // ... other domains on a phone server are not phone numbers
    JIDRow("123456789012345_1@s.whatsapp.net", .other(.lid, "123456789012345@lid", domain: 1)),
    JIDRow("123456789012345_1:4@s.whatsapp.net", .other(.lid, "123456789012345@lid", device: 4, domain: 1)),
    JIDRow("15551234567_128:99@s.whatsapp.net", .other(.hosted, "15551234567@hosted", device: 99, domain: 128)),
    JIDRow("15551234567_129@c.us", .other(.hostedLid, "15551234567@hosted.lid", domain: 129)),
    // WhatsApp's system sender
    JIDRow("0@s.whatsapp.net", .other(.system, "0@s.whatsapp.net")),
    JIDRow("0@c.us", .other(.system, "0@c.us")),

    // --- phone errors ---
    JIDRow("12345", .failure(.phoneTooShort(digits: 5))),
    JIDRow("+44 12", .failure(.phoneTooShort(digits: 4))),
    JIDRow("12345@s.whatsapp.net", .failure(.phoneTooShort(digits: 5))),
    JIDRow("1234567890123456", .failure(.phoneTooLong(digits: 16))),
    JIDRow("+1234567890123456", .failure(.phoneTooLong(digits: 16))),
    JIDRow("1234567890123456@c.us", .failure(.phoneTooLong(digits: 16))),
    JIDRow("07911123456", .failure(.phoneLeadingZero)),
    JIDRow("+0447911123456", .failure(.phoneLeadingZero)),
    JIDRow("0447911123456@s.whatsapp.net", .failure(.phoneLeadingZero)),
    JIDRow("abc@s.whatsapp.net", .failure(.invalidUser(user: "abc", server: "s.whatsapp.net", expected: "digits (a phone number)"))),
    JIDRow("4479111234a6@c.us", .failure(.invalidUser(user: "4479111234a6", server: "c.us", expected: "digits (a phone number)"))),
    JIDRow("status@s.whatsapp.net", .failure(.invalidUser(user: "status", server: "s.whatsapp.net", expected: "digits (a phone number)"))),
    JIDRow("+44 7911 1234x6", .failure(.invalidCharacter("x", offset: 13))),
    JIDRow("+44 7911/123456", .failure(.invalidCharacter("/", offset: 8))),
    JIDRow("++447911123456", .failure(.invalidCharacter("+", offset: 1))),
    JIDRow("447911123456:3", .failure(.invalidSuffix("a ':device' suffix needs '@server' (user:device@server)"))),
    JIDRow("hello", .failure(.missingServer("hello"))),
    JIDRow("status", .failure(.missingServer("status"))),
    JIDRow("+", .failure(.phoneTooShort(digits: 0))),
    // Meta business-scoped user ids are not phone numbers (FIELD-NOTES): never a bogus E.164
    JIDRow("US.13491208655302741918", .failure(.missingServer("US.13491208655302741918"))),
    // a '+' inside a JID is not accepted: the user part of a phone JID is digits only
    JIDRow("+447911123456@c.us", .failure(.invalidCharacter("+", offset: 0))),
    // a device after the server is not a device
    JIDRow("447911123456@s.whatsapp.net:3", .failure(.unknownServer("s.whatsapp.net:3"))),

    // --- malformed ids ---
    JIDRow("", .failure(.empty)),
    JIDRow("   ", .failure(.empty)),
    JIDRow("a@b@c", .failure(.multipleAt)),
    JIDRow("447911123456@s.whatsapp.net@c.us", .failure(.multipleAt)),
    JIDRow("@s.whatsapp.net", .failure(.emptyUser)),
    JIDRow(":5@s.whatsapp.net", .failure(.emptyUser)),
    JIDRow(".1:5@lid", .failure(.emptyUser)),
    JIDRow("447911123456@", .failure(.emptyServer)),
    JIDRow("447911123456@example.com", .failure(.unknownServer("example.com"))),
    JIDRow("447911123456@whatsapp.net", .failure(.unknownServer("whatsapp.net"))),
    JIDRow("447911123456@s.whatsapp.net x", .failure(.invalidCharacter(" ", offset: 27))),
    JIDRow("4479 11123456@s.whatsapp.net", .failure(.invalidCharacter(" ", offset: 4))),
    JIDRow("447911123456:70000@s.whatsapp.net", .failure(.deviceOutOfRange("70000"))),
    JIDRow("447911123456:256@s.whatsapp.net", .failure(.deviceOutOfRange("256"))),
    JIDRow("447911123456:99999999999999999999@s.whatsapp.net", .failure(.deviceOutOfRange("99999999999999999999"))),
    JIDRow("447911123456:@s.whatsapp.net", .failure(.invalidSuffix("empty device after ':'"))),
    JIDRow("447911123456:a@s.whatsapp.net", .failure(.invalidSuffix("device 'a' is not a number"))),
    JIDRow("447911123456:-1@s.whatsapp.net", .failure(.invalidSuffix("device '-1' is not a number"))),
    JIDRow("447911123456:1:2@s.whatsapp.net", .failure(.invalidSuffix("more than one ':' (device suffix)"))),
    JIDRow("447911123456.1.2@s.whatsapp.net", .failure(.invalidSuffix("more than one '.' (agent suffix)"))),
    JIDRow("447911123456:2.1@s.whatsapp.net", .failure(.invalidSuffix("'.' after ':': the agent comes before the device (user.agent:device)"))),
    JIDRow("447911123456.@s.whatsapp.net", .failure(.invalidSuffix("empty agent after '.'"))),
    JIDRow("447911123456.300@s.whatsapp.net", .failure(.agentOutOfRange("300"))),
    JIDRow("447911123456_7@s.whatsapp.net", .failure(.unknownDomain("7"))),
    JIDRow("447911123456_x@s.whatsapp.net", .failure(.invalidSuffix("domain marker '_x' must be digits"))),
    JIDRow("447911123456_1_1@s.whatsapp.net", .failure(.invalidSuffix("more than one '_' (domain marker)"))),

    // --- groups ---
    JIDRow("120363025246125486@g.us", .other(.group, "120363025246125486@g.us")),
    JIDRow("123456789-1612345678@g.us", .other(.group, "123456789-1612345678@g.us")),
    JIDRow("447911123456-1612345678@G.US", .other(.group, "447911123456-1612345678@g.us")),
    JIDRow("120363025246125486:3@g.us", .other(.group, "120363025246125486@g.us", device: 3)),
    JIDRow("abc@g.us", .failure(.invalidUser(user: "abc", server: "g.us", expected: "digits or digits-digits"))),
    JIDRow("-1612345678@g.us", .failure(.invalidUser(user: "-1612345678", server: "g.us", expected: "digits or digits-digits"))),
    JIDRow("123456789-@g.us", .failure(.invalidUser(user: "123456789-", server: "g.us", expected: "digits or digits-digits"))),
    JIDRow("123-456-789@g.us", .failure(.invalidUser(user: "123-456-789", server: "g.us", expected: "digits or digits-digits"))),

    // --- LIDs (never phone numbers) ---
    JIDRow("123456789012345@lid", .other(.lid, "123456789012345@lid")),
    JIDRow("123456789012345:12@lid", .other(.lid, "123456789012345@lid", device: 12)),
    JIDRow("123456789012345.1:3@lid", .other(.lid, "123456789012345@lid", device: 3, agent: 1)),
    JIDRow("98765432101234@LID", .other(.lid, "98765432101234@lid")),
    JIDRow("123456789012345_1@lid", .other(.lid, "123456789012345@lid", domain: 1)),
    JIDRow("12345.6789@lid", .failure(.agentOutOfRange("6789"))),
    JIDRow("12345.67@lid", .other(.lid, "12345@lid", agent: 67)),
    JIDRow("abc@lid", .failure(.invalidUser(user: "abc", server: "lid", expected: "digits"))),

    // --- newsletters, broadcast lists and status ---
    JIDRow("120363300000000000@newsletter", .other(.newsletter, "120363300000000000@newsletter")),
    JIDRow("120363300000000000@Newsletter", .other(.newsletter, "120363300000000000@newsletter")),
    JIDRow("mychannel@newsletter", .failure(.invalidUser(user: "mychannel", server: "newsletter", expected: "digits"))),
    JIDRow("status@broadcast", .other(.status, "status@broadcast")),
    JIDRow("STATUS@broadcast", .other(.status, "status@broadcast")),
    JIDRow("1612345678@broadcast", .other(.broadcast, "1612345678@broadcast")),
    JIDRow("mylist@broadcast", .failure(.invalidUser(user: "mylist", server: "broadcast", expected: "'status' or digits"))),

    // --- hosted, bot, call, interop, msgr ---
    JIDRow("15551234567:99@hosted", .other(.hosted, "15551234567@hosted", device: 99)),
    JIDRow("15551234567@HOSTED", .other(.hosted, "15551234567@hosted")),
    JIDRow("123456789012345:99@hosted.lid", .other(.hostedLid, "123456789012345@hosted.lid", device: 99)),
    JIDRow("867051314767696@bot", .other(.bot, "867051314767696@bot")),
    JIDRow("867051314767696:0@bot", .other(.bot, "867051314767696@bot", device: 0)),
    JIDRow("3EB0C4F2A1B2C3D4@call", .other(.call, "3EB0C4F2A1B2C3D4@call")),
    JIDRow("3eb0-c4f2@call", .other(.call, "3eb0-c4f2@call")),
    JIDRow("3EB0 C4F2@call", .failure(.invalidCharacter(" ", offset: 4))),
    JIDRow("1234567-12345@interop", .other(.interop, "1234567-12345@interop")),
    JIDRow("100012345678901@msgr", .other(.msgr, "100012345678901@msgr")),
    JIDRow("john@msgr", .failure(.invalidUser(user: "john", server: "msgr", expected: "digits"))),
]

@Test func tableIsLargeAndCoversEveryKind() {
    #expect(jidRows.count >= 70)
    var kinds = Set<JIDKind>()
    for row in jidRows {
        switch row.expect {
        case .phone: kinds.insert(.user)
        case .other(let k, _, _, _, _): kinds.insert(k)
        case .failure: break
        }
    }
    #expect(kinds == Set(JIDKind.allCases))
}

@Test(arguments: jidRows)
private func parseAndFormat(_ row: JIDRow) {
    let result = JID.parse(row.input)
    switch (row.expect, result) {
    case (.phone(let digits, let device, let agent, let domain), .success(let jid)):
        #expect(jid.kind == .user)
        #expect(jid.user == digits)
        #expect(jid.device == device)
        #expect(jid.agent == agent)
        #expect(jid.domain == domain)
        #expect(jid.format(.jid) == "\(digits)@s.whatsapp.net")
        #expect(jid.format(.cUs) == "\(digits)@c.us")
        #expect(jid.format(.e164) == "+\(digits)")
        #expect(jid.format(.digits) == digits)
    case (.other(let kind, let expected, let device, let agent, let domain), .success(let jid)):
        #expect(jid.kind == kind)
        #expect(jid.device == device)
        #expect(jid.agent == agent)
        #expect(jid.domain == domain)
        for form in JIDTargetForm.allCases {
            #expect(jid.format(form) == expected, "form \(form)")
        }
    case (.failure(let expected), .failure(let error)):
        #expect(error == expected)
        #expect(!error.description.isEmpty)
    case (_, .success(let jid)):
        Issue.record("expected \(row.expect), parsed \(jid) (\(jid.kind))")
    case (_, .failure(let error)):
        Issue.record("expected \(row.expect), got error: \(error)")
    }
}

/// Formatting is idempotent: parsing any output again gives the same id.
@Test(arguments: jidRows)
private func formatRoundTrips(_ row: JIDRow) throws {
    guard case .success(let jid) = JID.parse(row.input) else { return }
    for form in JIDTargetForm.allCases {
        let out = jid.format(form)
        let again = try JID.parse(out).get()
        #expect(again.user == jid.user)
        #expect(again.kind == jid.kind)
        #expect(again.format(form) == out)
    }
}

@Test func inputFormAndServer() throws {
    #expect(try JID.parse("447911123456@c.us").get().inputForm == .cUs)
    #expect(try JID.parse("447911123456@c.us").get().server == "c.us")
    #expect(try JID.parse("447911123456@S.WhatsApp.Net").get().inputForm == .jid)
    #expect(try JID.parse("447911123456@S.WhatsApp.Net").get().server == "s.whatsapp.net")
    #expect(try JID.parse("+447911123456").get().inputForm == .e164)
    #expect(try JID.parse("0044 7911 123456").get().inputForm == .e164)
    #expect(try JID.parse("447911123456").get().inputForm == .digits)
    #expect(try JID.parse("447911123456").get().server == "s.whatsapp.net")
    #expect(try JID.parse("120363025246125486@g.us").get().inputForm == .jid)
}

@Test func descriptionKeepsSuffixes() throws {
    #expect(try JID.parse("447911123456.1:5@S.WHATSAPP.NET").get().description == "447911123456.1:5@s.whatsapp.net")
    #expect(try JID.parse("447911123456_0:7@c.us").get().description == "447911123456_0:7@c.us")
    #expect(try JID.parse("+44 7911 123456").get().description == "447911123456@s.whatsapp.net")
    #expect(try JID.parse("123456789012345:12@lid").get().description == "123456789012345:12@lid")
}

@Test func normaliseShortcut() {
    #expect(JID.normalise("+44 7911 123456", to: .cUs) == .success("447911123456@c.us"))
    #expect(JID.normalise("447911123456:3@c.us", to: .jid) == .success("447911123456@s.whatsapp.net"))
    #expect(JID.normalise("123456789012345:3@lid", to: .e164) == .success("123456789012345@lid"))
    #expect(JID.normalise("a@b@c", to: .jid) == .failure(.multipleAt))
}

@Test func errorMessagesAreHuman() {
    #expect(JIDError.emptyUser.description == "empty user part")
    #expect(JIDError.multipleAt.description == "more than one '@'")
    #expect(JIDError.deviceOutOfRange("70000").description == "device 70000 out of range 0...255")
    #expect(JIDError.unknownServer("x.com").description == "unknown server 'x.com'")
    #expect(JIDError.phoneTooLong(digits: 16).description.contains("15"))
}

@Test func longUserIsRejected() {
    let long = String(repeating: "1", count: 65) + "@lid"
    guard case .failure(.invalidUser) = JID.parse(long) else {
        Issue.record("a 65-character user part must be rejected")
        return
    }
    #expect((try? JID.parse(String(repeating: "1", count: 64) + "@lid").get())?.kind == .lid)
}

@Test func nonASCIIIsRejectedWithAReason() {
    // full-width digits, a zero-width space in the server
    #expect(JID.parse("４４７９１１１２３４５６") == .failure(.missingServer("４４７９１１１２３４５６")))
    #expect(JID.parse("447911123456@s.whatsapp.net\u{200B}") == .failure(.unknownServer("s.whatsapp.net\u{200B}")))
    #expect(JID.parse("44791112345é@c.us") == .failure(.invalidCharacter("é", offset: 11)))
}
