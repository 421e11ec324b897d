import Logging
import ServiceLifecycle
import SwitchyardPluginAPI
import Synchronization

/// Runs a topology as a service: starts its connections, runs every route concurrently, and on
/// graceful shutdown (SIGTERM/SIGINT) stops taking messages, settles what is in flight, then closes
/// the connections.
public final class RouteSupervisor: Service, Sendable {
    public let logger: Logger
    private let state: Mutex<State>
    private let ready = Latch()

    struct State {
        var topology: Topology
        var runners: [String: RouteRunner] = [:]
    }

    public init(topology: Topology, logger: Logger) {
        self.logger = logger
        self.state = Mutex(State(topology: topology))
    }

    public var topology: Topology { state.withLock { $0.topology } }
    public var runners: [RouteRunner] { state.withLock { Array($0.runners.values) }.sorted { $0.route.name < $1.route.name } }

    /// Suspends until every route has started.
    public func waitUntilReady() async { await ready.wait() }

    public func run() async throws {
        let topology = self.topology
        for (name, connection) in topology.connections.byName.sorted(by: { $0.key < $1.key }) {
            do { try await connection.start() } catch {
                logger.error("connection failed to start", metadata: ["connection": "\(name)", "error": "\(error)"])
                throw error
            }
        }
        let runners = topology.routes.map { RouteRunner(route: $0, logger: logger, drainTimeout: topology.config.settings.drainTimeout) }
        state.withLock { s in for r in runners { s.runners[r.route.name] = r } }
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for runner in runners {
                    group.addTask { await runner.run() }
                }
                logger.info("routes running", metadata: ["routes": "\(runners.count)"])
                ready.open()
            }
        } onGracefulShutdown: {
            self.logger.info("shutting down: draining routes")
            for r in runners { r.stop() }
        }
        for (_, connection) in topology.connections.byName { await connection.shutdown() }
        logger.info("stopped")
    }
}
