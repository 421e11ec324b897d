import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// A step that records the settlements it is told about.
final class SettlementRecorder: Transform, @unchecked Sendable {
    let observes: Bool
    let seen = Mutex<[(ids: [String], delivered: Bool)]>([])
    init(observes: Bool) { self.observes = observes }
    func process(_ message: Message) async -> TransformResult {
        var m = message
        m.metadata["seen"] = "yes"
        return .message(m)
    }
    var observesSettlement: Bool { observes }
    func settled(_ messages: [Message], delivered: Bool) async {
        seen.withLock { $0.append((messages.map(\.id), delivered)) }
    }
}

@Suite struct StepPipelineTests {
    @Test func keepsOutputsOnlyForStepsThatObserveSettlement() async {
        let quiet = SettlementRecorder(observes: false)
        let observing = SettlementRecorder(observes: true)
        let pipeline = StepPipeline(steps: [quiet, observing], names: ["quiet", "observing"])
        let result = await pipeline.run(Message(id: "m1", body: Array(#"{"a":1}"#.utf8)))
        #expect(result.emitted.count == 2)
        #expect(result.emitted[0].isEmpty)  // not kept: the next step edits it without a copy
        #expect(result.emitted[1].map(\.id) == ["m1"])
        await pipeline.settled(result.emitted, delivered: true)
        #expect(quiet.seen.withLock { $0.isEmpty })
        #expect(observing.seen.withLock { $0.map(\.ids) } == [["m1"]])
        #expect(observing.seen.withLock { $0.map(\.delivered) } == [true])
    }
}

/// Emits each input twice (ids suffixed -a and -b), as a translation of one POST into several events does. Declared
/// without `consuming`: such a witness conforms too.
struct Splitter: Transform {
    func process(_ message: Message) async -> TransformResult {
        var a = message
        var b = message
        a.id += "-a"
        b.id += "-b"
        return .messages([a, b])
    }
}

/// Drops or rejects the messages whose id ends with a given suffix, passes the others with a mark.
struct Sieve: Transform {
    let dropSuffix: String?
    let rejectSuffix: String?
    func process(_ message: consuming Message) async -> TransformResult {
        if let s = dropSuffix, message.id.hasSuffix(s) { return .dropped(reason: "sieved \(message.id)") }
        if let s = rejectSuffix, message.id.hasSuffix(s) { return .rejected(reason: "refused \(message.id)") }
        message.metadata["sieved"] = "yes"
        return .message(message)
    }
}

@Suite struct StepPipelineFanOutTests {
    let input = Message(id: "m1", body: Array(#"{"a":1}"#.utf8), metadata: ["k": "v"])

    @Test func eachMessageOfAFanOutGoesThroughTheLaterSteps() async {
        let observing = SettlementRecorder(observes: true)
        let pipeline = StepPipeline(steps: [Splitter(), Sieve(dropSuffix: nil, rejectSuffix: nil), observing],
                                    names: ["split", "sieve", "observing"])
        let result = await pipeline.run(input)
        guard case .messages(let out) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(out.map(\.id) == ["m1-a", "m1-b"])
        #expect(out.allSatisfy { $0.metadata == ["k": "v", "sieved": "yes", "seen": "yes"] })
        #expect(result.emitted.map(\.count) == [0, 0, 2])
        #expect(input.metadata == ["k": "v"])  // the route's own copy of the delivery is untouched
    }

    @Test func aFanOutDropsOnlyWhatASieveDrops() async {
        let pipeline = StepPipeline(steps: [Splitter(), Sieve(dropSuffix: "-a", rejectSuffix: nil)], names: ["split", "sieve"])
        let result = await pipeline.run(input)
        guard case .messages(let out) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(out.map(\.id) == ["m1-b"])
        #expect(result.drops == ["sieve: sieved m1-a"])
    }

    @Test func aRejectionInsideAFanOutRejectsTheInput() async {
        let pipeline = StepPipeline(steps: [Splitter(), Sieve(dropSuffix: nil, rejectSuffix: "-b")], names: ["split", "sieve"])
        guard case .rejected(let reason) = await pipeline.run(input).outcome else { Issue.record("not rejected"); return }
        #expect(reason == "sieve: refused m1-b")
    }

    @Test func droppingTheOnlyMessageEndsThePipeline() async {
        let later = SettlementRecorder(observes: true)
        let pipeline = StepPipeline(steps: [Sieve(dropSuffix: "1", rejectSuffix: nil), later], names: ["sieve", "later"])
        let result = await pipeline.run(input)
        guard case .dropped(let reasons) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(reasons == ["sieve: sieved m1"])
        #expect(result.emitted.count == 1)  // the later step never saw it
    }

    @Test func noStepObservingKeepsNothing() async {
        let pipeline = StepPipeline(steps: [Sieve(dropSuffix: nil, rejectSuffix: nil), SettlementRecorder(observes: false)],
                                    names: ["sieve", "quiet"])
        let result = await pipeline.run(input)
        guard case .messages(let out) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(out.map(\.id) == ["m1"] && out[0].metadata["sieved"] == "yes")
        #expect(result.emitted.isEmpty)
    }
}
