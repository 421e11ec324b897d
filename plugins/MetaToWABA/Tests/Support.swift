import SwitchyardPluginAPI
import Testing
@testable import MetaToWABA

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

struct Unexpected: Error, CustomStringConvertible {
    let description: String
}

/// Builds the step the way a route does: from a config node through the registry.
func makeStep(_ pairs: [(String, ConfigNode)] = []) throws -> any Transform {
    var registry = PluginRegistry()
    registerPlugins(into: &registry)
    return try registry.build(.transform, "meta_to_waba", config: .map(pairs),
                              context: PluginContext(routeName: "r", componentPath: "steps.0.meta_to_waba", connections: NoConnections()),
                              as: (any Transform).self)
}

func policy(_ key: String, _ value: String) throws -> any Transform {
    try makeStep([("policies", .map([(key, .plain(value))]))])
}

func run(_ step: any Transform, _ body: String, metadata: [String: String] = [:]) async -> TransformResult {
    await step.process(Message(id: "post-1", body: Array(body.utf8), headers: ["X-Hub-Signature-256": "sha256=00"],
                               metadata: metadata, source: "webhook"))
}

func outputs(_ result: TransformResult) throws -> [Message] {
    switch result {
    case .messages(let ms): return ms
    case .message(let m): return [m]
    default: throw Unexpected(description: "expected messages, got \(result)")
    }
}

func single(_ result: TransformResult) throws -> Message {
    let ms = try outputs(result)
    guard ms.count == 1 else { throw Unexpected(description: "expected one message, got \(ms.count)") }
    return ms[0]
}

func rejection(_ result: TransformResult) throws -> String {
    guard case .rejected(let reason) = result else { throw Unexpected(description: "expected a rejection, got \(result)") }
    return reason
}

func drop(_ result: TransformResult) throws -> String {
    guard case .dropped(let reason) = result else { throw Unexpected(description: "expected a drop, got \(result)") }
    return reason
}

func json(_ text: String) -> JSONValue { try! JSONParser.parse(text) }

/// A Meta POST with one change whose value holds `value` (JSON members, without braces).
func post(account: String = "waba-001", display: String = "255700000000", _ value: String) -> String {
    #"""
    {"object":"whatsapp_business_account","entry":[{"id":"\#(account)","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"\#(display)","phone_number_id":"106540352242922"},\#(value)},"field":"messages"}]}]}
    """#
}

/// A POST with one message from +255712345678 (contact Josh) whose type-specific members are `fields`.
func messagePost(type: String, _ fields: String, id: String = "wamid.A1", from: String = #""from":"255712345678""#) -> String {
    post(#""contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{\#(from),"id":"\#(id)","timestamp":"1775991600","type":"\#(type)"\#(fields.isEmpty ? "" : ",")\#(fields)}]"#)
}

func statusPost(_ status: String, recipient: String = #""recipient_id":"255712345678""#, extra: String = "") -> String {
    post(#""statuses":[{"id":"wamid.S1","status":"\#(status)","timestamp":"1775991630",\#(recipient)\#(extra)}]"#)
}
