import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

@Suite struct MessageEventTests {
    @Test func aTextMessageBecomesMessageReceived() async throws {
        let m = try await translated(try makeStep(), warsMessage())
        #expect(m.jsonBody == (try json(#"""
            {"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000",
             "wabaUserName":"Josh","messageId":"3EB0ABC123DEF4567890","from":"+255712345678","text":"Nataka kuku na chips",
             "media":null,"timestamp":"2026-04-12T11:00:00Z"}
            """#)))
        #expect(m.metadata["waba.routing_key"] == "whatsapp.inbound.message")
        #expect(m.metadata["waba.type"] == "MESSAGE_RECEIVED")
        #expect(m.metadata["session"] == "shop-1")
        #expect(m.id == "3EB0ABC123DEF4567890")
    }

    /// Seed 000's sample event has only from, chat and message_id: no type to translate.
    @Test func theSeedSampleEventHasNoMessageTypeAndIsDeadLettered() async throws {
        let seed = #"{"session_id":"my-session","event":"message","timestamp":1700000000,"data":{"from":"628123456789@s.whatsapp.net","chat":"628123456789@s.whatsapp.net","message_id":"3EB0ABC123..."}}"#
        #expect(await rejection(try makeStep(), seed).hasPrefix("data.message_type: 'unknown' has no WABA message type"))
        let withText = seed.replacingOccurrences(of: #""message_id":"3EB0ABC123...""#, with: #""message_id":"3EB0ABC123...","message_type":"text","text":"Halo","timestamp":1700000000"#)
        let m = try await translated(try makeStep(), withText)
        #expect(m.jsonBody["from"] == "+628123456789")
        #expect(m.jsonBody["wabaNumber"] == "+6281100000000")
        #expect(m.jsonBody["wabaAccountId"] == .null)
        #expect(m.jsonBody["timestamp"] == "2023-11-14T22:13:20Z")
    }

    @Test(arguments: [("image", "IMAGE"), ("video", "VIDEO"), ("audio", "AUDIO"), ("ptt", "AUDIO"), ("document", "DOCUMENT")])
    func mediaTypesMapToWABATypes(_ warsType: String, _ wabaType: String) async throws {
        let m = try await translated(try makeStep(), warsMessage([
            ("message_type", "\"\(warsType)\""), ("text", "null"), ("caption", #""Hii ndiyo""#), ("media_mimetype", #""image/jpeg""#),
            ("media", #"{"url":"https://mmg.whatsapp.net/x.enc","file_sha256":"abc","file_name":"photo.jpg"}"#),
        ]))
        #expect(m.jsonBody["messageType"] == .string(wabaType))
        #expect(m.jsonBody["text"] == .null)
        #expect(m.jsonBody["media"] == (try json(#"{"type":"\#(wabaType)","url":"https://mmg.whatsapp.net/x.enc","mimeType":"image/jpeg","filename":"photo.jpg","sha256":"abc","caption":"Hii ndiyo"}"#)))
    }

    @Test func groupMessagesNameTheParticipant() async throws {
        let group = [("chat", #""120363025246125486@g.us""#), ("from", #""120363025246125486@g.us""#), ("is_group", "true"),
                     ("participant", #""255712345678:7@s.whatsapp.net""#)]
        let m = try await translated(try makeStep(), warsMessage(group))
        #expect(m.jsonBody["from"] == "+255712345678")
        #expect(await dropReason(try makeStep([("group_messages", .plain("drop"))]), warsMessage(group)).hasPrefix("group message"))
        #expect(await rejection(try makeStep([("group_messages", .plain("dead_letter"))]), warsMessage(group)).hasPrefix("data.chat: group messages"))
        let noParticipant = await rejection(try makeStep(), warsMessage([("chat", #""120363025246125486@g.us""#), ("from", #""120363025246125486@g.us""#), ("participant", "null")]))
        #expect(noParticipant.hasPrefix("data.from: '120363025246125486@g.us' is not a user JID"))
    }

    @Test func lidSendersFollowThePolicy() async throws {
        let lid = [("from", #""123456789012345@lid""#), ("chat", #""123456789012345@lid""#)]
        #expect(await rejection(try makeStep(), warsMessage(lid)) == "data.from: sender 123456789012345@lid is an @lid id without a phone number (policy lid_senders: dead_letter)")
        #expect(await dropReason(try makeStep([("lid_senders", .plain("drop"))]), warsMessage(lid)).contains("@lid"))
        let kept = try await translated(try makeStep([("lid_senders", .plain("keep_jid"))]), warsMessage(lid))
        #expect(kept.jsonBody["from"] == "123456789012345@lid")
        // A lid sender in a chat written with the phone number: the chat names the customer.
        let phoneChat = try await translated(try makeStep(), warsMessage([("from", #""123456789012345@lid""#)]))
        #expect(phoneChat.jsonBody["from"] == "+255712345678")
        let groupLid = [("chat", #""120363025246125486@g.us""#), ("is_group", "true"), ("from", #""120363025246125486@g.us""#), ("participant", #""987654321@lid""#)]
        #expect(await rejection(try makeStep(), warsMessage(groupLid)).hasPrefix("data.participant: sender 987654321@lid"))
    }

    @Test func ownMessagesAreDroppedByDefault() async throws {
        let own = [("is_from_me", "true"), ("from", #""255700000000:2@s.whatsapp.net""#)]
        #expect(await dropReason(try makeStep(), warsMessage(own)).hasPrefix("own message"))
        let translated = try await translated(try makeStep([("from_me", .plain("translate"))]), warsMessage(own))
        #expect(translated.jsonBody["from"] == "+255712345678")
        #expect(translated.jsonBody["isFromMe"] == true)
    }

    @Test func jidFormsOfTheSender() async throws {
        let step = try makeStep()
        for from in ["255712345678@c.us", "255712345678:3@s.whatsapp.net", "255712345678.0:1@s.whatsapp.net"] {
            let m = try await translated(step, warsMessage([("from", "\"\(from)\""), ("chat", "\"\(from)\"")]))
            #expect(m.jsonBody["from"] == "+255712345678", "\(from)")
        }
        #expect(await rejection(step, warsMessage([("from", #""a@b@c""#), ("chat", "null")])) == "data.from: 'a@b@c' is not a JID")
        #expect(await dropReason(step, warsMessage([("from", #""status@broadcast""#), ("chat", #""status@broadcast""#)])).contains("status@broadcast"))
    }

    @Test func unsupportedTypesFollowThePolicy() async throws {
        let sticker = warsMessage([("message_type", #""sticker""#), ("text", "null")])
        #expect(await rejection(try makeStep(), sticker).hasPrefix("data.message_type: 'sticker' has no WABA message type"))
        #expect(await dropReason(try makeStep([("unsupported_types", .plain("drop"))]), sticker).contains("sticker"))
        #expect(await rejection(try makeStep([("unsupported_types", .plain("text"))]), sticker).hasPrefix("data.text: a 'sticker' message carries no text"))
        let location = warsMessage([("message_type", #""location""#), ("text", "null"),
                                    ("location", #"{"latitude":-6.8161,"longitude":39.2803,"name":"Kariakoo","address":"Dar es Salaam"}"#)])
        let asText = try await translated(try makeStep([("unsupported_types", .plain("text"))]), location)
        #expect(asText.jsonBody["messageType"] == "TEXT")
        #expect(asText.jsonBody["text"] == "Kariakoo, Dar es Salaam (-6.8161, 39.2803)")
        // Reactions and poll votes are not customer messages.
        #expect(await dropReason(try makeStep(), warsMessage([("message_type", #""reaction""#)])).contains("reaction"))
        let keepReactions = try makeStep([("drop_types", .init(.sequence([])))])
        #expect(await rejection(keepReactions, warsMessage([("message_type", #""reaction""#)])).hasPrefix("data.message_type: 'reaction'"))
    }

    @Test func otherEventsAndBadInput() async throws {
        let connected = #"{"session_id":"shop-1","event":"connected","timestamp":1700000000,"data":{}}"#
        #expect(await dropReason(try makeStep(), connected) == "WA-RS event 'connected' is not translated")
        #expect(await rejection(try makeStep([("other_events", .plain("dead_letter"))]), connected).hasPrefix("event: WA-RS event 'connected'"))
        let step = try makeStep()
        #expect(await rejection(step, warsMessage(session: "ghost")).hasPrefix("session_id: no wabaNumber for WA-RS session 'ghost'"))
        #expect(await rejection(step, warsMessage([("message_id", "null")])) == "data.message_id: missing")
        #expect(await rejection(step, warsMessage([("text", "null")])) == "data.text: missing for a text message")
        #expect(await rejection(step, warsMessage([("timestamp", #""soon""#)])) == "data.timestamp: 'soon' is not a time")
        #expect(await rejection(step, #"{"hello":1}"#).hasPrefix("event: neither a WA-RS event"))
        #expect(await rejection(step, "{").hasPrefix("body is not JSON"))
        // Milliseconds are recognised.
        let ms = try await translated(step, warsMessage([("timestamp", "1775991600123")]))
        #expect(ms.jsonBody["timestamp"] == "2026-04-12T11:00:00Z")
    }

    @Test func configErrors() {
        #expect(configError([("sessions", .map([("+255700000000", .string("a")), ("+255700000009", .string("a"))]))])?
            .contains("session 'a' is already the session of +255700000000") == true)
        #expect(configError([("lid_senders", .plain("guess"))])?.contains("'guess' is not one of dead_letter, drop, keep_jid") == true)
        #expect(configError([("store", .plain("nats_kv"))])?.contains("store: nats_kv needs `connection`") == true)
    }
}
