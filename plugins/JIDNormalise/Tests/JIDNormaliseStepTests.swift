import SwitchyardPluginAPI
import Testing
@testable import JIDNormalise

// The jid_normalise transform: config decoding, rewriting of fields (nested, lists), metadata, on_invalid.

private struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

private func build(_ pairs: [(String, ConfigNode)]) throws -> any Transform {
    var registry = PluginRegistry()
    registerPlugins(into: &registry)
    return try registry.build(.transform, "jid_normalise", config: .map(pairs),
                              context: PluginContext(routeName: "r", componentPath: "steps.0.jid_normalise", connections: NoConnections()),
                              as: (any Transform).self)
}

private func list(_ items: String...) -> ConfigNode { ConfigNode(.sequence(items.map { .string($0) })) }

private func run(_ step: any Transform, _ body: String) async -> TransformResult {
    await step.process(Message(id: "m1", body: Array(body.utf8)))
}

private func passed(_ result: TransformResult) throws -> Message {
    guard case .message(let m) = result else { throw StepFailure(result: "\(result)") }
    return m
}

private struct StepFailure: Error { let result: String }

private func buildError(_ pairs: [(String, ConfigNode)]) -> String {
    do {
        _ = try build(pairs)
        return "built"
    } catch {
        return "\(error)"
    }
}

@Suite struct JIDNormaliseStepTests {
    @Test func rewritesEveryFormToTheTarget() async throws {
        let body = #"{"from":"447911123456:12@s.whatsapp.net","chat":"120363025246125486@g.us","to":"+44 7911 123456","sender":"123456789012345:3@lid"}"#
        let cases: [(String, String, String)] = [
            ("jid", "447911123456@s.whatsapp.net", "447911123456@s.whatsapp.net"),
            ("c.us", "447911123456@c.us", "447911123456@c.us"),
            ("e164", "+447911123456", "+447911123456"),
            ("digits", "447911123456", "447911123456"),
        ]
        for (to, from, toValue) in cases {
            let step = try build([("fields", list("from", "chat", "to", "sender")), ("to", .plain(to))])
            let m = try passed(await run(step, body))
            let json = try m.readJSON()
            #expect(json["from"] == .string(from), "to: \(to)")
            #expect(json["to"] == .string(toValue), "to: \(to)")
            // a group and a LID keep their server whatever the target
            #expect(json["chat"] == "120363025246125486@g.us")
            #expect(json["sender"] == "123456789012345@lid")
        }
    }

    @Test func metadataHasTheKindOfTheFirstFieldAndOfEachField() async throws {
        let step = try build([("fields", list("chat", "from", "absent")), ("to", .plain("e164"))])
        let m = try passed(await run(step, #"{"from":"255712345678@c.us","chat":"status@broadcast"}"#))
        #expect(m.metadata["jid.kind"] == "status")
        #expect(m.metadata["jid.kind.chat"] == "status")
        #expect(m.metadata["jid.kind.from"] == "user")
        #expect(m.metadata["jid.kind.absent"] == nil)
        // the first field that is present gives jid.kind
        let m2 = try passed(await run(step, #"{"from":"120363300000000000@newsletter"}"#))
        #expect(m2.metadata["jid.kind"] == "newsletter")
        #expect(try m2.readJSON()["from"] == "120363300000000000@newsletter")
    }

    @Test func nestedPathsAndLists() async throws {
        let step = try build([("fields", list("data.from", "data.mentions", "entry.0.wa_id")), ("to", .plain("c.us"))])
        let m = try passed(await run(step, #"{"data":{"from":"+1 415 555 2671","mentions":["447911123456:2@s.whatsapp.net",null,"120363025246125486@g.us"]},"entry":[{"wa_id":"255712345678"}]}"#))
        let json = try m.readJSON()
        #expect(json == ["data": ["from": "14155552671@c.us",
                                  "mentions": ["447911123456@c.us", .null, "120363025246125486@g.us"]],
                         "entry": [["wa_id": "255712345678@c.us"]]])
        #expect(m.metadata["jid.kind"] == "user")
        #expect(m.metadata["jid.kind.data.mentions.0"] == "user")
        #expect(m.metadata["jid.kind.data.mentions.2"] == "group")
        #expect(m.metadata["jid.kind.entry.0.wa_id"] == "user")
    }

    @Test func missingAndNullFieldsAreSkipped() async throws {
        let step = try build([("fields", list("participant", "from"))])
        let m = try passed(await run(step, #"{"participant":null,"from":"447911123456@c.us"}"#))
        #expect(try m.readJSON() == ["participant": .null, "from": "447911123456@s.whatsapp.net"])
        let untouched = try passed(await run(step, #"{"other":1}"#))
        #expect(try untouched.readJSON() == ["other": 1])
        #expect(untouched.metadata["jid.kind"] == nil)
    }

    @Test func rejectionNamesTheFieldAndTheReason() async throws {
        let step = try build([("fields", list("from", "chat"))])
        guard case .rejected(let reason) = await run(step, #"{"from":"447911123456@c.us","chat":"a@b@c"}"#) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason == "jid_normalise: field 'chat' ('a@b@c'): more than one '@'")
        guard case .rejected(let r2) = await run(step, #"{"from":"447911123456:300@c.us"}"#) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(r2 == "jid_normalise: field 'from' ('447911123456:300@c.us'): device 300 out of range 0...255")
        guard case .rejected(let r3) = await run(step, #"{"from":447911123456}"#) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(r3 == "jid_normalise: field 'from' ('447911123456'): expected a string (or a list of strings), found a number")
        guard case .rejected(let r4) = await run(step, #"{"from":"US.13491208655302741918"}"#) else {
            Issue.record("a business-scoped user id is not a phone number")
            return
        }
        #expect(r4.contains("field 'from'"))
    }

    @Test func passLeavesTheValueAndRecordsTheError() async throws {
        let step = try build([("fields", list("from", "chat")), ("on_invalid", .plain("pass")), ("to", .plain("e164"))])
        let m = try passed(await run(step, #"{"from":"@s.whatsapp.net","chat":"447911123456@c.us"}"#))
        #expect(try m.readJSON() == ["from": "@s.whatsapp.net", "chat": "+447911123456"])
        #expect(m.metadata["jid.error.from"] == "empty user part")
        #expect(m.metadata["jid.kind"] == "user")
        #expect(m.metadata["jid.kind.from"] == nil)
    }

    @Test func nonJSONAndNonObjectBodiesAreRejected() async throws {
        let step = try build([("fields", list("from"))])
        guard case .rejected(let r1) = await run(step, "not json") else { Issue.record("expected a rejection"); return }
        #expect(r1.hasPrefix("jid_normalise: body is not JSON"))
        guard case .rejected(let r2) = await run(step, "[1]") else { Issue.record("expected a rejection"); return }
        #expect(r2 == "jid_normalise: body is not a JSON object")
    }

    @Test func configErrors() {
        #expect(buildError([("fields", list("from")), ("to", .plain("cus"))]).contains("'cus' is not one of jid, c.us, e164, digits"))
        #expect(buildError([("fields", list("from")), ("to", .plain("jid")), ("format", .plain("x"))]).contains("format"))
        #expect(buildError([("to", .plain("jid"))]).contains("fields"))
        #expect(buildError([("fields", ConfigNode(.sequence([])))]).contains("at least one field path"))
        #expect(buildError([("fields", list("a..b"))]).contains("empty segment"))
        #expect(buildError([("fields", list("from")), ("on_invalid", .plain("drop"))]).contains("'drop' is not one of reject, pass"))
        #expect(buildError([("fields", list("from"))]) == "built")
    }
}
