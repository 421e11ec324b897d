import SwitchyardPluginAPI
import Testing
@testable import MetaToWABA

struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let body: String
    /// A part of the rejection reason: the field it names.
    let reason: String
    var testDescription: String { name }
}

@Suite struct MalformedInputTests {
    static let notAWebhook: [MalformedCase] = [
        .init(name: "not JSON", body: "hello", reason: "body is not JSON: invalid JSON at byte 0"),
        .init(name: "truncated JSON", body: #"{"object":"whatsapp_business_account","entry":["#, reason: "body is not JSON"),
        .init(name: "an array", body: "[1]", reason: "not a Meta webhook: the body is an array, expected an object with 'object' and 'entry'"),
        .init(name: "no object", body: #"{"entry":[]}"#, reason: "not a Meta webhook: missing 'object'"),
        .init(name: "another object", body: #"{"object":"page","entry":[]}"#, reason: #"'object' is "page", expected "whatsapp_business_account""#),
        .init(name: "no entry", body: #"{"object":"whatsapp_business_account"}"#, reason: "not a Meta webhook: missing 'entry'"),
        .init(name: "entry not an array", body: #"{"object":"whatsapp_business_account","entry":{"id":"1"}}"#, reason: "'entry' is an object, expected an array"),
        .init(name: "a WABA event instead", body: #"{"type":"MESSAGE_RECEIVED","messageId":"m"}"#, reason: "not a Meta webhook: missing 'object'"),
    ]

    @Test(arguments: notAWebhook)
    func aBodyThatIsNotAMetaWebhookIsRejectedNamingWhatIsMissing(_ c: MalformedCase) async throws {
        let reason = try rejection(await run(try makeStep(), c.body))
        #expect(reason.contains(c.reason), "\(reason)")
    }

    static let badParts: [MalformedCase] = [
        .init(name: "entry item not an object", body: #"{"object":"whatsapp_business_account","entry":[3]}"#, reason: "entry[0]: expected an object, found a number"),
        .init(name: "no changes", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w"}]}"#, reason: "entry[0].changes: expected an array, found nothing"),
        .init(name: "change not an object", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":["x"]}]}"#, reason: "entry[0].changes[0]: expected an object, found a string"),
        .init(name: "field not a string", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":1,"value":{}}]}]}"#, reason: "entry[0].changes[0].field: expected a string, found a number"),
        .init(name: "value missing", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":"messages"}]}]}"#, reason: "entry[0].changes[0].value: expected an object, found nothing"),
        .init(name: "messages not an array", body: post(#""messages":{"id":"x"}"#), reason: "entry[0].changes[0].value.messages: expected an array, found an object"),
        .init(name: "statuses not an array", body: post(#""statuses":"read""#), reason: "entry[0].changes[0].value.statuses: expected an array, found a string"),
        .init(name: "no entry id", body: #"{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"255700000000"},"statuses":[{"id":"s","status":"read","timestamp":"1","recipient_id":"255712345678"}]}}]}]}"#,
              reason: "entry[0].id: expected the WABA account id string, found nothing"),
        .init(name: "no metadata", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":"messages","value":{"statuses":[{"id":"s"}]}}]}]}"#,
              reason: "entry[0].changes[0].value.metadata: expected an object, found nothing"),
        .init(name: "display number a number", body: #"{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":"messages","value":{"metadata":{"display_phone_number":255700000000},"statuses":[{"id":"s"}]}}]}]}"#,
              reason: "entry[0].changes[0].value.metadata.display_phone_number: expected a string, found a number"),
        .init(name: "display number not a number", body: post(display: "Shop", #""statuses":[{"id":"s"}]"#), reason: "metadata.display_phone_number: 'Shop' is not a phone number"),
        .init(name: "contacts not an array", body: post(#""contacts":{},"messages":[{"id":"m"}]"#), reason: "entry[0].changes[0].value.contacts: expected an array, found an object"),
        .init(name: "message not an object", body: post(#""messages":[null]"#), reason: "entry[0].changes[0].value.messages[0]: expected an object, found null"),
        .init(name: "message id missing", body: post(#""messages":[{"type":"text"}]"#), reason: "messages[0].id: expected the message id string, found nothing"),
        .init(name: "message type a number", body: post(#""messages":[{"id":"m","type":1}]"#), reason: "messages[0].type: expected a string, found a number"),
        .init(name: "from missing", body: post(#""messages":[{"id":"m","type":"text","timestamp":"1","text":{"body":"x"}}]"#), reason: "messages[0].from: expected the sender's phone number, found nothing"),
        .init(name: "from not a number", body: post(#""messages":[{"id":"m","from":"Josh","type":"text","timestamp":"1","text":{"body":"x"}}]"#), reason: "messages[0].from: 'Josh' is not a phone number"),
        .init(name: "timestamp missing", body: post(#""messages":[{"id":"m","from":"255712345678","type":"text","text":{"body":"x"}}]"#), reason: "messages[0].timestamp: expected a string of Unix seconds, found nothing"),
        .init(name: "timestamp a bool", body: post(#""messages":[{"id":"m","from":"255712345678","type":"text","timestamp":true,"text":{"body":"x"}}]"#), reason: "messages[0].timestamp: expected a string of Unix seconds, found a boolean"),
        .init(name: "timestamp a date", body: post(#""messages":[{"id":"m","from":"255712345678","type":"text","timestamp":"2026-04-12","text":{"body":"x"}}]"#), reason: "messages[0].timestamp: '2026-04-12' is not a Unix time in seconds"),
        .init(name: "text body missing", body: post(#""messages":[{"id":"m","from":"255712345678","type":"text","timestamp":"1","text":{}}]"#), reason: "messages[0].text.body: expected a string, found nothing"),
        .init(name: "text body a number", body: post(#""messages":[{"id":"m","from":"255712345678","type":"text","timestamp":"1","text":{"body":5}}]"#), reason: "messages[0].text.body: expected a string, found a number"),
        .init(name: "image missing", body: post(#""messages":[{"id":"m","from":"255712345678","type":"image","timestamp":"1"}]"#), reason: "messages[0].image: expected an object, found nothing"),
        .init(name: "media id missing", body: post(#""messages":[{"id":"m","from":"255712345678","type":"image","timestamp":"1","image":{"mime_type":"image/jpeg"}}]"#), reason: "messages[0].image.id: expected the media id string, found nothing"),
        .init(name: "location without coordinates", body: post(#""messages":[{"id":"m","from":"255712345678","type":"location","timestamp":"1","location":{"name":"x"}}]"#), reason: "messages[0].location.latitude/longitude: expected numbers"),
        .init(name: "button reply without title", body: post(#""messages":[{"id":"m","from":"255712345678","type":"interactive","timestamp":"1","interactive":{"type":"button_reply","button_reply":{"id":"b"}}}]"#), reason: "messages[0].interactive.button_reply.title: expected a string, found nothing"),
        .init(name: "status id missing", body: post(#""statuses":[{"status":"read"}]"#), reason: "statuses[0].id: expected the message id string, found nothing"),
        .init(name: "status missing", body: post(#""statuses":[{"id":"s"}]"#), reason: "statuses[0].status: expected a string, found nothing"),
        .init(name: "recipient missing", body: post(#""statuses":[{"id":"s","status":"read","timestamp":"1"}]"#), reason: "statuses[0].recipient_id: expected the recipient's phone number, found nothing"),
        .init(name: "recipient not a number", body: post(#""statuses":[{"id":"s","status":"read","timestamp":"1","recipient_id":"abc"}]"#), reason: "statuses[0].recipient_id: 'abc' is not a phone number"),
        .init(name: "status timestamp bad", body: post(#""statuses":[{"id":"s","status":"read","timestamp":"-5","recipient_id":"255712345678"}]"#), reason: "statuses[0].timestamp: '-5' is not a Unix time in seconds"),
    ]

    @Test(arguments: badParts)
    func aMalformedPartIsRejectedNamingTheField(_ c: MalformedCase) async throws {
        let reason = try rejection(await run(try makeStep(), c.body))
        #expect(reason.contains(c.reason), "\(reason)")
    }
}

@Suite struct BadPartModeTests {
    /// One good text, one order (dead-lettered by default), one good status, one malformed status.
    static let mixed = post(#""contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"wamid.GOOD","timestamp":"1775991600","type":"text","text":{"body":"hi"}},{"from":"255712345678","id":"wamid.ORDER","timestamp":"1775991600","type":"order","order":{"catalog_id":"c"}}],"statuses":[{"id":"wamid.OUT","status":"read","timestamp":"1775991600","recipient_id":"255712345678"},{"id":"wamid.OUT2","status":"read","timestamp":"x","recipient_id":"255712345678"}]"#)

    @Test func byDefaultTheWholePostIsRejectedNamingEveryBadPart() async throws {
        let reason = try rejection(await run(try makeStep(), Self.mixed))
        #expect(reason == "2 bad parts (entry[0].changes[0].value.messages[1]: type 'order' has no WABA form (policy order); "
                + "entry[0].changes[0].value.statuses[1].timestamp: 'x' is not a Unix time in seconds); "
                + "the whole POST is rejected, its 2 good parts with it, so that none is lost")
    }

    @Test func aLongListOfBadPartsIsCutInTheReason() async throws {
        let orders = (0..<8).map { #"{"from":"255712345678","id":"wamid.O\#($0)","timestamp":"1775991600","type":"order","order":{}}"# }
        let reason = try rejection(await run(try makeStep(), post(#""messages":[\#(orders.joined(separator: ","))]"#)))
        #expect(reason.hasPrefix("8 bad parts (entry[0].changes[0].value.messages[0]: "), "\(reason)")
        #expect(reason.contains("messages[4]: type 'order'"))
        #expect(!reason.contains("messages[5]"))
        #expect(reason.contains("; and 3 more); the whole POST is rejected, its 0 good parts with it"), "\(reason)")
    }

    @Test func splitEmitsTheGoodPartsAndEachBadPartMarkedRejected() async throws {
        let ms = try outputs(await run(try makeStep([("on_bad_part", .plain("split"))]), Self.mixed))
        #expect(ms.map(\.id) == ["wamid.GOOD", "wamid.OUT:read", "post-1:entry[0].changes[0].value.messages[1]",
                                 "post-1:entry[0].changes[0].value.statuses[1]"])
        #expect(ms.map { $0.metadata["waba.kind"] } == ["message", "status", "rejected", "rejected"])
        let bad = ms[2]
        #expect(bad.metadata["waba.routing_key"] == nil, "a bad part has no routing key, so it cannot be published as an event")
        #expect(bad.metadata["waba.reject_reason"] == "entry[0].changes[0].value.messages[1]: type 'order' has no WABA form (policy order)")
        #expect(bad.headers["x-switchyard-error"] == bad.metadata["waba.reject_reason"])
        #expect(bad.metadata["waba.account_id"] == "waba-001")
        let body = try bad.readJSON()
        #expect(body["error"] == .string(bad.metadata["waba.reject_reason"]!))
        #expect(body["path"] == "entry[0].changes[0].value.messages[1]")
        #expect(body["wabaAccountId"] == "waba-001")
        #expect(body["part"] == json(#"{"from":"255712345678","id":"wamid.ORDER","timestamp":"1775991600","type":"order","order":{"catalog_id":"c"}}"#))
    }

    @Test func splitWithOnlyBadPartsStillEmitsThem() async throws {
        let ms = try outputs(await run(try makeStep([("on_bad_part", .plain("split"))]), Parts.order))
        #expect(ms.map { $0.metadata["waba.kind"] } == ["rejected"])
    }

    @Test func aNonWebhookIsRejectedInSplitModeToo() async throws {
        #expect(try rejection(await run(try makeStep([("on_bad_part", .plain("split"))]), "{}")) == "not a Meta webhook: missing 'object'")
    }

    @Test func outputsWriteAsTheContractJSON() async throws {
        // The bytes a sink publishes.
        let m = try single(await run(try makeStep(), messagePost(type: "text", #""text":{"body":"a \"quoted\" word"}"#)))
        #expect(String(decoding: m.body, as: UTF8.self) == #"{"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"wamid.A1","from":"+255712345678","text":"a \"quoted\" word","media":null,"timestamp":"2026-04-12T11:00:00Z"}"#)
    }
}
