// Scenario 1's steps without brokers (issue 9): e164_validate + waba_to_wars + jid_normalise + dedup on the WABA
// command of benchmarks/payloads/waba-outbound.json, each message with a new seq (new content hash, new dedup key),
// then the body written as the sink would. The steps are built from config through the plugins' registrations, run
// one after another with ownership handed on (as StepPipeline does), and dedup is told the delivery. Malloc counts
// are exact here; end to end, the same work is most of the difference between scenario 1 and scenario 2.
import Benchmark
import Dedup
import E164Validate
import Foundation
import JIDNormalise
import SwitchyardPluginAPI
import WABAToWARS

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

func step(_ registry: PluginRegistry, _ name: String, _ config: ConfigNode) -> any Transform {
    let context = PluginContext(routeName: "s1", componentPath: "steps.\(name)", connections: NoConnections())
    do { return try registry.build(.transform, name, config: config, context: context, as: (any Transform).self) } catch {
        fatalError("\(name): \(error)")
    }
}

let routeSteps: [any Transform] = {
    var registry = PluginRegistry()
    E164Validate.registerPlugins(into: &registry)
    WABAToWARS.registerPlugins(into: &registry)
    JIDNormalise.registerPlugins(into: &registry)
    Dedup.registerPlugins(into: &registry)
    return [
        step(registry, "e164_validate", .map([("fields", ConfigNode(.sequence([.plain("to")]))), ("mode", .plain("strict"))])),
        step(registry, "waba_to_wars", .map([("sessions", .map([("+255700000000", .plain("shop-1"))]))])),
        step(registry, "jid_normalise", .map([("fields", ConfigNode(.sequence([.plain("to")]))), ("to", .plain("digits"))])),
        step(registry, "dedup", .map([("key", .string("{request_id}")), ("window", .plain("10m"))])),
    ]
}()

/// The payload split at its `{seq}` placeholders (`{ts_ns}` filled in once), so each message gets its own seq
/// without Foundation's string search in the way of a profile.
let payloadParts: [[UInt8]] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../payloads/waba-outbound.json")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
    // The scenario scripts also put the seq into the text, so the body has escaped quotes like real texts do.
    let withText = text.replacingOccurrences(of: "\"text\":\"", with: "\"text\":\"[\\\"seq\\\":{seq},\\\"ts_ns\\\":{ts_ns}] ")
        .replacingOccurrences(of: "{ts_ns}", with: "1764633600000000000")
    return withText.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "{seq}").map { Array($0.utf8) }
}()

final class SeqCounter: @unchecked Sendable { var next = 0 }
let sequence = SeqCounter()

func amqpMessage(_ seq: Int) -> Message {
    let digits = Array(String(seq).utf8)
    var body: [UInt8] = []
    body.reserveCapacity(1024)
    for (i, part) in payloadParts.enumerated() {
        if i > 0 { body.append(contentsOf: digits) }
        body.append(contentsOf: part)
    }
    var metadata = [String: String](minimumCapacity: 24)
    metadata["queue"] = "q.whatsapp.outbound"
    metadata["exchange"] = "whatsapp.exchange"
    metadata["routing_key"] = "whatsapp.outbound.message"
    metadata["redelivered"] = "false"
    metadata["delivery_tag"] = String(seq)
    metadata["content_type"] = "application/json"
    return Message(id: "amqp-1-\(seq)", body: body, metadata: metadata, source: "amqp")
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal], maxDuration: .seconds(3))

    Benchmark("scenario 1 steps + body write (one message)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let steps = routeSteps
        // Inputs are made before measuring: building them is the source's work, not the steps'.
        var inputs = (0..<benchmark.scaledIterations.count).map { amqpMessage(sequence.next + $0) }
        sequence.next += inputs.count
        var written = 0
        benchmark.startMeasurement()
        for i in inputs.indices {
            let original = inputs[i]  // the route keeps the delivery for a retry or a dead letter
            var message: Message? = original
            var kept: [Message] = []
            for s in steps {
                guard case .message(let out) = await s.process(message.take()!) else { fatalError("step did not pass the message") }
                if s.observesSettlement { kept = [out] }
                message = out
            }
            written &+= message!.body.count
            await steps[3].settled(kept, delivered: true)
            inputs[i] = Message(id: "", body: [])
        }
        benchmark.stopMeasurement()
        blackHole(written)
    }

    // Each step alone, on what the steps before it made of the message (made before measuring): where the
    // time of the whole chain goes.
    for (index, name) in ["e164_validate", "waba_to_wars", "jid_normalise", "dedup"].enumerated() {
        Benchmark("step \(index + 1) alone: \(name)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            let steps = routeSteps
            var inputs: [Message] = []
            inputs.reserveCapacity(benchmark.scaledIterations.count)
            for n in 0..<benchmark.scaledIterations.count {
                var m = amqpMessage(sequence.next + n)
                for s in steps[..<index] {
                    guard case .message(let out) = await s.process(m) else { fatalError("step did not pass the message") }
                    m = out
                }
                inputs.append(m)
            }
            sequence.next += inputs.count
            let step = steps[index]
            var outputs: [TransformResult] = []
            outputs.reserveCapacity(inputs.count)
            benchmark.startMeasurement()
            for i in inputs.indices {
                let m = inputs[i]
                inputs[i] = Message(id: "", body: [])  // the step gets the only copy, as in the route
                outputs.append(await step.process(m))
            }
            benchmark.stopMeasurement()
            blackHole(outputs.count)
        }
    }
}
