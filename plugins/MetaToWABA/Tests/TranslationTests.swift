import SwitchyardPluginAPI
import Testing
@testable import MetaToWABA

/// The samples of seed 001 (WABA contract) and seed 002 (Meta payload), rebuilt from the Meta side.
@Suite struct SeedSampleTests {
    @Test func seed001TextSampleComesOutExactly() async throws {
        let meta = post(#""contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"msg-123","timestamp":"1775991600","text":{"body":"Nataka kuku na chips"},"type":"text"}]"#)
        let m = try single(await run(try makeStep(), meta, metadata: ["path": "/webhooks/meta"]))
        #expect(try m.readJSON() == json("""
            {"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000",
             "wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","text":"Nataka kuku na chips","media":null,
             "timestamp":"2026-04-12T11:00:00Z"}
            """))
        // Key order as in the seed sample, for people reading the queue.
        #expect(try m.readJSON().objectValue?.keys == ["type", "messageType", "wabaAccountId", "wabaNumber", "wabaUserName", "messageId",
                                                   "from", "text", "media", "timestamp"])
        #expect(m.id == "msg-123")
        #expect(m.metadata["waba.kind"] == "message")
        #expect(m.metadata["waba.routing_key"] == "whatsapp.inbound.message")
        #expect(m.metadata["waba.event"] == "MESSAGE_RECEIVED")
        #expect(m.metadata["waba.message_id"] == "msg-123")
        #expect(m.metadata["waba.message_type"] == "TEXT")
        #expect(m.metadata["waba.account_id"] == "waba-001")
        #expect(m.metadata["waba.number"] == "+255700000000")
        #expect(m.metadata["waba.source_path"] == "entry[0].changes[0].value.messages[0]")
        #expect(m.metadata["waba.status"] == nil)
        #expect(m.metadata["path"] == "/webhooks/meta", "the source's metadata is carried")
        #expect(m.headers.isEmpty, "the POST's signature header does not describe the event")
        #expect(m.source == "webhook")
    }

    @Test func seed001ImageSampleComesOutWithTheMediaIdAsURL() async throws {
        let meta = post(#""contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"msg-124","timestamp":"1775991660","type":"image","image":{"caption":"Hii ndiyo nataka","mime_type":"image/jpeg","sha256":"abc123def456","id":"1479537139650973"}}]"#)
        let m = try single(await run(try makeStep(), meta))
        #expect(try m.readJSON() == json("""
            {"type":"MESSAGE_RECEIVED","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000",
             "wabaUserName":"Josh","messageId":"msg-124","from":"+255712345678","text":null,
             "media":{"type":"IMAGE","url":"1479537139650973","mimeType":"image/jpeg","filename":null,"sha256":"abc123def456",
                      "caption":"Hii ndiyo nataka"},
             "timestamp":"2026-04-12T11:01:00Z"}
            """))
        #expect(try m.readJSON()["media"]?.objectValue?.keys == ["type", "url", "mimeType", "filename", "sha256", "caption"])
        #expect(m.metadata["waba.message_type"] == "IMAGE")
    }

    @Test func seed001StatusSampleComesOutExactly() async throws {
        let meta = post(#""contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"statuses":[{"id":"msg-123","status":"delivered","timestamp":"1775991630","recipient_id":"255712345678","conversation":{"id":"c1","origin":{"type":"service"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"service"}}]"#)
        let m = try single(await run(try makeStep(), meta))
        #expect(try m.readJSON() == json("""
            {"type":"STATUS_WEBHOOK","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000",
             "wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","status":"delivered",
             "timestamp":"2026-04-12T11:00:30Z"}
            """))
        #expect(m.id == "msg-123:delivered")
        #expect(m.metadata["waba.kind"] == "status")
        #expect(m.metadata["waba.routing_key"] == "whatsapp.inbound.status")
        #expect(m.metadata["waba.event"] == "STATUS_WEBHOOK")
        #expect(m.metadata["waba.status"] == "delivered")
        #expect(m.metadata["waba.message_id"] == "msg-123")
    }

    @Test func seed002MetaSampleTranslates() async throws {
        let meta = """
            {"object":"whatsapp_business_account","entry":[{"id":"WHATSAPP_BUSINESS_ACCOUNT_ID","changes":[{"value":{
             "messaging_product":"whatsapp","metadata":{"display_phone_number":"16505551111","phone_number_id":"123456789"},
             "messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0OEU0QzY0RzYw","timestamp":"1666874000",
             "text":{"body":"I want to buy the premium plan"},"type":"text"}]},"field":"messages"}]}]}
            """
        let m = try single(await run(try makeStep(), meta))
        #expect(try m.readJSON() == json("""
            {"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"WHATSAPP_BUSINESS_ACCOUNT_ID","wabaNumber":"+16505551111",
             "wabaUserName":null,"messageId":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0OEU0QzY0RzYw","from":"+16505551234",
             "text":"I want to buy the premium plan","media":null,"timestamp":"2022-10-27T12:33:20Z"}
            """))
        #expect(m.id == "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0OEU0QzY0RzYw")
    }

    @Test func nonASCIIEscapedAsMetaDoesIsDecoded() async throws {
        let m = try single(await run(try makeStep(), messagePost(type: "text", #""text":{"body":"Kuku \ud83c\udf57 caf\u00e9"}"#)))
        #expect(try m.readJSON()["text"] == "Kuku 🍗 café")
    }
}

@Suite struct SplittingTests {
    /// Two entries (two WABA accounts) × several changes, messages and statuses mixed, one change of
    /// another field.
    static let multi = """
        {"object":"whatsapp_business_account","entry":[
         {"id":"waba-A","changes":[
           {"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"+255 700 000 000","phone_number_id":"p1"},
             "contacts":[{"profile":{"name":"Asha"},"wa_id":"255711111111"},{"profile":{"name":"Baraka"},"wa_id":"255722222222"}],
             "messages":[
               {"from":"255722222222","id":"wamid.A2","timestamp":"1775991601","type":"text","text":{"body":"second"}},
               {"from":"255711111111","id":"wamid.A1","timestamp":"1775991600","type":"text","text":{"body":"first"}},
               {"from":"255733333333","id":"wamid.A3","timestamp":"1775991602","type":"text","text":{"body":"no contact"}}],
             "statuses":[{"id":"wamid.OUT1","status":"sent","timestamp":"1775991603","recipient_id":"255711111111"}]}},
           {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}},
           {"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"p1"},
             "statuses":[{"id":"wamid.OUT1","status":"delivered","timestamp":"1775991604","recipient_id":"255711111111"},
                         {"id":"wamid.OUT1","status":"read","timestamp":"1775991605","recipient_id":"255711111111"}]}}]},
         {"id":"waba-B","changes":[
           {"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1-650-555-1111","phone_number_id":"p2"},
             "contacts":[{"profile":{"name":"Carol"},"wa_id":"16505551234"}],
             "messages":[{"from":"16505551234","id":"wamid.B1","timestamp":"1775991606","type":"text","text":{"body":"hello"}}]}}]}]}
        """

    @Test func everyMessageAndStatusOfEveryEntryAndChangeBecomesOneEvent() async throws {
        let ms = try outputs(await run(try makeStep(), Self.multi))
        #expect(ms.map(\.id) == ["wamid.A2", "wamid.A1", "wamid.A3", "wamid.OUT1:sent", "wamid.OUT1:delivered", "wamid.OUT1:read", "wamid.B1"])
        #expect(ms.map { $0.metadata["waba.routing_key"] } == [
            "whatsapp.inbound.message", "whatsapp.inbound.message", "whatsapp.inbound.message", "whatsapp.inbound.status",
            "whatsapp.inbound.status", "whatsapp.inbound.status", "whatsapp.inbound.message",
        ])
        let bodies = try ms.map { try $0.readJSON() }
        #expect(bodies.map { $0["wabaAccountId"] } == ["waba-A", "waba-A", "waba-A", "waba-A", "waba-A", "waba-A", "waba-B"])
        #expect(bodies.map { $0["wabaNumber"] } == ["+255700000000", "+255700000000", "+255700000000", "+255700000000",
                                                     "+255700000000", "+255700000000", "+16505551111"])
        #expect(bodies.map { $0["status"] } == [nil, nil, nil, "sent", "delivered", "read", nil])
        #expect(ms.map { $0.metadata["waba.source_path"] } == [
            "entry[0].changes[0].value.messages[0]", "entry[0].changes[0].value.messages[1]", "entry[0].changes[0].value.messages[2]",
            "entry[0].changes[0].value.statuses[0]", "entry[0].changes[2].value.statuses[0]", "entry[0].changes[2].value.statuses[1]",
            "entry[1].changes[0].value.messages[0]",
        ])
        #expect(Set(ms.map(\.id)).count == ms.count, "ids are unique, so broker-side dedup keeps every event")
    }

    @Test func contactsAreMatchedBySenderWaId() async throws {
        let ms = try outputs(await run(try makeStep(), Self.multi))
        let names = try ms.map { try $0.readJSON()["wabaUserName"] }
        // Baraka sent first, Asha second; the third sender has no contact; statuses of this change match
        // their recipient; the second change has no contacts; entry B's only contact is Carol.
        #expect(names == ["Baraka", "Asha", .null, "Asha", .null, .null, "Carol"])
    }

    @Test func aSoleContactNamesTheSoleMessageEvenIfItsWaIdDiffers() async throws {
        // Brazil: Meta has sent a wa_id without the ninth digit while `from` has it.
        let meta = post(#""contacts":[{"profile":{"name":"Bruno"},"wa_id":"551188887777"}],"messages":[{"from":"5511988887777","id":"wamid.BR","timestamp":"1775991600","type":"text","text":{"body":"oi"}}]"#)
        #expect(try single(await run(try makeStep(), meta)).readJSON()["wabaUserName"] == "Bruno")
        let two = post(#""contacts":[{"profile":{"name":"Bruno"},"wa_id":"551188887777"}],"messages":[{"from":"5511988887777","id":"wamid.BR","timestamp":"1775991600","type":"text","text":{"body":"oi"}},{"from":"5511911112222","id":"wamid.BR2","timestamp":"1775991600","type":"text","text":{"body":"ola"}}]"#)
        #expect(try outputs(await run(try makeStep(), two)).map { try $0.readJSON()["wabaUserName"] } == [.null, .null],
                "with two messages a contact whose wa_id matches neither names nobody")
    }

    @Test func aPostWithOnlyOtherFieldsIsDroppedNamingThem() async throws {
        let meta = #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":"account_update","value":{}},{"field":"message_template_status_update","value":{}}]}]}"#
        let reason = try drop(await run(try makeStep(), meta))
        #expect(reason == "ignored fields account_update, message_template_status_update")
    }

    @Test func aPostWithNothingToSayIsDropped() async throws {
        #expect(try drop(await run(try makeStep(), #"{"object":"whatsapp_business_account","entry":[]}"#)) == "no entries")
        let errorsOnly = post(#""errors":[{"code":131000,"title":"Something went wrong"}]"#)
        #expect(try drop(await run(try makeStep(), errorsOnly)) == "entry[0].changes[0].value: webhook errors without messages or statuses: error 131000 Something went wrong")
    }

    @Test func droppedPartsLeaveTheOthers() async throws {
        let meta = post(#""messages":[{"from":"255712345678","id":"wamid.R","timestamp":"1775991600","type":"reaction","reaction":{"message_id":"wamid.X","emoji":"👍"}},{"from":"255712345678","id":"wamid.T","timestamp":"1775991600","type":"text","text":{"body":"hi"}}]"#)
        #expect(try outputs(await run(try makeStep(), meta)).map(\.id) == ["wamid.T"])
    }

    @Test func aCustomRoutingKeyPrefixIsUsed() async throws {
        let step = try makeStep([("routing_key_prefix", .plain("wa.in"))])
        #expect(try single(await run(step, statusPost("read"))).metadata["waba.routing_key"] == "wa.in.status")
        #expect(try single(await run(step, messagePost(type: "text", #""text":{"body":"x"}"#))).metadata["waba.routing_key"] == "wa.in.message")
    }
}

@Suite struct MediaAndStatusTests {
    @Test func documentVoiceAndVideoKeepTheirFields() async throws {
        let doc = try single(await run(try makeStep(), messagePost(type: "document", #""document":{"filename":"menu.pdf","mime_type":"application/pdf","sha256":"h1","id":"m-doc","caption":"Menu"}"#)))
        #expect(try doc.readJSON()["messageType"] == "DOCUMENT")
        #expect(try doc.readJSON()["media"] == json(#"{"type":"DOCUMENT","url":"m-doc","mimeType":"application/pdf","filename":"menu.pdf","sha256":"h1","caption":"Menu"}"#))
        let voice = try single(await run(try makeStep(), messagePost(type: "audio", #""audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"h2","id":"m-voice","voice":true}"#)))
        #expect(try voice.readJSON()["media"] == json(#"{"type":"AUDIO","url":"m-voice","mimeType":"audio/ogg; codecs=opus","filename":null,"sha256":"h2","caption":null}"#))
        #expect(try voice.readJSON()["text"] == .null)
        let video = try single(await run(try makeStep(), messagePost(type: "video", #""video":{"mime_type":"video/mp4","sha256":"h3","id":"m-video"}"#)))
        #expect(try video.readJSON()["messageType"] == "VIDEO")
        #expect(try video.readJSON()["media"]?["url"] == "m-video")
    }

    @Test func aFailedStatusCarriesTheError() async throws {
        let meta = statusPost("failed", extra: #","errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]"#)
        let m = try single(await run(try makeStep(), meta))
        #expect(try m.readJSON() == json("""
            {"type":"STATUS_WEBHOOK","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":null,
             "messageId":"wamid.S1","from":"+255712345678","status":"failed","timestamp":"2026-04-12T11:00:30Z",
             "error":{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
                      "details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}
            """))
        #expect(m.id == "wamid.S1:failed")
        let bare = try single(await run(try makeStep(), statusPost("failed")))
        #expect(try bare.readJSON()["error"] == .null, "a failed status without errors[] says so with null")
        let sent = try single(await run(try makeStep(), statusPost("sent", extra: #","errors":[{"code":1}]"#)))
        #expect(try sent.readJSON()["error"] == nil, "only failed statuses carry an error")
    }

    @Test(arguments: ["sent", "delivered", "read", "failed"])
    func everyContractStatusPasses(status: String) async throws {
        let m = try single(await run(try makeStep(), statusPost(status)))
        #expect(try m.readJSON()["status"] == .string(status))
        #expect(m.id == "wamid.S1:\(status)")
    }

    @Test func aNumericTimestampIsAcceptedToo() async throws {
        let meta = post(#""messages":[{"from":"255712345678","id":"wamid.N","timestamp":1775991600,"type":"text","text":{"body":"x"}}]"#)
        #expect(try single(await run(try makeStep(), meta)).readJSON()["timestamp"] == "2026-04-12T11:00:00Z")
    }
}
