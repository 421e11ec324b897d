import Foundation
import SwitchyardPluginAPI
import Testing
@testable import WABAToWARS

@Suite struct OutboundCommandTests {
    @Test func seedFreetextTextBecomesATextCommandForTheSession() async throws {
        let step = try makeStep()
        let m = try await translated(step, Seed.freetextText)
        let id = try #require(m.metadata["request_id"])
        #expect(m.jsonBody == (try json(#"{"type":"text","to":"255712345678","text":"Habari! Tunayo kuku na chips. Bei ni 5,000 TZS.","request_id":"\#(id)"}"#)))
        // Key order as in the WA-RS docs.
        #expect(String(decoding: m.body, as: UTF8.self).hasPrefix(#"{"type":"text","to":"255712345678","text":"#))
        #expect(m.metadata["session"] == "shop-1")
        #expect(m.metadata["wars.subject"] == "wa.send.shop-1")
        #expect(m.id == id)
        #expect(id == "waba-" + ContentHash.hex128(Array(Seed.freetextText.utf8)))
    }

    @Test func seedFreetextImageBecomesAnImageCommandWithCaption() async throws {
        let m = try await translated(try makeStep(), Seed.freetextImage)
        let id = try #require(m.metadata["request_id"])
        #expect(m.jsonBody == (try json(#"{"type":"image","to":"255712345678","image":{"url":"https://cdn.nexgate.co.tz/menu.jpg"},"caption":"Menu ya leo","request_id":"\#(id)"}"#)))
    }

    @Test func videoAudioAndDocumentCommands() async throws {
        let step = try makeStep()
        let video = try await translated(step, Seed.freetext("VIDEO", media: #"{"url":"https://x.example/v.mp4","mimeType":"video/mp4","caption":"Watch this"}"#))
        #expect(video.jsonBody["video"] == ["url": "https://x.example/v.mp4"])
        #expect(video.jsonBody["caption"] == "Watch this")
        #expect(video.jsonBody["type"] == "video")

        let audio = try await translated(step, Seed.freetext("AUDIO", media: #"{"url":"https://x.example/a.ogg","caption":"ignored"}"#))
        let audioId = try #require(audio.metadata["request_id"])
        #expect(audio.jsonBody == (try json(#"{"type":"audio","to":"255712345678","audio":{"url":"https://x.example/a.ogg"},"ptt":false,"request_id":"\#(audioId)"}"#)))
        let voice = try await translated(try makeStep([("audio_ptt", .plain("true"))]), Seed.freetext("AUDIO", media: #"{"url":"https://x.example/a.ogg"}"#))
        #expect(voice.jsonBody["ptt"] == true)

        let document = try await translated(step, Seed.freetext("DOCUMENT", media: #"{"url":"https://x.example/f/123","filename":"report.pdf","caption":"Monthly report"}"#))
        let docId = try #require(document.metadata["request_id"])
        #expect(document.jsonBody == (try json(#"{"type":"document","to":"255712345678","document":{"url":"https://x.example/f/123"},"filename":"report.pdf","caption":"Monthly report","request_id":"\#(docId)"}"#)))
        // WA-RS requires a filename: the URL's last segment stands in, else the message is rejected.
        let fromURL = try await translated(step, Seed.freetext("DOCUMENT", media: #"{"url":"https://x.example/files/menu.pdf?sig=abc"}"#))
        #expect(fromURL.jsonBody["filename"] == "menu.pdf")
        let reason = await rejection(step, Seed.freetext("DOCUMENT", media: #"{"url":"https://x.example/"}"#))
        #expect(reason.hasPrefix("media.filename:"))
    }

    @Test func everyCommandTypeNamesTheFieldItCannotTranslate() async throws {
        let step = try makeStep()
        #expect(await rejection(step, Seed.freetext("IMAGE", media: #"{"caption":"no url"}"#)).hasPrefix("media.url:"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"IMAGE","wabaNumber":"+255700000000","to":"+255712345678"}"#).hasPrefix("media:"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","to":"+255712345678"}"#).hasPrefix("text:"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","wabaNumber":"+255700000000","to":"+255712345678","text":"x"}"#).hasPrefix("messageType:"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"STICKER","wabaNumber":"+255700000000","to":"+255712345678"}"#).hasPrefix("messageType: 'STICKER'"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678"}"#).hasPrefix("messageType: TEMPLATE"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","to":"0712 345 678","text":"x"}"#).hasPrefix("to: '0712 345 678'"))
        #expect(await rejection(step, #"{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","text":"x"}"#).hasPrefix("to: missing"))
        #expect(await rejection(step, #"{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678"}"#).hasPrefix("template: missing"))
        #expect(await rejection(step, #"{"type":"SEND_NOTHING"}"#).hasPrefix("type: 'SEND_NOTHING'"))
        #expect(await rejection(step, #"{"text":"x"}"#).hasPrefix("type: missing"))
        #expect(await rejection(step, "not json").hasPrefix("body is not JSON"))
        #expect(await rejection(step, "[1,2]") == "body is not a JSON object")
    }

    @Test func anUnknownNumberIsRejectedNamingIt() async throws {
        let step = try makeStep()
        let reason = await rejection(step, Seed.freetextText.replacingOccurrences(of: "+255700000000", with: "+255799999999"))
        #expect(reason.hasPrefix("wabaNumber: no WA-RS session for +255799999999"))
        #expect(reason.contains("+255700000000"))
        // Numbers written loosely still find their session.
        let loose = try await translated(step, Seed.freetextText.replacingOccurrences(of: "\"+255700000000\"", with: "\"+255 700-000-000\""))
        #expect(loose.metadata["session"] == "shop-1")
        #expect(await rejection(step, Seed.freetextText.replacingOccurrences(of: "\"+255700000000\"", with: "\"shop\"")).hasPrefix("wabaNumber: 'shop'"))
    }

    @Test func theRequestIdIsStableForARedeliveryAndDiffersBetweenMessages() async throws {
        let step = try makeStep()
        let a = try await translated(step, Seed.freetextText)
        let again = try await translated(step, Seed.freetextText)
        let other = try await translated(step, Seed.freetextImage)
        #expect(a.metadata["request_id"] == again.metadata["request_id"])
        #expect(a.metadata["request_id"] != other.metadata["request_id"])
        #expect(a.metadata["request_id"]?.count == 37)

        let byId = try makeStep([("request_id", .string("{$id}"))])
        let m = await byId.process(message(Seed.freetextText, id: "amqp-42"))
        guard case .message(let out) = m else { Issue.record("expected a message"); return }
        #expect(out.jsonBody["request_id"] == "amqp-42")
        #expect(configError([("request_id", .string("uuid"))])?.contains("request_id: 'uuid' is neither content_hash nor a template") == true)
    }

    @Test func theContentHashIsStableAndSpreads() {
        // Reference values computed independently (Python, big integers): ids must not change between releases,
        // or redeliveries across an upgrade would get new request_ids.
        #expect(ContentHash.hex128([]) == "721c97c307746ee6435933e2ca67653b")
        #expect(ContentHash.hex128(Array("a".utf8)) == "715869f9840b580c52dcd5295ad1954f")
        #expect(ContentHash.hex128(Array(#"{"a":1}"#.utf8)) == "8fd409d1cf4b747533f8576146058c81")
        #expect(ContentHash.hex128(Array("0123456789abcdefXYZ".utf8)) == "cb79a9c5dfc0d6b59278d0db7c833d0c")
        // One changed byte anywhere changes the id.
        let body = Array(Seed.freetextText.utf8)
        var ids: Set<String> = [ContentHash.hex128(body)]
        for i in body.indices {
            var changed = body
            changed[i] ^= 1
            ids.insert(ContentHash.hex128(changed))
        }
        #expect(ids.count == body.count + 1)
    }
}

@Suite struct CorrelationTests {
    /// The stored entry is written straight to bytes: the text is pinned (member order, escapes, nulls, numbers, the
    /// optional messageId), it is valid JSON, and it reads back.
    @Test func theEntryBytesAreTheStoredFormat() throws {
        var full = CorrelationEntry(requestId: "waba-0123456789abcdef", type: "SEND_TEMPLATE", messageType: "TEMPLATE",
                                    wabaAccountId: "waba-001", wabaNumber: "+255700000000", to: "+255712345678",
                                    correlationId: "order \"42\" \\ é\n", session: "shop-1", created: 1_764_633_600_000,
                                    deadline: -5)
        full.state = "sent"
        full.messageId = "3EB0C431C26A1916E0D1"
        let bare = CorrelationEntry(requestId: "r", type: "SEND_FREETEXT", messageType: "TEXT", wabaAccountId: nil,
                                    wabaNumber: "+255700000000", to: "+255712345678", correlationId: nil, session: "s",
                                    created: 0, deadline: 0)
        #expect(String(decoding: full.bytes, as: UTF8.self) == #"{"v":1,"requestId":"waba-0123456789abcdef","type":"SEND_TEMPLATE","#
            + #""messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","#
            + #""correlationId":"order \"42\" \\ é\n","session":"shop-1","created":1764633600000,"deadline":-5,"#
            + #""state":"sent","messageId":"3EB0C431C26A1916E0D1"}"#)
        #expect(String(decoding: bare.bytes, as: UTF8.self) == #"{"v":1,"requestId":"r","type":"SEND_FREETEXT","messageType":"TEXT","#
            + #""wabaAccountId":null,"wabaNumber":"+255700000000","to":"+255712345678","correlationId":null,"session":"s","#
            + #""created":0,"deadline":0,"state":"pending"}"#)
        for entry in [full, bare] {
            #expect(throws: Never.self) { try JSONParser.parse(entry.bytes) }
            #expect(CorrelationEntry(bytes: entry.bytes) == entry)
        }
    }

    @Test func eachCommandStoresItsCorrelationBeforeLeaving() async throws {
        let bucketName = uniqueBucket()
        let step = try makeStep(bucket: bucketName)
        let m = try await translated(step, Seed.shopDetails)
        let id = try #require(m.metadata["request_id"])
        let bucket = MemoryKeyValueBucket.shared(named: bucketName, ttl: .seconds(3600))
        let stored = try #require(try await bucket.get(CorrelationEntry.key(id)))
        let entry = try #require(CorrelationEntry(bytes: stored.value))
        #expect(entry.requestId == id)
        #expect(entry.type == "SEND_TEMPLATE")
        #expect(entry.messageType == "TEMPLATE")
        #expect(entry.wabaAccountId == "waba-001")
        #expect(entry.wabaNumber == "+255700000000")
        #expect(entry.to == "+255712345678")
        #expect(entry.correlationId == "session-002")
        #expect(entry.session == "shop-1")
        #expect(entry.state == "pending")
        #expect(entry.deadline - entry.created == 300_000)
    }

    @Test func aRedeliveredCommandKeepsTheEntryItsResultAlreadyCompleted() async throws {
        let bucketName = uniqueBucket()
        let step = try makeStep(bucket: bucketName)
        let m = try await translated(step, Seed.freetextText)
        let key = CorrelationEntry.key(try #require(m.metadata["request_id"]))
        let bucket = MemoryKeyValueBucket.shared(named: bucketName, ttl: .seconds(3600))
        let first = try #require(try await bucket.get(key))
        var entry = try #require(CorrelationEntry(bytes: first.value))
        entry.state = "sent"
        try await bucket.put(key, value: entry.bytes)
        _ = try await translated(step, Seed.freetextText)
        let after = try #require(try await bucket.get(key))
        #expect(CorrelationEntry(bytes: after.value)?.state == "sent")
    }

    @Test func theAccountComesFromTheAccountsMapWhenTheCommandHasNone() async throws {
        let bucketName = uniqueBucket()
        let step = try makeStep([("accounts", .map([("+255700000000", .string("waba-from-config"))]))], bucket: bucketName)
        let m = try await translated(step, Seed.freetextText.replacingOccurrences(of: #""wabaAccountId":"waba-001","#, with: ""))
        let bucket = MemoryKeyValueBucket.shared(named: bucketName, ttl: .seconds(3600))
        let id = try #require(m.metadata["request_id"])
        let stored = try #require(try await bucket.get(CorrelationEntry.key(id)))
        #expect(CorrelationEntry(bytes: stored.value)?.wabaAccountId == "waba-from-config")
    }

    @Test func correlationEntriesExpireAfterTheTTL() async throws {
        let bucketName = uniqueBucket()
        let step = try makeStep([("ttl", .plain("150ms")), ("result_deadline", .plain("50ms"))], bucket: bucketName)
        let m = try await translated(step, Seed.freetextText)
        let bucket = MemoryKeyValueBucket.shared(named: bucketName, ttl: .milliseconds(150))
        let key = CorrelationEntry.key(try #require(m.metadata["request_id"]))
        #expect(try await bucket.get(key) != nil)
        try await Task.sleep(for: .milliseconds(250))
        #expect(try await bucket.get(key) == nil)
    }

    @Test func storeConfigErrors() {
        #expect(configError([("store", .plain("nats_kv"))])?.contains("store: nats_kv needs `connection`") == true)
        #expect(configError([("store", .plain("nats_kv")), ("connection", .plain("nats"))])?.contains("unknown connection 'nats'") == true)
        #expect(configError([("store", .plain("redis"))])?.contains("'redis' is not one of memory, nats_kv") == true)
        #expect(configError([("connection", .plain("nats"))])?.contains("only used with store: nats_kv") == true)
        #expect(configError([("ttl", .plain("1m"))])?.contains("ttl: must be longer than result_deadline") == true)
        #expect(configError([("bucket", .string("a.b"))])?.contains("not a valid bucket name") == true)
    }

    @Test func sessionConfigErrors() throws {
        func sessions(_ pairs: [(String, String)]) -> String? {
            do {
                let node = ConfigNode.map([("sessions", .map(pairs.map { ($0.0, ConfigNode.string($0.1)) }))])
                let decoded = try ConfigDecoder.decode(WABAToWARSConfig.self, from: node)
                _ = try WABAToWARSStep(decoded, context: PluginContext(routeName: "r", componentPath: "s", connections: NoConnections()))
                return nil
            } catch { return "\(error)" }
        }
        #expect(sessions([("0712345678", "shop")])?.contains("sessions.0712345678: '0712345678' is not an E.164 number") == true)
        #expect(sessions([("+255700000000", "shop *")])?.contains("cannot be part of a NATS subject") == true)
        #expect(sessions([("+255700000000", "a"), ("+255 700 000 000", "b")])?.contains("listed twice") == true)
        #expect(sessions([])?.contains("needs at least one number") == true)
        #expect(sessions([("+255700000000", "tenant.shop-1")]) == nil)
        #expect(configError([("colour", .plain("x"))])?.contains("unknown key 'colour'") == true)
    }
}
