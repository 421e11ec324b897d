// Both translators in one process, as two routes of one Switchyard: the command waba_to_wars emits, WA-RS's
// answer to it, and what wars_to_waba makes of that answer, through the shared memory bucket.
import Foundation
import Synchronization
import SwitchyardPluginAPI
import Testing
import WABAToWARS
import WARSToWABA

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

let sessions = ConfigNode.map([("+255700000000", .string("shop-1")), ("+255700000001", .string("nexgate-otp"))])
let accounts = ConfigNode.map([("+255700000000", .string("waba-001"))])

/// Both steps as a route config would build them, through the registry.
struct Bridge {
    let outbound: any Transform
    let inbound: any Transform
    let failures: any Source
    let bucket: String

    init(_ extra: [(String, ConfigNode)] = [], ttl: String = "1h", deadline: String = "5m") throws {
        bucket = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var registry = PluginRegistry()
        WABAToWARS.registerPlugins(into: &registry)
        WARSToWABA.registerPlugins(into: &registry)
        let context = PluginContext(routeName: "r", componentPath: "steps.0", connections: NoConnections())
        let common: [(String, ConfigNode)] = [("bucket", .string(bucket)), ("ttl", .plain(ttl))]
        outbound = try registry.build(.transform, "waba_to_wars",
                                      config: .map([("sessions", sessions), ("result_deadline", .plain(deadline))] + common),
                                      context: context, as: (any Transform).self)
        inbound = try registry.build(.transform, "wars_to_waba", config: .map([("sessions", sessions), ("accounts", accounts)] + common + extra),
                                     context: context, as: (any Transform).self)
        failures = try registry.build(.source, "wars_send_failures", config: .map(common + [("interval", .plain("20ms"))]),
                                      context: context, as: (any Source).self)
    }
}

/// Collects what a source delivers, acking each delivery.
final class CollectingOutput: SourceOutput {
    private let state = Mutex<(messages: [Message], stopping: Bool)>(([], false))
    func deliver(_ batch: [Delivery]) async {
        state.withLock { $0.messages += batch.map(\.message) }
        for d in batch { d.settle(.ack) }
    }
    var isStopping: Bool { state.withLock { $0.stopping } }
    func waitUntilStopping() async { while !isStopping { try? await Task.sleep(for: .milliseconds(5)) } }
    func stop() { state.withLock { $0.stopping = true } }
    var messages: [Message] { state.withLock { $0.messages } }
}

func body(_ text: String) -> [UInt8] { Array(text.utf8) }
func json(_ text: String) throws -> JSONValue { try JSONParser.parse(body(text)) }

func emitted(_ result: TransformResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Message {
    guard case .message(let m) = result else {
        Issue.record("expected a message, got \(result)", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return m
}

/// What WA-RS publishes after sending a command: the bare result on wa.events.{session}.send_result.
func sendResult(for command: Message, messageId: String = "3EB0DEF456") throws -> Message {
    let requestId = try #require(command.metadata["request_id"])
    let session = try #require(command.metadata["session"])
    return Message(id: "r", body: body(#"{"request_id":"\#(requestId)","success":true,"message_id":"\#(messageId)","error":null,"timestamp":1775991605}"#),
                   metadata: ["subject": "wa.events.\(session).send_result"], source: "nats")
}

let shopDetails = #"{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-002","template":{"templateName":"SHOP_DETAILS","languageCode":"en","params":{"1":"Josh","2":"Mode Bites"}}}"#

@Suite struct BridgeTests {
    @Test func aSendResultBecomesTheStatusOfTheWABAMessageThatCausedIt() async throws {
        let bridge = try Bridge()
        let command = try emitted(await bridge.outbound.process(Message(id: "amqp-1", body: body(shopDetails))))
        let status = try emitted(await bridge.inbound.process(try sendResult(for: command)))
        #expect(try status.readJSON() == (try json(#"""
            {"type":"STATUS_WEBHOOK","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"",
             "messageId":"3EB0DEF456","from":"+255712345678","status":"sent","timestamp":"2026-04-12T11:00:05Z","correlationId":"session-002"}
            """#)))
        #expect(status.metadata["waba.routing_key"] == "whatsapp.inbound.status")
    }

    @Test func anExpiredCorrelationLeavesTheResultToThePolicy() async throws {
        let bridge = try Bridge(ttl: "150ms", deadline: "50ms")
        let command = try emitted(await bridge.outbound.process(Message(id: "amqp-1", body: body(shopDetails))))
        try await Task.sleep(for: .milliseconds(250))
        let result = await bridge.inbound.process(try sendResult(for: command))
        guard case .rejected(let reason) = result else { Issue.record("expected a rejection, got \(result)"); return }
        #expect(reason.hasPrefix("request_id: no correlation entry for request_id 'waba-"))
    }

    @Test func aCommandWithoutResultIsReportedFailedAfterItsDeadline() async throws {
        let bridge = try Bridge(deadline: "100ms")
        let lost = try emitted(await bridge.outbound.process(Message(id: "a", body: body(shopDetails))))
        let answeredInput = shopDetails.replacingOccurrences(of: "session-002", with: "session-009")
        let answered = try emitted(await bridge.outbound.process(Message(id: "b", body: body(answeredInput))))
        _ = try emitted(await bridge.inbound.process(try sendResult(for: answered)))

        let output = CollectingOutput()
        let run = Task { try await bridge.failures.run(output: output) }
        let deadline = ContinuousClock.now + .seconds(2)
        while output.messages.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(100))  // later sweeps add nothing
        output.stop()
        try await run.value

        let failed = output.messages
        #expect(failed.count == 1)
        let status = try #require(failed.first).readJSON()
        #expect(status["status"] == "failed")
        #expect(status["correlationId"] == "session-002")
        #expect(status["messageId"] == .string(try #require(lost.metadata["request_id"])))
    }

    @Test(arguments: [
        #"{"type":"SEND_FREETEXT","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-001","text":"Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."}"#,
        #"{"type":"SEND_FREETEXT","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-006","media":{"url":"https://cdn.nexgate.co.tz/menu.jpg","caption":"Menu ya leo"}}"#,
        #"{"type":"SEND_FREETEXT","messageType":"DOCUMENT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-010","media":{"url":"https://x.example/r.pdf","filename":"r.pdf","caption":"Ripoti"}}"#,
    ])
    func freetextSurvivesTheRoundTripThroughWARS(_ original: String) async throws {
        let bridge = try Bridge()
        let command = try emitted(await bridge.outbound.process(Message(id: "a", body: body(original))))
        let onTheWire = Message(id: command.id, body: command.body, metadata: ["subject": try #require(command.metadata["wars.subject"])])
        let back = try emitted(await bridge.inbound.process(onTheWire))
        #expect(try back.readJSON() == (try json(original)))
    }

    @Test(arguments: [
        #"{"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","text":"Nataka kuku na chips","media":null,"timestamp":"2026-04-12T11:00:00Z"}"#,
        #"{"type":"MESSAGE_RECEIVED","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-124","from":"+255712345678","text":null,"media":{"type":"IMAGE","url":"https://example.com/image.jpg","mimeType":"image/jpeg","filename":"photo.jpg","sha256":"abc123def456","caption":"Hii ndiyo nataka"},"timestamp":"2026-04-12T11:01:00Z"}"#,
    ])
    func receivedMessagesSurviveTheRoundTripThroughWARS(_ original: String) async throws {
        let bridge = try Bridge()
        let event = try emitted(await bridge.outbound.process(Message(id: "a", body: body(original))))
        let back = try emitted(await bridge.inbound.process(Message(id: event.id, body: event.body, metadata: ["subject": event.metadata["wars.subject"] ?? ""])))
        #expect(try back.readJSON() == (try json(original)))
    }
}
