import SwitchyardPluginAPI

/// Passes one message through a route's steps. Shared by the route runner, `switchyard test` and
/// `switchyard apply`, so all three see the same semantics.
public struct StepPipeline: Sendable {
    public let steps: [any Transform]
    public let names: [String]

    /// Per step: whether its output is kept for `Transform.settled`.
    private let observing: [Bool]
    /// No step observes: `Result.emitted` stays empty (no allocation per message).
    private let noneObserves: Bool

    public init(steps: [any Transform], names: [String]) {
        self.steps = steps
        self.names = names
        observing = steps.map(\.observesSettlement)
        noneObserves = !observing.contains(true)
    }

    public enum Outcome: Sendable {
        /// Messages to hand to the sinks (never empty).
        case messages([Message])
        /// Every message was dropped on purpose; the reasons, in order.
        case dropped([String])
        /// A step refused it: dead letter.
        case rejected(String)
        /// A step asked for a later retry.
        case retry(String, Duration?)
    }

    public struct Result: Sendable {
        public var outcome: Outcome
        /// What each step emitted, for `Transform.settled` (empty for steps that do not observe settlement, and
        /// no entries at all when no step does).
        public var emitted: [[Message]]
        /// Messages dropped on the way (counted even when others went on).
        public var drops: [String]
    }

    public func run(_ message: Message) async -> Result {
        var emitted: [[Message]] = []
        if !noneObserves { emitted.reserveCapacity(steps.count) }
        var drops: [String] = []
        // One message in, one out, step after step (translations, validations): no arrays per step, and each
        // step gets the only copy, so it edits metadata and JSON in place.
        var one: Message? = message  // an Optional only so that take() hands the step the value itself
        for index in steps.indices {
            switch await steps[index].process(one.take()!) {
            case .message(let out):
                one = out
                keep(&emitted, index, [out])
            case .messages(let outs):
                keep(&emitted, index, outs)
                if outs.count == 1 {
                    one = outs[0]
                } else {
                    if outs.isEmpty { return Result(outcome: .dropped(drops), emitted: emitted, drops: drops) }
                    return await fanOut(outs, from: index + 1, emitted: emitted, drops: drops)
                }
            case .dropped(let reason):
                drops.append("\(names[index]): \(reason)")
                keep(&emitted, index, [])
                return Result(outcome: .dropped(drops), emitted: emitted, drops: drops)
            case .rejected(let reason):
                keep(&emitted, index, [])
                return Result(outcome: .rejected("\(names[index]): \(reason)"), emitted: emitted, drops: drops)
            case .retry(let reason, let after):
                keep(&emitted, index, [])
                return Result(outcome: .retry("\(names[index]): \(reason)", after), emitted: emitted, drops: drops)
            }
        }
        return Result(outcome: .messages([one!]), emitted: emitted, drops: drops)
    }

    /// The steps from `start` on, once a step emitted several messages: each goes through the rest.
    private func fanOut(_ messages: [Message], from start: Int, emitted: [[Message]], drops: [String]) async -> Result {
        var current = messages
        var emitted = emitted
        var drops = drops
        for index in start..<steps.count {
            let step = steps[index]
            var next: [Message] = []
            next.reserveCapacity(current.count)
            for i in current.indices {
                let m = current[i]
                current[i] = Self.spent  // the step gets the only copy
                switch await step.process(m) {
                case .message(let out): next.append(out)
                case .messages(let outs): next.append(contentsOf: outs)
                case .dropped(let reason): drops.append("\(names[index]): \(reason)")
                case .rejected(let reason):
                    keep(&emitted, index, next)
                    return Result(outcome: .rejected("\(names[index]): \(reason)"), emitted: emitted, drops: drops)
                case .retry(let reason, let after):
                    keep(&emitted, index, next)
                    return Result(outcome: .retry("\(names[index]): \(reason)", after), emitted: emitted, drops: drops)
                }
            }
            keep(&emitted, index, next)
            current = next
            if current.isEmpty { return Result(outcome: .dropped(drops), emitted: emitted, drops: drops) }
        }
        return Result(outcome: .messages(current), emitted: emitted, drops: drops)
    }

    @inline(__always) private func keep(_ emitted: inout [[Message]], _ index: Int, _ messages: @autoclosure () -> [Message]) {
        if noneObserves { return }
        emitted.append(observing[index] ? messages() : [])
    }

    /// Stands in for a message handed to a step (an empty one: no allocation).
    private static let spent = Message(id: "", body: [])

    /// Tells each step how the messages it emitted ended.
    public func settled(_ emitted: [[Message]], delivered: Bool) async {
        for (i, step) in steps.enumerated() where i < emitted.count && observing[i] {
            await step.settled(emitted[i], delivered: delivered)
        }
    }
}
