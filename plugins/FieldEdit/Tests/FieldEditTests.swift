import SwitchyardPluginAPI
import Testing
@testable import FieldEdit

func node(_ pairs: [(String, ConfigNode)]) -> ConfigNode { .map(pairs) }

func run(_ step: any Transform, _ body: String, metadata: [String: String] = [:]) async -> TransformResult {
    await step.process(Message(id: "m1", body: Array(body.utf8), metadata: metadata))
}

func body(_ result: TransformResult) throws -> JSONValue {
    guard case .message(let m) = result else { throw Unexpected(result: "\(result)") }
    return try m.readJSON()
}

struct Unexpected: Error { let result: String }

@Suite struct SetTests {
    @Test func setsConstantsTemplatesAndMetadata() async throws {
        var registry = PluginRegistry()
        registerPlugins(into: &registry)
        let config = node([
            ("fields", node([
                ("source", .plain("switchyard")),
                ("count", .plain("3")),
                ("data.session", .string("{$meta.subject}")),
                ("copy", .string("{user.name}-{$id}")),
            ])),
            ("metadata", node([("kind", .string("{type}"))])),
        ])
        let step = try registry.build(.transform, "set", config: config,
                                      context: PluginContext(routeName: "r", componentPath: "steps.0.set", connections: NoConnections()),
                                      as: (any Transform).self)
        let result = await run(step, #"{"type":"message","user":{"name":"Josh"}}"#, metadata: ["subject": "wa.events.s1.message"])
        #expect(try body(result) == ["type": "message", "user": ["name": "Josh"], "source": "switchyard", "count": 3,
                                     "data": ["session": "wa.events.s1.message"], "copy": "Josh-m1"])
        guard case .message(let m) = result else { return }
        #expect(m.metadata["kind"] == "message")
    }

    @Test func aMissingTemplateFieldRejectsWithTheReason() async throws {
        let step = try SetFields(SetConfig(fields: ConfigMap([("x", .string("{absent}"))]), metadata: nil))
        guard case .rejected(let reason) = await run(step, "{}") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason.contains("no value for {absent}"))
    }

    @Test func refusesAnEmptyConfigAndNonObjects() async throws {
        #expect(throws: ConfigError.self) { try SetFields(SetConfig(fields: nil, metadata: nil)) }
        let step = try SetFields(SetConfig(fields: ConfigMap([("x", .plain("1"))]), metadata: nil))
        guard case .rejected(let reason) = await run(step, "[1]") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason == "body is not a JSON object")
    }
}

@Suite struct RenameAndDropTests {
    @Test func renamesNestedFieldsKeepingOthers() async throws {
        let step = try RenameFields(RenameConfig(fields: ConfigMap([("data.from", "sender"), ("absent", "x")]), required: nil))
        #expect(try body(await run(step, #"{"data":{"from":"a","to":"b"}}"#)) == ["data": ["to": "b"], "sender": "a"])
    }

    @Test func requiredRenameRejectsWhenMissing() async throws {
        let step = try RenameFields(RenameConfig(fields: ConfigMap([("a", "b")]), required: true))
        guard case .rejected(let reason) = await run(step, "{}") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason == "field 'a' is missing")
    }

    @Test func dropsFieldsAndIgnoresMissingOnes() async throws {
        let step = try DropFields(DropFieldsConfig(fields: ["apikey", "data.raw", "nope.deeper"]))
        #expect(try body(await run(step, #"{"apikey":"s","data":{"raw":1,"keep":2},"event":"e"}"#)) == ["data": ["keep": 2], "event": "e"])
    }

    @Test func badPathsAreConfigErrors() {
        #expect(throws: ConfigError.self) { try DropFields(DropFieldsConfig(fields: ["a..b"])) }
        #expect(throws: ConfigError.self) { try DropFields(DropFieldsConfig(fields: [])) }
        #expect(throws: ConfigError.self) { try RenameFields(RenameConfig(fields: ConfigMap([]), required: nil)) }
    }

    @Test func notJSONIsRejected() async throws {
        let step = try DropFields(DropFieldsConfig(fields: ["a"]))
        guard case .rejected(let reason) = await run(step, "plain text") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(reason.hasPrefix("body is not JSON"))
    }
}

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}
