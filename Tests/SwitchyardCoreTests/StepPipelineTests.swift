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
