import CoreMetrics
import Foundation
import Prometheus
import SwitchyardCore
import SwitchyardPluginAPI
import Synchronization

/// The process's metrics: swift-metrics bootstrapped to a Prometheus registry (the core records route counters,
/// latency and reloads through swift-metrics), plus values read at scrape time (connections, last reload).
public final class SwitchyardMetrics: Sendable {
    /// Bootstraps swift-metrics on first use; touch it before any route is built so their counters report here.
    public static let shared = SwitchyardMetrics()

    public let registry: PrometheusCollectorRegistry
    private let watch = Mutex<Task<Void, Never>?>(nil)
    private let rendering = Mutex(())
    private struct ConnectionSeen {
        var up: Bool
        var reported: Int
    }
    private let seen = Mutex<[String: ConnectionSeen]>([:])

    static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
    ]

    private init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.latencyBuckets
        MetricsSystem.bootstrap(factory)
    }

    /// Prometheus text: everything recorded, after refreshing the scrape-time gauges.
    func render(supervisor: RouteSupervisor?) -> [UInt8] {
        // One scrape at a time: the gauges are the registry's, so another scrape's refresh between this one's
        // refresh and emit would show its supervisor's values here (tests run several supervisors at once).
        rendering.withLock { _ in
            if let supervisor { refresh(supervisor) }
            var out: [UInt8] = []
            out.reserveCapacity(16 * 1024)
            registry.emit(into: &out)
            return out
        }
    }

    func refresh(_ supervisor: RouteSupervisor) {
        let topology = supervisor.topology
        observeConnections(topology.connections)
        let stats = supervisor.reloadStats
        registry.makeGauge(descriptor: .init(metricName: "switchyard_reload_last_success", unitName: "", helpText: "1 when the last reload succeeded (or none ran yet)"))
            .set(Int64(stats.lastSuccess.load(ordering: .relaxed)))
        if let last = supervisor.lastReload {
            let wall = Date().timeIntervalSince1970 - (ContinuousClock.now - last.finishedAt).secondsDouble
            registry.makeGauge(descriptor: .init(metricName: "switchyard_reload_last_timestamp_seconds", unitName: "", helpText: "Unix time the last reload finished"))
                .set(wall)
        }
        registry.makeGauge(descriptor: .init(metricName: "switchyard_routes_running", unitName: "", helpText: "Routes running")).set(Int64(supervisor.runners.count))
    }

    /// Sets `switchyard_connection_up` and counts down→up transitions as reconnects.
    func observeConnections(_ connections: ConnectionSet) {
        for (name, connection) in connections.byName {
            let up = connection.isConnected
            registry.makeGauge(descriptor: .init(metricName: "switchyard_connection_up", unitName: "", helpText: "1 when the connection is up"),
                               labels: [("connection", name)]).set(Int64(up ? 1 : 0))
            let counter = registry.makeCounter(
                descriptor: .init(metricName: "switchyard_connection_reconnects_total", unitName: "", helpText: "Times the connection came back after being down"),
                labels: [("connection", name)])
            let reported = (connection as? any ReconnectCounting)?.reconnectCount
            let delta = seen.withLock { s -> Int in
                guard var entry = s[name] else {
                    s[name] = ConnectionSeen(up: up, reported: reported ?? 0)
                    return 0
                }
                var delta = 0
                if let reported {
                    delta = max(0, reported - entry.reported)
                    entry.reported = reported
                } else if up, !entry.up {
                    delta = 1
                }
                entry.up = up
                s[name] = entry
                return delta
            }
            if delta > 0 { counter.increment(by: Int64(delta)) }
        }
    }

    /// Polls connection state every second so short outages between scrapes still count.
    func startConnectionWatch(supervisor: RouteSupervisor?) {
        guard let supervisor else { return }
        let task = Task { [weak self] in
            while !Task.isCancelled {
                self?.observeConnections(supervisor.topology.connections)
                try? await Task.sleep(for: .seconds(1))
            }
        }
        watch.withLock { old in
            old?.cancel()
            old = task
        }
    }

    func stopConnectionWatch() { watch.withLock { $0?.cancel() } }

    // Counters of HTTP sinks, cached per label set.
    private let counters = Mutex<[String: CoreMetrics.Counter]>([:])

    func count(_ name: String, _ dimensions: [(String, String)], by amount: Int = 1) {
        let key = name + dimensions.map { "|\($0.0)=\($0.1)" }.joined()
        let counter = counters.withLock { c -> CoreMetrics.Counter in
            if let existing = c[key] { return existing }
            let made = CoreMetrics.Counter(label: name, dimensions: dimensions)
            c[key] = made
            return made
        }
        counter.increment(by: amount)
    }
}

extension Duration {
    var secondsDouble: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
