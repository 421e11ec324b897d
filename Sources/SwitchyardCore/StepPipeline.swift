import SwitchyardPluginAPI

/// Passes one message through a route's steps. Shared by the route runner, `switchyard test` and
/// `switchyard apply`, so all three see the same semantics.
public struct StepPipeline: Sendable {
    public let steps: [any Transform]
    public let names: [String]

    /// Per step: whether its output is kept for `Transform.settled`.
    private let observing: [Bool]

    public init(steps: [any Transform], names: [String]) {
        self.steps = steps
        self.names = names
        observing = steps.map(\.observesSettlement)
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
        /// What each step emitted, for `Transform.settled` (empty for steps that do not observe settlement).
        public var emitted: [[Message]]
        /// Messages dropped on the way (counted even when others went on).
        public var drops: [String]
    }

    public func run(_ message: Message) async -> Result {
        var current = [message]
        var emitted: [[Message]] = []
        emitted.reserveCapacity(steps.count)
        var drops: [String] = []
        for (index, step) in steps.enumerated() {
            var next: [Message] = []
            next.reserveCapacity(current.count)
            for m in current {
                switch await step.process(m) {
                case .message(let out): next.append(out)
                case .messages(let outs): next.append(contentsOf: outs)
                case .dropped(let reason): drops.append("\(names[index]): \(reason)")
                case .rejected(let reason):
                    emitted.append(observing[index] ? next : [])
                    return Result(outcome: .rejected("\(names[index]): \(reason)"), emitted: emitted, drops: drops)
                case .retry(let reason, let after):
                    emitted.append(observing[index] ? next : [])
                    return Result(outcome: .retry("\(names[index]): \(reason)", after), emitted: emitted, drops: drops)
                }
            }
            emitted.append(observing[index] ? next : [])
            current = next
            if current.isEmpty { return Result(outcome: .dropped(drops), emitted: emitted, drops: drops) }
        }
        return Result(outcome: .messages(current), emitted: emitted, drops: drops)
    }

    /// Tells each step how the messages it emitted ended.
    public func settled(_ emitted: [[Message]], delivered: Bool) async {
        for (i, step) in steps.enumerated() where i < emitted.count && observing[i] {
            await step.settled(emitted[i], delivered: delivered)
        }
    }
}
