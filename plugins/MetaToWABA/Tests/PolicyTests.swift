import SwitchyardPluginAPI
import Testing
@testable import MetaToWABA

/// One row of the policy table in README.md: a Meta part, a policy value, what comes out.
struct PolicyCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        case text(String)
        case image
        case status(String)
        case dropped
        case rejected
    }
    let key: String
    /// nil: the default.
    let value: String?
    let post: String
    let expected: Expected
    var testDescription: String { "\(key): \(value ?? "default")" }
}

enum Parts {
    static let location = messagePost(type: "location", #""location":{"latitude":-6.7735,"longitude":39.2266,"name":"Mlimani City","address":"Sam Nujoma Rd, Dar es Salaam"}"#)
    static let contacts = messagePost(type: "contacts", #""contacts":[{"name":{"formatted_name":"Asha Mohamed","first_name":"Asha"},"phones":[{"phone":"+255 713 000 111","type":"CELL","wa_id":"255713000111"},{"phone":"+255 22 211 0000","type":"WORK"}]},{"name":{"formatted_name":"Duka"},"phones":[]}]"#)
    static let button = messagePost(type: "button", #""context":{"from":"255700000000","id":"wamid.T"},"button":{"payload":"YES_PAYLOAD","text":"Ndiyo"}"#)
    static let buttonReply = messagePost(type: "interactive", #""interactive":{"type":"button_reply","button_reply":{"id":"b1","title":"Kuku na chips"}}"#)
    static let listReply = messagePost(type: "interactive", #""interactive":{"type":"list_reply","list_reply":{"id":"r2","title":"Soda baridi","description":"500ml"}}"#)
    static let nfmReply = messagePost(type: "interactive", #""interactive":{"type":"nfm_reply","nfm_reply":{"response_json":"{\"size\":\"L\"}","body":"Sent","name":"flow"}}"#)
    static let reaction = messagePost(type: "reaction", #""reaction":{"message_id":"wamid.X","emoji":"👍"}"#)
    static let system = messagePost(type: "system", #""system":{"body":"User A changed from 255712345678 to 255712345679","wa_id":"255712345679","type":"user_changed_number"}"#)
    static let sticker = messagePost(type: "sticker", #""sticker":{"mime_type":"image/webp","sha256":"hs","id":"m-sticker","animated":false}"#)
    static let order = messagePost(type: "order", #""order":{"catalog_id":"c1","text":"please","product_items":[{"product_retailer_id":"kuku","quantity":2,"item_price":5000,"currency":"TZS"}]}"#)
    static let unsupported = messagePost(type: "unsupported", #""errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown"}]"#)
    static let other = messagePost(type: "request_welcome", "")
    static let otherInteractive = messagePost(type: "interactive", #""interactive":{"type":"call_permission_reply"}"#)
    static let played = statusPost("played")
    static let otherStatus = statusPost("deleted")
    static let bsuidSender = messagePost(type: "text", #""text":{"body":"hi"}"#, from: #""from":"","from_user_id":"US.13491208655302741918""#)
    static let bsuidRecipient = statusPost("read", recipient: #""recipient_id":"","recipient_user_id":"US.13491208655302741918""#)
}

@Suite struct PolicyTableTests {
    static let cases: [PolicyCase] = [
        .init(key: "location", value: nil, post: Parts.location, expected: .text("Mlimani City, Sam Nujoma Rd, Dar es Salaam (-6.7735,39.2266)")),
        .init(key: "location", value: "text", post: Parts.location, expected: .text("Mlimani City, Sam Nujoma Rd, Dar es Salaam (-6.7735,39.2266)")),
        .init(key: "location", value: "drop", post: Parts.location, expected: .dropped),
        .init(key: "location", value: "dead_letter", post: Parts.location, expected: .rejected),
        .init(key: "contacts", value: nil, post: Parts.contacts, expected: .text("Asha Mohamed: +255 713 000 111, +255 22 211 0000; Duka")),
        .init(key: "contacts", value: "drop", post: Parts.contacts, expected: .dropped),
        .init(key: "contacts", value: "dead_letter", post: Parts.contacts, expected: .rejected),
        .init(key: "button", value: nil, post: Parts.button, expected: .text("Ndiyo")),
        .init(key: "button", value: "drop", post: Parts.button, expected: .dropped),
        .init(key: "button", value: "dead_letter", post: Parts.button, expected: .rejected),
        .init(key: "button_reply", value: nil, post: Parts.buttonReply, expected: .text("Kuku na chips")),
        .init(key: "button_reply", value: "drop", post: Parts.buttonReply, expected: .dropped),
        .init(key: "button_reply", value: "dead_letter", post: Parts.buttonReply, expected: .rejected),
        .init(key: "list_reply", value: nil, post: Parts.listReply, expected: .text("Soda baridi")),
        .init(key: "list_reply", value: "drop", post: Parts.listReply, expected: .dropped),
        .init(key: "list_reply", value: "dead_letter", post: Parts.listReply, expected: .rejected),
        .init(key: "nfm_reply", value: nil, post: Parts.nfmReply, expected: .rejected),
        .init(key: "nfm_reply", value: "text", post: Parts.nfmReply, expected: .text(#"{"size":"L"}"#)),
        .init(key: "nfm_reply", value: "drop", post: Parts.nfmReply, expected: .dropped),
        .init(key: "reaction", value: nil, post: Parts.reaction, expected: .dropped),
        .init(key: "reaction", value: "text", post: Parts.reaction, expected: .text("👍")),
        .init(key: "reaction", value: "dead_letter", post: Parts.reaction, expected: .rejected),
        .init(key: "system", value: nil, post: Parts.system, expected: .text("User A changed from 255712345678 to 255712345679")),
        .init(key: "system", value: "drop", post: Parts.system, expected: .dropped),
        .init(key: "system", value: "dead_letter", post: Parts.system, expected: .rejected),
        .init(key: "sticker", value: nil, post: Parts.sticker, expected: .dropped),
        .init(key: "sticker", value: "image", post: Parts.sticker, expected: .image),
        .init(key: "sticker", value: "dead_letter", post: Parts.sticker, expected: .rejected),
        .init(key: "order", value: nil, post: Parts.order, expected: .rejected),
        .init(key: "order", value: "drop", post: Parts.order, expected: .dropped),
        .init(key: "unsupported", value: nil, post: Parts.unsupported, expected: .dropped),
        .init(key: "unsupported", value: "dead_letter", post: Parts.unsupported, expected: .rejected),
        .init(key: "other", value: nil, post: Parts.other, expected: .rejected),
        .init(key: "other", value: "drop", post: Parts.other, expected: .dropped),
        .init(key: "other", value: nil, post: Parts.otherInteractive, expected: .rejected),
        .init(key: "other", value: "drop", post: Parts.otherInteractive, expected: .dropped),
        .init(key: "played", value: nil, post: Parts.played, expected: .dropped),
        .init(key: "played", value: "read", post: Parts.played, expected: .status("read")),
        .init(key: "played", value: "dead_letter", post: Parts.played, expected: .rejected),
        .init(key: "other_status", value: nil, post: Parts.otherStatus, expected: .dropped),
        .init(key: "other_status", value: "dead_letter", post: Parts.otherStatus, expected: .rejected),
        .init(key: "bsuid_sender", value: nil, post: Parts.bsuidSender, expected: .rejected),
        .init(key: "bsuid_sender", value: "drop", post: Parts.bsuidSender, expected: .dropped),
        .init(key: "bsuid_sender", value: nil, post: Parts.bsuidRecipient, expected: .rejected),
        .init(key: "bsuid_sender", value: "drop", post: Parts.bsuidRecipient, expected: .dropped),
    ]

    @Test(arguments: cases)
    func followsThePolicy(_ c: PolicyCase) async throws {
        let step = try c.value.map { try policy(c.key, $0) } ?? makeStep()
        let result = await run(step, c.post)
        switch c.expected {
        case .text(let text):
            let m = try single(result)
            let body = try m.readJSON()
            #expect(body["type"] == "MESSAGE_RECEIVED")
            #expect(body["messageType"] == "TEXT")
            #expect(body["text"] == .string(text))
            #expect(body["media"] == .null)
            #expect(body["from"] == "+255712345678")
            #expect(body["wabaUserName"] == "Josh")
            #expect(m.id == "wamid.A1")
        case .image:
            let body = try single(result).readJSON()
            #expect(body["messageType"] == "IMAGE")
            #expect(body["media"] == json(#"{"type":"IMAGE","url":"m-sticker","mimeType":"image/webp","filename":null,"sha256":"hs","caption":null}"#))
        case .status(let status):
            let m = try single(result)
            #expect(try m.readJSON()["status"] == .string(status))
            #expect(m.id == "wamid.S1:\(status)", "a played mapped to read has the read's id, so the broker deduplicates the two")
        case .dropped:
            let reason = try drop(result)
            #expect(reason.hasPrefix("entry[0].changes[0].value."), "the reason names the part: \(reason)")
        case .rejected:
            let reason = try rejection(result)
            #expect(reason.contains("entry[0].changes[0].value."), "the reason names the part: \(reason)")
            #expect(reason.contains("1 bad part"), "\(reason)")
        }
    }

    @Test func reasonsNameTheTypeAndThePolicy() async throws {
        #expect(try rejection(await run(try makeStep(), Parts.order)).contains("entry[0].changes[0].value.messages[0]: type 'order' has no WABA form (policy order)"))
        #expect(try rejection(await run(try makeStep(), Parts.nfmReply)).contains("messages[0]: type 'interactive.nfm_reply' dead-lettered by policy"))
        #expect(try drop(await run(try makeStep(), Parts.unsupported)) == "entry[0].changes[0].value.messages[0]: type 'unsupported' (error 131051 Message type unknown) (policy unsupported)")
        #expect(try rejection(await run(try makeStep(), Parts.bsuidSender)).contains("sender 'US.13491208655302741918' is a business-scoped user id with no phone number (policy bsuid_sender)"))
        #expect(try rejection(await run(try makeStep(), Parts.bsuidRecipient)).contains("statuses[0]: recipient 'US.13491208655302741918' is a business-scoped user id"))
        #expect(try drop(await run(try makeStep(), Parts.played)) == "entry[0].changes[0].value.statuses[0]: status 'played' dropped by policy")
        #expect(try rejection(await run(try makeStep(), Parts.other)).contains("type 'request_welcome' has no WABA form (policy other)"))
    }

    @Test func aRemovedReactionIsDroppedEvenWithTheTextPolicy() async throws {
        let removed = messagePost(type: "reaction", #""reaction":{"message_id":"wamid.X","emoji":""}"#)
        #expect(try drop(await run(try policy("reaction", "text"), removed)) == "entry[0].changes[0].value.messages[0]: reaction removed (no emoji)")
    }

    @Test func locationWithoutNameOrAddressIsJustCoordinates() async throws {
        let bare = messagePost(type: "location", #""location":{"latitude":-6.7735,"longitude":39.2266}"#)
        #expect(try single(await run(try makeStep(), bare)).readJSON()["text"] == "(-6.7735,39.2266)")
    }

    @Test func aDroppedTypeNeedsNoValidFields() async throws {
        // The policy is applied before the sender and timestamp are read.
        let sloppy = post(#""messages":[{"id":"wamid.R","type":"reaction","timestamp":"soon"}]"#)
        #expect(try drop(await run(try makeStep(), sloppy)).hasSuffix("type 'reaction' dropped by policy"))
    }
}

@Suite struct ConfigTests {
    @Test func anUnknownPolicyKeyIsAConfigErrorWithAGuess() throws {
        do {
            _ = try policy("locaton", "drop")
            Issue.record("expected a config error")
        } catch let e as ConfigErrors {
            #expect(e.description.contains("unknown key 'locaton'"))
            #expect(e.description.contains("did you mean 'location'?"))
        }
    }

    @Test func aValueThePolicyDoesNotAllowListsTheAllowedOnes() throws {
        do {
            _ = try policy("order", "text")
            Issue.record("expected a config error")
        } catch let e as ConfigErrors {
            #expect(e.description.contains("'text' is not one of drop, dead_letter"), "\(e)")
        }
        do {
            _ = try policy("sticker", "text")
            Issue.record("expected a config error")
        } catch let e as ConfigErrors {
            #expect(e.description.contains("'text' is not one of image, drop, dead_letter"), "\(e)")
        }
    }

    @Test func badModeAndPrefixAreRefused() throws {
        #expect(throws: ConfigErrors.self) { try makeStep([("on_bad_part", .plain("keep"))]) }
        #expect(throws: ConfigErrors.self) { try makeStep([("routing_key_prefix", .plain("whatsapp.inbound."))]) }
        #expect(throws: ConfigErrors.self) { try makeStep([("routing_key_prefix", .string(""))]) }
    }

    @Test func isRegisteredWithDocumentedFields() {
        var registry = PluginRegistry()
        registerPlugins(into: &registry)
        let entry = registry.entry(.transform, "meta_to_waba")
        #expect(entry?.fields.map(\.name) == ["policies", "on_bad_part", "routing_key_prefix"])
        #expect(entry?.module == "MetaToWABA")
    }
}
