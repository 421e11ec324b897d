import Synchronization

/// Counters of one route, read by the admin API and metrics.
public final class RouteStats: Sendable {
    /// Deliveries taken from the source.
    public let received = Atomic<Int>(0)
    /// Deliveries every matching sink confirmed.
    public let delivered = Atomic<Int>(0)
    /// Messages dropped on purpose by a step (duplicates, filtered events).
    public let dropped = Atomic<Int>(0)
    /// Messages no sink's `when` matched (acked, counted).
    public let unrouted = Atomic<Int>(0)
    /// Deliveries given back to the source for a later retry.
    public let retried = Atomic<Int>(0)
    /// Deliveries the dead letter took.
    public let deadLettered = Atomic<Int>(0)
    /// Deliveries refused at the source with no dead letter to take them.
    public let rejected = Atomic<Int>(0)
    /// Deliveries taken but not settled yet.
    public let inFlight = Atomic<Int>(0)

    public init() {}

    public var snapshot: [String: Int] {
        [
            "received": received.load(ordering: .relaxed), "delivered": delivered.load(ordering: .relaxed),
            "dropped": dropped.load(ordering: .relaxed), "unrouted": unrouted.load(ordering: .relaxed),
            "retried": retried.load(ordering: .relaxed), "dead_lettered": deadLettered.load(ordering: .relaxed),
            "rejected": rejected.load(ordering: .relaxed), "in_flight": inFlight.load(ordering: .relaxed),
        ]
    }
}
