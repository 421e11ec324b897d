import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

/// Seed 000's sixteen command shapes, as published to `wa.send.{session}`.
enum SeedCommands {
    static let translated: [(String, String)] = [
        (#"{"type":"text","to":"628123456789","text":"Hello!","request_id":"uuid"}"#,
         #"{"type":"SEND_FREETEXT","messageType":"TEXT","wabaAccountId":null,"wabaNumber":"+6281100000000","to":"+628123456789","correlationId":"uuid","text":"Hello!"}"#),
        (#"{"type":"image","to":"628123456789","image":{"url":"https://example.com/photo.jpg"},"caption":"Check this out","request_id":"uuid"}"#,
         #"{"type":"SEND_FREETEXT","messageType":"IMAGE","wabaAccountId":null,"wabaNumber":"+6281100000000","to":"+628123456789","correlationId":"uuid","media":{"url":"https://example.com/photo.jpg","caption":"Check this out"}}"#),
        (#"{"type":"video","to":"628123456789","video":{"url":"https://example.com/video.mp4"},"caption":"Watch this","request_id":"uuid"}"#,
         #"{"type":"SEND_FREETEXT","messageType":"VIDEO","wabaAccountId":null,"wabaNumber":"+6281100000000","to":"+628123456789","correlationId":"uuid","media":{"url":"https://example.com/video.mp4","caption":"Watch this"}}"#),
        (#"{"type":"audio","to":"628123456789","audio":{"url":"https://example.com/audio.ogg"},"ptt":true,"request_id":"uuid"}"#,
         #"{"type":"SEND_FREETEXT","messageType":"AUDIO","wabaAccountId":null,"wabaNumber":"+6281100000000","to":"+628123456789","correlationId":"uuid","media":{"url":"https://example.com/audio.ogg"}}"#),
        (#"{"type":"document","to":"628123456789","document":{"url":"https://example.com/file.pdf"},"filename":"report.pdf","caption":"Monthly report","request_id":"uuid"}"#,
         #"{"type":"SEND_FREETEXT","messageType":"DOCUMENT","wabaAccountId":null,"wabaNumber":"+6281100000000","to":"+628123456789","correlationId":"uuid","media":{"url":"https://example.com/file.pdf","filename":"report.pdf","caption":"Monthly report"}}"#),
    ]
    static let untranslated: [String] = [
        #"{"type":"sticker","to":"628123456789","sticker":{"url":"https://example.com/sticker.webp"},"request_id":"uuid"}"#,
        #"{"type":"location","to":"628123456789","latitude":-6.2088,"longitude":106.8456,"name":"Jakarta","address":"DKI Jakarta, Indonesia","request_id":"uuid"}"#,
        #"{"type":"contact","to":"628123456789","contact":{"display_name":"John Doe","phones":[{"number":"+628111222333","phone_type":"CELL"}]},"request_id":"uuid"}"#,
        #"{"type":"reaction","to":"628123456789","message_id":"3EB0ABC123...","emoji":"👍","request_id":"uuid"}"#,
        #"{"type":"poll","to":"628123456789","name":"Favorite color?","options":["Red","Green","Blue"],"selectable_count":1,"request_id":"uuid"}"#,
        #"{"type":"buttons","to":"628123456789","content_text":"Choose an option:","footer":"Tap a button","buttons":[{"button_id":"yes","display_text":"Yes"},{"button_id":"no","display_text":"No"}],"header_text":"Confirmation","request_id":"uuid"}"#,
        #"{"type":"list","to":"628123456789","title":"Menu","description":"Choose from the menu:","button_text":"View Menu","sections":[{"title":"Food","rows":[{"row_id":"pizza","title":"Pizza","description":"$10"},{"row_id":"burger","title":"Burger","description":"$8"}]}],"footer":"Prices include tax","request_id":"uuid"}"#,
        #"{"type":"interactive","to":"628123456789","body_text":"Click a button","footer_text":"Powered by WA-RS","buttons":[{"name":"quick_reply","button_params_json":"{\"display_text\":\"Help\",\"id\":\"help\"}"}],"request_id":"uuid"}"#,
        #"{"type":"revoke","to":"628123456789","message_id":"3EB0ABC123...","original_sender":"628987654321","request_id":"uuid"}"#,
        #"{"type":"edit","to":"628123456789","message_id":"3EB0ABC123...","text":"Updated text","request_id":"uuid"}"#,
        #"{"type":"read","chat_jid":"628123456789@s.whatsapp.net","sender":"628123456789@s.whatsapp.net","message_ids":["3EB0ABC123..."],"request_id":"uuid"}"#,
    ]
}

@Suite struct WARSCommandTests {
    @Test(arguments: SeedCommands.translated)
    func mediaAndTextCommandsBecomeSendFreetext(_ command: String, _ expected: String) async throws {
        let m = try await translated(try makeStep(), command, subject: "wa.send.my-session")
        #expect(m.jsonBody == (try json(expected)))
        #expect(m.metadata["waba.routing_key"] == "whatsapp.outbound.message")
        #expect(m.id == "uuid")
    }

    @Test(arguments: SeedCommands.untranslated)
    func otherCommandsAreRejectedNamingTheirType(_ command: String) async throws {
        let reason = await rejection(try makeStep(), command, subject: "wa.send.my-session")
        // `read` has no `to`: that is the field it fails on.
        #expect(reason.hasPrefix("type: WA-RS command") || reason == "to: missing", "\(reason)")
        if !command.contains(#""type":"read""#) {
            #expect(await dropReason(try makeStep([("unsupported_commands", .plain("drop"))]), command, subject: "wa.send.my-session").contains("no SEND_FREETEXT form"))
        }
    }

    @Test func theSessionComesFromTheSubjectAndTheCorrelationRestoresTheOriginal() async throws {
        let plain = SeedCommands.translated[0].0
        #expect(await rejection(try makeStep(), plain).hasPrefix("subject: a WA-RS command needs its session"))
        #expect(await rejection(try makeStep(), plain, subject: "wa.send.ghost").hasPrefix("subject: no wabaNumber for WA-RS session 'ghost'"))
        let bucket = uniqueBucket()
        try await storeEntry(bucket: bucket, requestId: "uuid")
        let m = try await translated(try makeStep(bucket: bucket), plain, subject: "wa.send.my-session")
        #expect(m.jsonBody["correlationId"] == "session-001")
        #expect(m.jsonBody["wabaAccountId"] == "waba-001")
    }

    @Test func recipientsAndMediaThatWABACannotTake() async throws {
        let step = try makeStep()
        let jid = try await translated(step, #"{"type":"text","to":"628123456789:2@s.whatsapp.net","text":"x"}"#, subject: "wa.send.my-session")
        #expect(jid.jsonBody["to"] == "+628123456789")
        #expect(jid.jsonBody["correlationId"] == .null)
        #expect(await rejection(step, #"{"type":"text","to":"120363@g.us","text":"x"}"#, subject: "wa.send.my-session").hasPrefix("to: '120363@g.us' is not a customer's"))
        #expect(await rejection(step, #"{"type":"text","to":"a@b@c","text":"x"}"#, subject: "wa.send.my-session") == "to: 'a@b@c' is not a JID")
        #expect(await rejection(step, #"{"type":"image","to":"628123456789","image":{"data":"iVBOR","mimetype":"image/png"}}"#, subject: "wa.send.my-session")
            == "image.data: base64 media has no URL to give WABA")
        #expect(await rejection(step, #"{"type":"text","to":"628123456789"}"#, subject: "wa.send.my-session") == "text: missing")
    }
}
