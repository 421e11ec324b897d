import Foundation
import SwitchyardPluginAPI
import Testing
@testable import WABAToWARS

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

/// A bucket name no other test uses.
func uniqueBucket() -> String { "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "") }

func config(_ extra: [(String, ConfigNode)] = [], bucket: String = uniqueBucket()) -> ConfigNode {
    .map([("sessions", .map([("+255700000000", .string("shop-1")), ("+255700000001", .string("nexgate-otp"))]))]
        + (extra.contains { $0.0 == "bucket" } ? [] : [("bucket", .string(bucket))]) + extra)
}

func makeStep(_ extra: [(String, ConfigNode)] = [], bucket: String = uniqueBucket()) throws -> WABAToWARSStep {
    let decoded = try ConfigDecoder.decode(WABAToWARSConfig.self, from: config(extra, bucket: bucket))
    return try WABAToWARSStep(decoded, context: PluginContext(routeName: "r", componentPath: "steps.0.waba_to_wars", connections: NoConnections()))
}

func configError(_ extra: [(String, ConfigNode)]) -> String? {
    do {
        _ = try makeStep(extra)
        return nil
    } catch {
        return "\(error)"
    }
}

func message(_ body: String, id: String = "m1", metadata: [String: String] = [:]) -> Message {
    Message(id: id, body: Array(body.utf8), metadata: metadata, source: "test")
}

enum Outcome {
    case message(Message)
    case rejected(String)
    case dropped(String)
    case other(String)
}

func run(_ step: WABAToWARSStep, _ body: String) async -> Outcome {
    switch await step.process(message(body)) {
    case .message(let m): return .message(m)
    case .rejected(let r): return .rejected(r)
    case .dropped(let r): return .dropped(r)
    case .messages(let ms): return .other("split into \(ms.count)")
    case .retry(let r, _): return .other("retry: \(r)")
    }
}

/// The translated message; records an issue when the step did not emit one.
func translated(_ step: WABAToWARSStep, _ body: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Message {
    let outcome = await run(step, body)
    guard case .message(let m) = outcome else {
        Issue.record("expected a message, got \(outcome)", sourceLocation: sourceLocation)
        throw Failure()
    }
    return m
}

struct Failure: Error {}

func rejection(_ step: WABAToWARSStep, _ body: String, sourceLocation: SourceLocation = #_sourceLocation) async -> String {
    let outcome = await run(step, body)
    guard case .rejected(let r) = outcome else {
        Issue.record("expected a rejection, got \(outcome)", sourceLocation: sourceLocation)
        return ""
    }
    return r
}

func json(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

extension Message {
    var jsonBody: JSONValue { (try? readJSON()) ?? .null }
}
