import CoreMetrics
import Synchronization

/// One counter of a route: an atomic the admin API reads, mirrored to swift-metrics (labelled by route) so
/// `/metrics` keeps counting across reloads, when a new runner (and new `RouteStats`) replaces the old one.
public final class StatCounter: Sendable {
    private let value = Atomic<Int>(0)
    private let counter: CoreMetrics.Counter?
    private let meter: CoreMetrics.Meter?

    /// `gauge: true` for a value that goes down as well (in flight): mirrored as a meter.
    init(_ name: String, route: String?, gauge: Bool = false) {
        let dimensions = route.map { [("route", $0)] } ?? []
        if gauge {
            counter = nil
            meter = CoreMetrics.Meter(label: name, dimensions: dimensions)
        } else {
            counter = CoreMetrics.Counter(label: name, dimensions: dimensions)
            meter = nil
        }
    }

    // `ordering` keeps the Atomic call shape of the callers; counters are always relaxed (the ordering
    // argument of Atomic must be a compile-time constant).
    public func add(_ n: Int, ordering: AtomicUpdateOrdering) {
        value.add(n, ordering: .relaxed)
        counter?.increment(by: n)
        meter?.increment(by: Double(n))
    }

    public func subtract(_ n: Int, ordering: AtomicUpdateOrdering) {
        value.subtract(n, ordering: .relaxed)
        meter?.decrement(by: Double(n))
    }

    public func load(ordering: AtomicLoadOrdering) -> Int { value.load(ordering: .relaxed) }
}

/// Counters of one route, read by the admin API and metrics (`switchyard_route_*{route="name"}`).
public final class RouteStats: Sendable {
    public let route: String?
    /// Deliveries taken from the source.
    public let received: StatCounter
    /// Deliveries every matching sink confirmed.
    public let delivered: StatCounter
    /// Messages dropped on purpose by a step (duplicates, filtered events).
    public let dropped: StatCounter
    /// The part of `dropped` a dedup step dropped as duplicates.
    public let deduplicated: StatCounter
    /// Messages no sink's `when` matched (acked, counted).
    public let unrouted: StatCounter
    /// Deliveries given back to the source for a later retry.
    public let retried: StatCounter
    /// Deliveries the dead letter took.
    public let deadLettered: StatCounter
    /// Deliveries refused at the source with no dead letter to take them.
    public let rejected: StatCounter
    /// Deliveries taken but not settled yet.
    public let inFlight: StatCounter
    /// Time from the route taking a delivery to its settlement.
    private let latency: CoreMetrics.Timer

    /// Without a route name the counters still count but nothing is reported to swift-metrics under a route.
    public init(route: String? = nil) {
        self.route = route
        received = StatCounter("switchyard_route_received_total", route: route)
        delivered = StatCounter("switchyard_route_delivered_total", route: route)
        dropped = StatCounter("switchyard_route_dropped_total", route: route)
        deduplicated = StatCounter("switchyard_route_deduplicated_total", route: route)
        unrouted = StatCounter("switchyard_route_unrouted_total", route: route)
        retried = StatCounter("switchyard_route_retried_total", route: route)
        deadLettered = StatCounter("switchyard_route_dead_lettered_total", route: route)
        rejected = StatCounter("switchyard_route_rejected_total", route: route)
        inFlight = StatCounter("switchyard_route_in_flight", route: route, gauge: true)
        latency = CoreMetrics.Timer(label: "switchyard_route_latency_seconds", dimensions: route.map { [("route", $0)] } ?? [])
    }

    func recordLatency(since start: ContinuousClock.Instant) {
        let c = (ContinuousClock.now - start).components
        latency.recordNanoseconds(c.seconds * 1_000_000_000 + c.attoseconds / 1_000_000_000)
    }

    public var snapshot: [String: Int] {
        [
            "received": received.load(ordering: .relaxed), "delivered": delivered.load(ordering: .relaxed),
            "dropped": dropped.load(ordering: .relaxed), "deduplicated": deduplicated.load(ordering: .relaxed),
            "unrouted": unrouted.load(ordering: .relaxed), "retried": retried.load(ordering: .relaxed),
            "dead_lettered": deadLettered.load(ordering: .relaxed), "rejected": rejected.load(ordering: .relaxed),
            "in_flight": inFlight.load(ordering: .relaxed),
        ]
    }
}
