import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// A sink for tests: fails each message `failuresPerMessage` times (retryable or not), optionally
/// hangs, and records what it confirmed.
final class ScriptedSink: Sink, @unchecked Sendable {
    let failuresPerMessage: Int
    let retryable: Bool
    let delay: Duration?
    let subject: Template?
    private let state = Mutex<(attempts: [String: Int], confirmed: [Message])>(([:], []))

    init(failuresPerMessage: Int = 0, retryable: Bool = true, delay: Duration? = nil, subject: Template? = nil) {
        self.failuresPerMessage = failuresPerMessage
        self.retryable = retryable
        self.delay = delay
        self.subject = subject
    }

    var confirmed: [Message] { state.withLock { $0.confirmed } }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        if let delay {
            do { try await Task.sleep(for: delay) } catch {
                return .failed(DeliveryFailure("cancelled"), count: messages.count)
            }
        }
        var failures: [Int: DeliveryFailure] = [:]
        for (i, m) in messages.enumerated() {
            if let subject {
                do { _ = try subject.render(m) } catch {
                    failures[i] = DeliveryFailure(error.reason, retryable: false)
                    continue
                }
            }
            let fail = state.withLock { s -> Bool in
                s.attempts[m.id, default: 0] += 1
                if s.attempts[m.id]! <= failuresPerMessage { return true }
                s.confirmed.append(m)
                return false
            }
            if fail { failures[i] = DeliveryFailure("scripted failure", retryable: retryable) }
        }
        return SinkWriteResult(failures: failures)
    }
}

struct RejectingTransform: Transform {
    let field: String
    func process(_ message: Message) async -> TransformResult {
        var m = message
        guard let v = try? m.json()[field] else { return .rejected(reason: "field '\(field)' is missing") }
        return v == "drop" ? .dropped(reason: "asked to") : .message(m)
    }
}

struct SplitTransform: Transform {
    func process(_ message: Message) async -> TransformResult {
        var m = message
        guard let items = try? m.json()["items"]?.arrayValue else { return .rejected(reason: "no items") }
        return .messages(items.enumerated().map { i, v in Message(id: "\(m.id)-\(i)", json: v) })
    }
}

/// Builds a route in code around a memory source queue and the given sinks.
struct Harness {
    let broker: MemoryBroker
    let input: MemoryQueue
    let runner: RouteRunner

    init(
        steps: [any Transform] = [], sinks: [(String, any Sink, Condition?)], deadLetter: (any Sink)? = nil,
        retry: RetryPolicy = RetryPolicy(attempts: 0, delay: .milliseconds(1), backoff: [], multiplier: 1, maxDelay: .milliseconds(1)),
        maxInFlight: Int = 4, drainTimeout: Duration = .seconds(5), batchSize: Int = 64
    ) {
        broker = MemoryBroker(name: UUID().uuidString)
        input = broker.queue("in")
        let spec = RouteSpec(
            name: "test-route", file: "test.yaml", location: nil,
            from: ComponentSpec(plugin: "memory", config: .emptyMap, location: nil, path: "from.memory"),
            steps: [], to: [], retry: retry, deadLetter: nil, maxInFlight: maxInFlight, fingerprint: "")
        let route = BuiltRoute(
            spec: spec, source: MemorySource(queue: input, batchSize: batchSize), steps: steps,
            stepNames: steps.indices.map { "step\($0)" },
            sinks: sinks.map { RouteSink(name: $0.0, sink: $0.1, when: $0.2) },
            deadLetter: deadLetter.map { RouteSink(name: "dead_letter", sink: $0, when: nil) })
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        runner = RouteRunner(route: route, logger: logger, drainTimeout: drainTimeout)
    }

    func publish(_ bodies: [String], deliveryCount: Int = 1) {
        input.publish(bodies.enumerated().map { Message(id: "m\($0.offset)", body: Array($0.element.utf8), source: "memory") })
    }

    /// Runs the route until `done` holds (or 10 s pass), then stops and drains it.
    func run(until done: @escaping @Sendable () -> Bool) async throws {
        let task = Task { await runner.run() }
        let deadline = ContinuousClock.now + .seconds(10)
        while !done() && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        let reached = done()
        runner.stop()
        await task.value
        #expect(reached, "condition not reached within 10 s")
    }
}

@Suite struct RouteRunnerTests {
    @Test func deliversEveryMessageOnceAndAcksIt() async throws {
        let sink = ScriptedSink()
        let h = Harness(sinks: [("out", sink, nil)], maxInFlight: 1)
        h.publish((0..<5000).map { #"{"n":\#($0)}"# })
        try await h.run { sink.confirmed.count == 5000 }
        #expect(sink.confirmed.map(\.id) == (0..<5000).map { "m\($0)" })  // one batch at a time keeps order
        #expect(h.input.unackedCount == 0 && h.input.readyCount == 0)
        #expect(h.runner.stats.delivered.load(ordering: .relaxed) == 5000)
    }

    @Test func aSinkThatFailsTwiceIsRetriedAndDeliversOnce() async throws {
        let sink = ScriptedSink(failuresPerMessage: 2)
        let h = Harness(sinks: [("out", sink, nil)])
        h.publish(["{}", "{}", "{}"])
        try await h.run { sink.confirmed.count == 3 }
        #expect(Set(sink.confirmed.map(\.id)) == ["m0", "m1", "m2"])
        #expect(sink.confirmed.allSatisfy { $0.deliveryCount == 3 })
        #expect(h.runner.stats.retried.load(ordering: .relaxed) == 6)
        #expect(h.input.unackedCount == 0)
    }

    @Test func retriesStopAfterTheAttemptsAndTheMessageIsDeadLettered() async throws {
        let sink = ScriptedSink(failuresPerMessage: 100)
        let dead = ScriptedSink()
        let h = Harness(sinks: [("out", sink, nil)], deadLetter: dead,
                        retry: RetryPolicy(attempts: 3, delay: .milliseconds(1), backoff: [], multiplier: 1, maxDelay: .seconds(1)))
        h.publish([#"{"a":1}"#])
        try await h.run { dead.confirmed.count == 1 }
        let letter = dead.confirmed[0]
        #expect(letter.headers["x-switchyard-error"] == "gave up after 3 attempts: out: scripted failure")
        #expect(letter.headers["x-switchyard-attempts"] == "3")
        #expect(letter.headers["x-switchyard-route"] == "test-route")
        #expect(String(decoding: letter.body, as: UTF8.self) == #"{"a":1}"#)
    }

    @Test func aRejectionGoesStraightToTheDeadLetterWithTheReason() async throws {
        let sink = ScriptedSink()
        let dead = ScriptedSink()
        let h = Harness(steps: [RejectingTransform(field: "must")], sinks: [("out", sink, nil)], deadLetter: dead)
        h.publish([#"{"must":"x"}"#, #"{"other":1}"#, #"{"must":"x"}"#])
        try await h.run { dead.confirmed.count == 1 && sink.confirmed.count == 2 }
        #expect(dead.confirmed[0].headers["x-switchyard-error"] == "step0: field 'must' is missing")
        #expect(dead.confirmed[0].deliveryCount == 1)  // no retry loop for poison
        #expect(h.runner.stats.deadLettered.load(ordering: .relaxed) == 1)
    }

    @Test func withoutADeadLetterARejectionIsRefusedAtTheSource() async throws {
        let sink = ScriptedSink()
        let h = Harness(steps: [RejectingTransform(field: "must")], sinks: [("out", sink, nil)])
        h.publish([#"{"other":1}"#])
        try await h.run { h.input.rejected.count == 1 }
        #expect(h.input.rejected[0].reason == "step0: field 'must' is missing")
        #expect(h.runner.stats.rejected.load(ordering: .relaxed) == 1)
    }

    @Test func aDeadLetterThatFailsLeavesTheMessageAtItsSource() async throws {
        let dead = ScriptedSink(failuresPerMessage: 1)
        let h = Harness(steps: [RejectingTransform(field: "must")], sinks: [("out", ScriptedSink(), nil)], deadLetter: dead)
        h.publish([#"{"other":1}"#])
        try await h.run { dead.confirmed.count == 1 }
        #expect(dead.confirmed[0].deliveryCount == 2)  // came back from the source once
    }

    @Test func aPermanentSinkFailureIsNotRetried() async throws {
        let sink = ScriptedSink(subject: try Template(parsing: "wa.send.{session}"))
        let dead = ScriptedSink()
        let h = Harness(sinks: [("nats", sink, nil)], deadLetter: dead)
        h.publish([#"{"session":"s1"}"#, #"{"nosession":1}"#])
        try await h.run { dead.confirmed.count == 1 && sink.confirmed.count == 1 }
        #expect(dead.confirmed[0].headers["x-switchyard-error"]?.contains("no value for {session}") == true)
        #expect(h.runner.stats.retried.load(ordering: .relaxed) == 0)
    }

    @Test func conditionsRouteMessagesToTheirSinks() async throws {
        let statuses = ScriptedSink(), messages = ScriptedSink()
        let h = Harness(sinks: [
            ("statuses", statuses, try Condition(parsing: "type == 'STATUS_WEBHOOK'")),
            ("messages", messages, try Condition(parsing: "type == 'MESSAGE_RECEIVED'")),
        ])
        h.publish([#"{"type":"STATUS_WEBHOOK"}"#, #"{"type":"MESSAGE_RECEIVED"}"#, #"{"type":"OTHER"}"#])
        try await h.run { statuses.confirmed.count == 1 && messages.confirmed.count == 1 && h.input.unackedCount == 0 && h.input.readyCount == 0 }
        #expect(h.runner.stats.unrouted.load(ordering: .relaxed) == 1)
    }

    @Test func splitsAndDropsAreHandled() async throws {
        let sink = ScriptedSink()
        let h = Harness(steps: [SplitTransform(), RejectingTransform(field: "k")], sinks: [("out", sink, nil)])
        h.publish([#"{"items":[{"k":"a"},{"k":"drop"},{"k":"b"}]}"#, #"{"items":[{"k":"drop"}]}"#])
        try await h.run { sink.confirmed.count == 2 && h.input.unackedCount == 0 && h.input.readyCount == 0 }
        #expect(sink.confirmed.map(\.id) == ["m0-0", "m0-2"])
        #expect(h.runner.stats.dropped.load(ordering: .relaxed) == 2)
    }

    @Test func stoppingFinishesInFlightMessagesBeforeReturning() async throws {
        let sink = ScriptedSink(delay: .milliseconds(200))
        let h = Harness(sinks: [("slow", sink, nil)], batchSize: 10)
        h.publish((0..<10).map { _ in "{}" })
        try await h.run { h.runner.stats.inFlight.load(ordering: .relaxed) == 10 }
        // run() returned after the drain: every taken message was confirmed and acked.
        #expect(sink.confirmed.count == 10)
        #expect(h.input.unackedCount == 0)
    }

    @Test func whatDoesNotFinishWithinTheDrainTimeoutIsGivenBack() async throws {
        let sink = ScriptedSink(delay: .seconds(60))
        let h = Harness(sinks: [("stuck", sink, nil)], drainTimeout: .milliseconds(100), batchSize: 5)
        h.publish((0..<5).map { _ in "{}" })
        try await h.run { h.runner.stats.inFlight.load(ordering: .relaxed) == 5 }
        #expect(sink.confirmed.isEmpty)
        #expect(h.input.unackedCount == 0)
        #expect(h.input.readyCount == 5)  // back in the queue for the next consumer
    }
}
