import CoreMetrics
import Logging
import ServiceLifecycle
import SwitchyardPluginAPI
import Synchronization
import UnixSignals

/// The outcome of one reload, as the admin API and metrics report it.
public struct ReloadOutcome: Sendable {
    public var success: Bool
    public var errors: [ConfigError]
    public var started: [String] = []
    public var stopped: [String] = []
    public var unchanged: [String] = []
    public var duration: Duration = .zero
    public var finishedAt: ContinuousClock.Instant = .now
}

/// Runs a topology as a service: starts its connections, runs every route, swaps routes on reload, and on
/// graceful shutdown (SIGTERM/SIGINT) stops taking messages, settles what is in flight, then closes the
/// connections.
///
/// Reload (Vector's way): build and validate the whole new topology first; invalid → nothing changes.
/// Valid → routes whose config (and the connections they name) did not change keep running untouched; new
/// and changed routes start first (next to their old version, so a webhook path or a queue never lacks a
/// consumer), then the old versions stop taking messages and drain; connections whose settings did not
/// change are reused, unused ones closed. If a new connection or route fails to start, the new ones are
/// stopped and the old topology keeps running.
public final class RouteSupervisor: Service, Sendable {
    public let logger: Logger
    /// Builds the next topology from the config files; connections in `reuse` with unchanged settings are kept.
    public typealias TopologyLoader = @Sendable (_ reuse: ConnectionSet) -> (Topology?, [ConfigError])

    private let loader: TopologyLoader?
    private let state: Mutex<State>
    private let ready = Latch()
    private let reloadLock = AsyncSemaphore(permits: 1)
    private let reloadRequests = Mutex<(running: Bool, pending: Bool)>((false, false))
    public let reloadStats = ReloadStats()

    struct Running {
        let runner: RouteRunner
        let task: Task<Void, Never>
    }

    struct State {
        var topology: Topology
        var running: [String: Running] = [:]
        var lastReload: ReloadOutcome?
        var stopping = false
    }

    public init(topology: Topology, logger: Logger, loader: TopologyLoader? = nil) {
        self.logger = logger
        self.loader = loader
        self.state = Mutex(State(topology: topology))
    }

    public var topology: Topology { state.withLock { $0.topology } }
    public var runners: [RouteRunner] { state.withLock { $0.running.values.map(\.runner) }.sorted { $0.route.name < $1.route.name } }
    public var lastReload: ReloadOutcome? { state.withLock { $0.lastReload } }

    /// Suspends until every route of the first topology has started.
    public func waitUntilReady() async { await ready.wait() }

    public func run() async throws {
        let topology = self.topology
        try await startConnections(Array(topology.connections.byName.values))
        let runners = topology.routes.map { makeRunner($0, settings: topology.config.settings) }
        for r in runners { try await r.prepare() }
        state.withLock { s in for r in runners { s.running[r.route.name] = Running(runner: r, task: Task { await r.run() }) } }
        logger.info("routes running", metadata: ["routes": "\(runners.count)"])
        ready.open()

        // Runs until graceful shutdown (SIGTERM/SIGINT through the service group) or cancellation.
        let shutdown = Latch()
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await shutdown.wait()
            } onGracefulShutdown: {
                shutdown.open()
            }
        } onCancel: {
            shutdown.open()
        }
        logger.info("shutting down: draining routes")
        await reloadLock.acquire()  // let a reload in progress finish first
        let (all, connections) = state.withLock { s -> ([Running], [any Connection]) in
            s.stopping = true
            return (Array(s.running.values), Array(s.topology.connections.byName.values))
        }
        for r in all { r.runner.stop() }
        for r in all { await r.task.value }
        for c in connections { await c.shutdown() }
        reloadLock.release()
        logger.info("stopped")
    }

    /// `settings` of the topology the route belongs to: a reload that changes `drain_timeout` gives the routes
    /// it starts the new value (the running topology is still the old one while they are prepared).
    func makeRunner(_ route: BuiltRoute, settings: RuntimeSettings) -> RouteRunner {
        RouteRunner(route: route, logger: logger, drainTimeout: settings.drainTimeout)
    }

    func startConnections(_ connections: [any Connection]) async throws {
        for c in connections { try await c.start() }
    }

    // MARK: reload

    /// Asks for a reload without waiting (SIGHUP). Requests during a reload are not lost: one more reload
    /// runs after the current one, however many arrived.
    public func requestReload() {
        let start = reloadRequests.withLock { r -> Bool in
            if r.running {
                r.pending = true
                return false
            }
            r.running = true
            return true
        }
        guard start else { return }
        Task {
            var again = true
            while again {
                _ = await reload()
                again = reloadRequests.withLock { r -> Bool in
                    if r.pending {
                        r.pending = false
                        return true
                    }
                    r.running = false
                    return false
                }
            }
        }
    }

    /// Reloads now and returns the outcome (POST /api/v1/reload). Reloads never overlap.
    public func reload() async -> ReloadOutcome {
        await reloadLock.acquire()
        defer { reloadLock.release() }
        let started = ContinuousClock.now
        var outcome = await performReload()
        outcome.duration = ContinuousClock.now - started
        outcome.finishedAt = .now
        reloadStats.record(outcome)
        state.withLock { $0.lastReload = outcome }
        if outcome.success {
            logger.info("reloaded", metadata: [
                "started": "\(outcome.started)", "stopped": "\(outcome.stopped)", "unchanged": "\(outcome.unchanged.count)",
                "duration": "\(outcome.duration)",
            ])
        } else {
            logger.error("reload failed: the running routes stay as they are", metadata: ["errors": "\(outcome.errors.count)"])
            for e in outcome.errors where !e.isWarning { logger.error("\(e.description)") }
        }
        return outcome
    }

    private func performReload() async -> ReloadOutcome {
        guard let loader else { return ReloadOutcome(success: false, errors: [ConfigError("this process was started without a config to reload")]) }
        let (current, isStopping) = state.withLock { ($0.topology, $0.stopping) }
        if isStopping { return ReloadOutcome(success: false, errors: [ConfigError("shutting down")]) }
        let (loaded, problems) = loader(current.connections)
        guard let next = loaded else { return ReloadOutcome(success: false, errors: problems) }

        // Which connections are new (to start) and which old ones nothing uses any more (to close).
        let reused = Set(next.connections.byName.compactMap { name, c in current.connections.byName[name] === c ? name : nil })
        let newConnections = next.connections.byName.filter { !reused.contains($0.key) }.map(\.value)
        let oldToClose = current.connections.byName.filter { name, c in next.connections.byName[name] !== c }.map(\.value)

        // A route is unchanged when its text is, and so is every connection it names.
        let oldRoutes = Dictionary(uniqueKeysWithValues: current.routes.map { ($0.name, $0) })
        var unchanged: [String] = []
        var toStart: [BuiltRoute] = []
        for route in next.routes {
            if let old = oldRoutes[route.name], old.spec.fingerprint == route.spec.fingerprint,
                route.spec.connectionNames.allSatisfy({ reused.contains($0) || next.connections.byName[$0] == nil })
            {
                unchanged.append(route.name)
            } else {
                toStart.append(route)
            }
        }
        let toStop = current.routes.map(\.name).filter { !unchanged.contains($0) }

        // Start what is new; on any failure undo it and keep the old topology.
        var startedConnections: [any Connection] = []
        var startedRunners: [RouteRunner] = []
        do {
            for c in newConnections {
                try await c.start()
                startedConnections.append(c)
            }
            for route in toStart {
                let runner = makeRunner(route, settings: next.config.settings)
                try await runner.prepare()
                startedRunners.append(runner)
            }
        } catch {
            // Prepared runners hold resources too (a webhook path reserved, a channel opened): release them.
            for r in startedRunners { await r.releaseComponents() }
            for c in startedConnections { await c.shutdown() }
            return ReloadOutcome(success: false, errors: [ConfigError("failed to start: \(error); rolled back to the running routes")])
        }
        // Swap: new versions run next to the old ones, then the old ones drain.
        let old = state.withLock { s -> [Running] in
            let old = toStop.compactMap { s.running[$0] }
            for name in toStop { s.running[name] = nil }
            for r in startedRunners { s.running[r.route.name] = Running(runner: r, task: Task { await r.run() }) }
            // Unchanged routes keep their running instance (and its built components).
            let keep = Dictionary(uniqueKeysWithValues: s.topology.routes.filter { unchanged.contains($0.name) }.map { ($0.name, $0) })
            let routes = next.routes.map { keep[$0.name] ?? $0 }
            s.topology = Topology(config: next.config, connections: next.connections, routes: routes, warnings: next.warnings)
            return old
        }
        for r in old { r.runner.stop() }
        for r in old { await r.task.value }
        for c in oldToClose { await c.shutdown() }
        return ReloadOutcome(success: true, errors: problems, started: toStart.map(\.name), stopped: toStop, unchanged: unchanged)
    }
}

/// Reload counters for metrics: count by outcome and whether the last one succeeded.
public final class ReloadStats: Sendable {
    public let succeeded = Atomic<Int>(0)
    public let failed = Atomic<Int>(0)
    /// 1 when the last reload succeeded (or none ran yet), else 0.
    public let lastSuccess = Atomic<Int>(1)

    private let succeededMetric = CoreMetrics.Counter(label: "switchyard_reloads_total", dimensions: [("outcome", "success")])
    private let failedMetric = CoreMetrics.Counter(label: "switchyard_reloads_total", dimensions: [("outcome", "failure")])

    public init() {}

    func record(_ outcome: ReloadOutcome) {
        (outcome.success ? succeededMetric : failedMetric).increment()
        if outcome.success {
            succeeded.add(1, ordering: .relaxed)
            lastSuccess.store(1, ordering: .relaxed)
        } else {
            failed.add(1, ordering: .relaxed)
            lastSuccess.store(0, ordering: .relaxed)
        }
    }
}

/// Triggers a reload on every SIGHUP. The signal sequence is created before the process announces
/// itself ready (an early SIGHUP would otherwise kill it); bursts may coalesce, which is fine because a
/// reload reads the files as they are.
public struct SighupReloader: Service {
    let supervisor: RouteSupervisor
    let signals: UnixSignalsSequence

    public init(supervisor: RouteSupervisor) async {
        self.supervisor = supervisor
        self.signals = await UnixSignalsSequence(trapping: .sighup)
    }

    public func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            supervisor.logger.info("SIGHUP: reloading")
            supervisor.requestReload()
        }
    }
}

extension RouteSpec {
    /// Connection names this route's components refer to (any `connection:` key in their config).
    public var connectionNames: Set<String> {
        var names: Set<String> = []
        func walk(_ node: ConfigNode) {
            switch node.value {
            case .mapping(let pairs):
                for (k, v) in pairs {
                    if k.scalar == "connection", let name = v.scalar { names.insert(name) }
                    walk(v)
                }
            case .sequence(let items): items.forEach(walk)
            case .scalar: break
            }
        }
        for c in [from] + steps + to.map(\.component) + (deadLetter.map { [$0] } ?? []) { walk(c.config) }
        return names
    }
}
