import Foundation
import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

func uniqueBucket() -> String { "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "") }

func makeStep(_ extra: [(String, ConfigNode)] = [], bucket: String = uniqueBucket()) throws -> WARSToWABAStep {
    let defaults: [(String, ConfigNode)] = [
        ("sessions", .map([("+255700000000", .string("shop-1")), ("+6281100000000", .string("my-session"))])),
        ("accounts", .map([("+255700000000", .string("waba-001"))])),
        ("bucket", .string(bucket)),
    ]
    let node = ConfigNode.map(defaults.filter { d in !extra.contains { $0.0 == d.0 } } + extra)
    let decoded = try ConfigDecoder.decode(WARSToWABAConfig.self, from: node)
    return try WARSToWABAStep(decoded, context: PluginContext(routeName: "r", componentPath: "steps.0.wars_to_waba", connections: NoConnections()))
}

func configError(_ extra: [(String, ConfigNode)]) -> String? {
    do {
        _ = try makeStep(extra)
        return nil
    } catch { return "\(error)" }
}

enum Outcome: CustomStringConvertible {
    case message(Message)
    case rejected(String)
    case dropped(String)
    case other(String)

    var description: String {
        switch self {
        case .message(let m): return "message \(String(decoding: m.body, as: UTF8.self))"
        case .rejected(let r): return "rejected: \(r)"
        case .dropped(let r): return "dropped: \(r)"
        case .other(let r): return r
        }
    }
}

func run(_ step: WARSToWABAStep, _ body: String, subject: String? = nil) async -> Outcome {
    var metadata: [String: String] = [:]
    if let subject { metadata["subject"] = subject }
    switch await step.process(Message(id: "n1", body: Array(body.utf8), metadata: metadata, source: "nats")) {
    case .message(let m): return .message(m)
    case .rejected(let r): return .rejected(r)
    case .dropped(let r): return .dropped(r)
    case .messages(let ms): return .other("split into \(ms.count)")
    case .retry(let r, _): return .other("retry: \(r)")
    }
}

struct Failure: Error {}

func translated(_ step: WARSToWABAStep, _ body: String, subject: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Message {
    let outcome = await run(step, body, subject: subject)
    guard case .message(let m) = outcome else {
        Issue.record("expected a message, got \(outcome)", sourceLocation: sourceLocation)
        throw Failure()
    }
    return m
}

func rejection(_ step: WARSToWABAStep, _ body: String, subject: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async -> String {
    let outcome = await run(step, body, subject: subject)
    guard case .rejected(let r) = outcome else {
        Issue.record("expected a rejection, got \(outcome)", sourceLocation: sourceLocation)
        return ""
    }
    return r
}

func dropReason(_ step: WARSToWABAStep, _ body: String, subject: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async -> String {
    let outcome = await run(step, body, subject: subject)
    guard case .dropped(let r) = outcome else {
        Issue.record("expected a drop, got \(outcome)", sourceLocation: sourceLocation)
        return ""
    }
    return r
}

func json(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

extension Message {
    var jsonBody: JSONValue { (try? readJSON()) ?? .null }
}

/// A WA-RS `message` event with the fields the gateway sends (field notes), `data` members overridable.
func warsMessage(session: String = "shop-1", _ overrides: [(String, String)] = []) -> String {
    var data: [(String, String)] = [
        ("from", #""255712345678@s.whatsapp.net""#), ("chat", #""255712345678@s.whatsapp.net""#),
        ("message_id", #""3EB0ABC123DEF4567890""#), ("timestamp", "1775991600"), ("is_from_me", "false"),
        ("push_name", #""Josh""#), ("verified_name", "null"), ("message_type", #""text""#),
        ("text", #""Nataka kuku na chips""#), ("caption", "null"), ("media_mimetype", "null"), ("media", "null"),
        ("is_group", "false"), ("participant", "null"),
    ]
    for (k, v) in overrides {
        if let i = data.firstIndex(where: { $0.0 == k }) { data[i].1 = v } else { data.append((k, v)) }
    }
    let members = data.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",")
    return #"{"session_id":"\#(session)","event":"message","timestamp":1775991601,"data":{\#(members)}}"#
}

/// Writes a correlation entry as waba_to_wars does.
func storeEntry(bucket: String, requestId: String, deadline: Int64 = WallClock.unixMillis() + 300_000, ttl: Duration = .seconds(3600)) async throws {
    let entry = CorrelationEntry(
        requestId: requestId, type: "SEND_FREETEXT", messageType: "TEXT", wabaAccountId: "waba-001", wabaNumber: "+255700000000",
        to: "+255712345678", correlationId: "session-001", session: "shop-1", created: deadline - 300_000, deadline: deadline)
    try await MemoryKeyValueBucket.shared(named: bucket, ttl: ttl).put(CorrelationEntry.key(requestId), value: JSONWriter.bytes(entry.json))
}
