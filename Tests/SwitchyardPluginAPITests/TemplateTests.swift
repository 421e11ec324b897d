import Testing
@testable import SwitchyardPluginAPI

@Suite struct TemplateTests {
    let message = Message(
        id: "msg-1", body: Array(#"{"session_id":"shop-1","event":"message","data":{"from":"255@s.whatsapp.net"},"n":5}"#.utf8),
        headers: ["X-Trace": "t1"], metadata: ["session": "meta-session", "routing_key": "whatsapp.outbound.auth"])

    @Test func fillsBodyFieldsMetadataHeadersAndId() throws {
        #expect(try Template(parsing: "wa.events.{session_id}.{event}").render(message) == "wa.events.shop-1.message")
        #expect(try Template(parsing: "wa.send.{$meta.session}").render(message) == "wa.send.meta-session")
        #expect(try Template(parsing: "{data.from}|{n}|{$header.x-trace}|{$id}").render(message) == "255@s.whatsapp.net|5|t1|msg-1")
        // A bare name missing from the body falls back to metadata.
        #expect(try Template(parsing: "wa.send.{session}").render(message) == "wa.send.meta-session")
        #expect(try Template(parsing: "{{literal}} {routing_key}").render(message) == "{literal} whatsapp.outbound.auth")
    }

    @Test func usesTheFallbackWhenMissing() throws {
        #expect(try Template(parsing: "dead.{$meta.route:-unknown}").render(message) == "dead.unknown")
        #expect(try Template(parsing: "{missing:-}x").render(message) == "x")
    }

    @Test func aFallbackMayHoldPlaceholders() throws {
        // The shape of the NATS sink's msg_id in examples/wa-rs-nats: the field when present, else the message id.
        let msgID = try Template(parsing: "{request_id:-{$id}}")
        #expect(try msgID.render(message) == "msg-1")
        let withRequestID = Message(id: "msg-2", body: Array(#"{"request_id":"r-7"}"#.utf8))
        #expect(try msgID.render(withRequestID) == "r-7")
        #expect(try Template(parsing: "wa-rs:{session_id}:{data.message_id:-{$id}}.x").render(message) == "wa-rs:shop-1:msg-1.x")
        #expect(try Template(parsing: "{a:-{b:-{event}}}|{n}").render(message) == "message|5")
        #expect(try Template(parsing: "{a:-x{{y}}z}").render(message) == "x{y}z")
        // The nested placeholder is required unless it has a fallback of its own.
        #expect(throws: TemplateError.self) { try Template(parsing: "{a:-{b}}").render(message) }
        #expect(throws: ConfigError.self) { try Template(parsing: "{a:-{b}") }
    }

    @Test func aMissingFieldIsAnErrorNotACrash() throws {
        let t = try Template(parsing: "wa.events.{session_id}.{kind}")
        #expect(throws: TemplateError.self) { try t.render(message) }
        let notJSON = Message(id: "x", body: Array("plain".utf8))
        do {
            _ = try t.render(notJSON)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason.contains("no value for {session_id}"))
            #expect(error.reason.contains("not JSON"))
        }
    }

    @Test func rejectsBadTemplatesAtConfigTime() {
        #expect(throws: ConfigError.self) { try Template(parsing: "wa.{unclosed") }
        #expect(throws: ConfigError.self) { try Template(parsing: "wa.{}") }
        #expect(throws: ConfigError.self) { try Template(parsing: "{$nope.x}") }
        #expect(throws: ConfigError.self) { try Template(parsing: "{a..b}") }
    }
}
