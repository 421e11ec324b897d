import SwitchyardPluginAPI
import Testing
@testable import WABAToWARS

@Suite struct InboundEventTests {
    @Test func seedTextMessageBecomesAWARSMessageEvent() async throws {
        let m = try await translated(try makeStep(), Seed.receivedText)
        #expect(m.jsonBody == (try json(#"""
            {"session_id":"shop-1","event":"message","timestamp":1775991600,"data":{"from":"255712345678@s.whatsapp.net",
             "chat":"255712345678@s.whatsapp.net","message_id":"msg-123","timestamp":1775991600,"is_from_me":false,
             "push_name":"Josh","verified_name":null,"message_type":"text","text":"Nataka kuku na chips","caption":null,
             "media_mimetype":null,"media":null,"is_group":false,"participant":null}}
            """#)))
        #expect(m.metadata["session"] == "shop-1")
        #expect(m.metadata["wars.event"] == "message")
        #expect(m.metadata["wars.subject"] == "wa.events.shop-1.message")
        #expect(m.id == "msg-123")
    }

    @Test func seedImageMessageCarriesItsMedia() async throws {
        let m = try await translated(try makeStep(), Seed.receivedImage)
        let data = try #require(m.jsonBody["data"])
        #expect(data["message_type"] == "image")
        #expect(data["text"] == .null)
        #expect(data["caption"] == "Hii ndiyo nataka")
        #expect(data["media_mimetype"] == "image/jpeg")
        #expect(data["media"] == (try json(#"{"url":"https://example.com/image.jpg","mimetype":"image/jpeg","filename":"photo.jpg","sha256":"abc123def456"}"#)))
        #expect(data["timestamp"] == 1_775_991_660)
    }

    @Test func seedStatusBecomesAReceipt() async throws {
        let m = try await translated(try makeStep(), Seed.status)
        #expect(m.jsonBody == (try json(#"""
            {"session_id":"shop-1","event":"receipt","timestamp":1775991630,"data":{"message_ids":["msg-123"],
             "chat":"255712345678@s.whatsapp.net","sender":"255712345678@s.whatsapp.net","receipt_type":"delivered","timestamp":1775991630}}
            """#)))
        #expect(m.metadata["wars.subject"] == "wa.events.shop-1.receipt")
        #expect(m.id == "msg-123:delivered")
    }

    @Test func badInboundEventsNameTheirField() async throws {
        let step = try makeStep()
        #expect(await rejection(step, Seed.receivedText.replacingOccurrences(of: "2026-04-12T11:00:00Z", with: "yesterday")).hasPrefix("timestamp: 'yesterday'"))
        #expect(await rejection(step, Seed.receivedText.replacingOccurrences(of: #""from":"+255712345678""#, with: #""from":"""#)).hasPrefix("from: ''"))
        #expect(await rejection(step, Seed.receivedText.replacingOccurrences(of: #""messageType":"TEXT""#, with: #""messageType":"STICKER""#)).hasPrefix("messageType: 'STICKER'"))
        #expect(await rejection(step, Seed.receivedImage.replacingOccurrences(of: #""media":{"#, with: #""nomedia":{"#)).hasPrefix("media: missing"))
        #expect(await rejection(step, Seed.status.replacingOccurrences(of: #""status":"delivered","#, with: "")).hasPrefix("status: missing"))
        #expect(await rejection(step, Seed.status.replacingOccurrences(of: #""messageId":"msg-123","#, with: "")).hasPrefix("messageId: missing"))
    }

    @Test func isoTimesParseAndFormat() {
        #expect(ISOTime.parse("2026-04-12T11:00:00Z") == 1_775_991_600)
        #expect(ISOTime.parse("2026-04-12T14:00:00+03:00") == 1_775_991_600)
        #expect(ISOTime.parse("2026-04-12T11:00:00.123Z") == 1_775_991_600)
        #expect(ISOTime.parse("2026-04-12 11:00:00") == 1_775_991_600)
        #expect(ISOTime.parse("1970-01-01T00:00:00Z") == 0)
        #expect(ISOTime.parse("2026-13-01T00:00:00Z") == nil)
        #expect(ISOTime.parse("2026-04-12T11:00:00Zjunk") == nil)
        #expect(ISOTime.format(unixSeconds: 1_775_991_600) == "2026-04-12T11:00:00Z")
        #expect(ISOTime.format(unixSeconds: 951_782_400) == "2000-02-29T00:00:00Z")
        #expect(ISOTime.format(unixSeconds: 0) == "1970-01-01T00:00:00Z")
    }

    @Test func phoneNumbersNormalise() {
        #expect(PhoneNumber.e164("+255712345678") == "+255712345678")
        #expect(PhoneNumber.e164("+255 (712) 345-678") == "+255712345678")
        #expect(PhoneNumber.e164("00255712345678") == "+255712345678")
        #expect(PhoneNumber.e164("255712345678") == "+255712345678")
        #expect(PhoneNumber.e164("0712345678") == nil)
        #expect(PhoneNumber.e164("+1234567890123456") == nil)
        #expect(PhoneNumber.e164("+25571234567a") == nil)
        #expect(PhoneNumber.e164("US.13491208655302741918") == nil)
        #expect(PhoneNumber.e164("") == nil)
    }
}
