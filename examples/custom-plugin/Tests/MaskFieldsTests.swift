import SwitchyardPluginAPI
import Testing
@testable import MaskFields

@Suite struct MaskFieldsTests {
    func make(_ fields: [String], keepLast: Int? = nil, keepFirst: Int? = nil) throws -> MaskFields {
        try MaskFields(MaskFieldsConfig(fields: fields, keep_last: keepLast, keep_first: keepFirst, mask: nil))
    }

    @Test func masksTheNamedFields() async throws {
        let step = try make(["from", "data.chat"], keepLast: 3, keepFirst: 5)
        let input = Message(id: "1", body: Array(#"{"from":"+255712345678","data":{"chat":"255712345678@s.whatsapp.net"},"text":"hi"}"#.utf8))
        guard case .message(var out) = await step.process(input) else {
            Issue.record("expected a message")
            return
        }
        let body = try out.json()
        #expect(body["from"] == "+2557•••••678")
        #expect(body["data"]?["chat"] == .string("25571" + String(repeating: "•", count: 19) + "net"))
        #expect(body["text"] == "hi")
    }

    @Test func leavesShortAndMissingValuesAlone() async throws {
        let step = try make(["to", "absent"])
        guard case .message(var out) = await step.process(Message(id: "1", body: Array(#"{"to":"123"}"#.utf8))) else {
            Issue.record("expected a message")
            return
        }
        #expect(try out.json()["to"] == "123")
    }

    @Test func rejectsNonStringFieldsAndNonJSONBodies() async throws {
        let step = try make(["n"])
        guard case .rejected(let reason) = await step.process(Message(id: "1", body: Array(#"{"n":5}"#.utf8))) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason == "field 'n' is not a string")
        guard case .rejected(let why) = await step.process(Message(id: "2", body: Array("not json".utf8))) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(why.hasPrefix("body is not JSON"))
    }

    @Test func refusesAnEmptyFieldList() {
        #expect(throws: ConfigError.self) { try make([]) }
    }
}
