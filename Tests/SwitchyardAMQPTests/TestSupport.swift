import CRabbitMQ
import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardAMQP
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// The broker under test, from the environment exactly as scripts/test.sh exports it.
enum Broker {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var url: String { environment["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672/" }

    static let howToStart = """
        start it with `scripts/brokers.sh start rabbitmq` and export its URL with `eval "$(scripts/brokers.sh env)"` \
        (same SWITCHYARD_* port variables for both), or run everything with scripts/test.sh
        """

    static func settings(_ topology: AMQPTopology = AMQPTopology()) throws -> AMQPSettings {
        var s = AMQPSettings(url: try AMQPURL(parsing: url))
        s.topology = topology
        s.connectTimeoutMs = 3000
        return s
    }

    /// Fails the test loudly (never skips) when RabbitMQ is not reachable.
    static func require() async throws {
        let s = try settings()
        let error: String? = await onThread {
            do {
                let w = try Wire(s)
                w.close()
                return nil
            } catch { return "\(error)" }
        }
        if let error {
            throw TestFailure("RabbitMQ is not reachable at \(url) (\(error)): \(howToStart)")
        }
    }

    /// Messages ready in a queue (passive declare), or nil when it does not exist.
    static func depth(_ queue: String) async throws -> Int? {
        let s = try settings()
        return await onThread {
            guard let w = try? Wire(s) else { return nil }
            defer { w.close() }
            let arena = Arena()
            let ok = amqp_queue_declare(w.conn, w.channel, arena.bytes(queue), 1, 0, 0, 0, amqp_empty_table)
            guard let ok else { return nil }
            return Int(ok.pointee.message_count)
        }
    }

    static func deleteQueues(_ names: [String]) async {
        guard let s = try? settings() else { return }
        await onThread {
            guard let w = try? Wire(s) else { return }
            defer { w.close() }
            let arena = Arena()
            for n in names {
                amqp_queue_delete(w.conn, w.channel, arena.bytes(n), 0, 0)
                if (try? w.check(amqp_get_rpc_reply(w.conn), "delete")) == nil { return }
            }
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Runs blocking C calls on their own thread, never on the cooperative pool.
func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { c in
        Thread { c.resume(returning: body()) }.start()
    }
}

func uniqueName(_ prefix: String) -> String { "\(prefix).\(UUID().uuidString.prefix(8).lowercased())" }

/// A JSON body carrying a sequence number, padded to about `size` bytes.
func sequenced(_ n: Int, size: Int = 200) -> [UInt8] {
    let head = #"{"seq":\#(n),"pad":""#
    let pad = String(repeating: "x", count: max(0, size - head.utf8.count - 2))
    return Array((head + pad + "\"}").utf8)
}

func sequenceNumber(_ m: Message) -> Int? { (try? m.readJSON())?["seq"]?.intValue }

/// Publishes `count` sequenced messages with confirms through the connector's own publisher, a few batches
/// in flight at once. Returns how many were not confirmed.
func publishSequenced(
    _ connection: AMQPConnection, exchange: String, routingKey: String, range: Range<Int>, batch: Int = 1000,
    headers: [(key: String, value: String)] = []
) async -> Int {
    let chunks = stride(from: range.lowerBound, to: range.upperBound, by: batch).map { $0..<min($0 + batch, range.upperBound) }
    return await withTaskGroup(of: Int.self) { group in
        var failed = 0
        var next = 0
        func add(_ group: inout TaskGroup<Int>) {
            guard next < chunks.count else { return }
            let chunk = chunks[next]
            next += 1
            group.addTask {
                let messages = chunk.map {
                    OutgoingMessage(exchange: exchange, routingKey: routingKey, body: sequenced($0), headers: headers,
                                    contentType: "application/json", messageId: "m-\($0)")
                }
                return await connection.publish(messages).failures.count
            }
        }
        for _ in 0..<4 { add(&group) }
        while let f = await group.next() {
            failed += f
            add(&group)
        }
        return failed
    }
}

/// A route's source side for tests: takes deliveries, records them, settles each as `decide` says.
final class Collector: SourceOutput, @unchecked Sendable {
    private struct State {
        var seen: Set<Int> = []
        var total = 0
        var messages: [Message] = []
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
        var stopping = false
        var held: [Delivery] = []
    }
    private let state = Mutex(State())
    let keepMessages: Bool
    let decide: @Sendable (Message) -> Settlement
    /// Deliveries it keeps unsettled until `releaseHeld` (a route still working on them).
    let hold: @Sendable (Message) -> Bool

    init(keepMessages: Bool = false, decide: @escaping @Sendable (Message) -> Settlement = { _ in .ack },
         hold: @escaping @Sendable (Message) -> Bool = { _ in false }) {
        self.keepMessages = keepMessages
        self.decide = decide
        self.hold = hold
    }

    func releaseHeld() {
        let held = state.withLock { s in
            defer { s.held = [] }
            return s.held
        }
        for d in held { d.settle(decide(d.message)) }
    }

    func deliver(_ batch: [Delivery]) async {
        state.withLock { s in
            for d in batch {
                s.total += 1
                if let n = sequenceNumber(d.message) { s.seen.insert(n) }
                if keepMessages { s.messages.append(d.message) }
            }
        }
        for d in batch {
            if hold(d.message) { state.withLock { $0.held.append(d) } } else { d.settle(decide(d.message)) }
        }
    }

    var isStopping: Bool { state.withLock { $0.stopping } }

    func waitUntilStopping() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLock { s -> Bool in
                if s.stopping { return true }
                s.stopWaiters.append(c)
                return false
            }
            if now { c.resume() }
        }
    }

    func stop() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.stopping = true
            defer { s.stopWaiters = [] }
            return s.stopWaiters
        }
        for w in waiters { w.resume() }
    }

    var uniqueCount: Int { state.withLock { $0.seen.count } }
    var total: Int { state.withLock { $0.total } }
    var seen: Set<Int> { state.withLock { $0.seen } }
    var messages: [Message] { state.withLock { $0.messages } }
}

/// Polls a condition until it holds or the timeout passes (a wait on an observable state, not a bare sleep).
func eventually(timeout: Duration, every: Duration = .milliseconds(20), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: every)
    }
    return try await condition()
}

/// A sink for tests, registered as `flaky`: fails each message (by id) `failures` times, retryably or not.
struct FlakySinkConfig: PluginConfig {
    var name: String
    var failures: Int
    var retryable: Bool?
    static let fields: [ConfigField] = []
}

final class FlakySink: Sink, @unchecked Sendable {
    static let all = Mutex<[String: FlakySink]>([:])
    let failures: Int
    let retryable: Bool
    private let state = Mutex<(attempts: [String: Int], confirmed: [Message])>(([:], []))

    init(failures: Int, retryable: Bool) {
        self.failures = failures
        self.retryable = retryable
    }

    static func named(_ name: String, failures: Int, retryable: Bool) -> FlakySink {
        all.withLock { a in
            if let s = a[name] { return s }
            let s = FlakySink(failures: failures, retryable: retryable)
            a[name] = s
            return s
        }
    }

    var confirmed: [Message] { state.withLock { $0.confirmed } }
    func attempts(_ id: String) -> Int { state.withLock { $0.attempts[id] ?? 0 } }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        var failed: [Int: DeliveryFailure] = [:]
        state.withLock { s in
            for (i, m) in messages.enumerated() {
                s.attempts[m.id, default: 0] += 1
                if s.attempts[m.id]! <= failures {
                    failed[i] = DeliveryFailure("scripted failure \(s.attempts[m.id]!)", retryable: retryable)
                } else {
                    s.confirmed.append(m)
                }
            }
        }
        return SinkWriteResult(failures: failed)
    }
}

func testRegistry() -> PluginRegistry {
    var r = PluginRegistry()
    registerBuiltins(into: &r)
    registerAMQP(into: &r)
    r.registerSink("flaky", summary: "test sink", config: FlakySinkConfig.self) { c, _ in
        FlakySink.named(c.name, failures: c.failures, retryable: c.retryable ?? true)
    }
    return r
}

/// Writes a config to a temp folder and returns the main file's path.
func writeConfig(_ yaml: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-amqp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("switchyard.yaml").path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// A config built and its routes running in this process.
struct RunningRoutes {
    let topology: Topology
    let runners: [RouteRunner]
    let tasks: [Task<Void, Never>]

    static func start(_ yaml: String) async throws -> RunningRoutes {
        let path = try writeConfig(yaml)
        var env = Broker.environment
        env["AMQP_URL"] = Broker.url
        let (topology, problems) = TopologyBuilder.load(mainFile: path, registry: testRegistry(), environment: env)
        guard let topology else { throw TestFailure("config does not build: \(problems)") }
        for c in topology.connections.byName.values { try await c.start() }
        var logger = Logger(label: "amqp-test")
        logger.logLevel = .error
        var runners: [RouteRunner] = []
        var tasks: [Task<Void, Never>] = []
        for route in topology.routes {
            let runner = RouteRunner(route: route, logger: logger, drainTimeout: .seconds(5))
            try await runner.prepare()
            runners.append(runner)
            tasks.append(Task { await runner.run() })
        }
        return RunningRoutes(topology: topology, runners: runners, tasks: tasks)
    }

    func connection(_ name: String) -> AMQPConnection { topology.connections.byName[name] as! AMQPConnection }

    func stop() async {
        for r in runners { r.stop() }
        for t in tasks { await t.value }
        for c in topology.connections.byName.values { await c.shutdown() }
    }
}

/// Consumes a queue with the connector's own source into a collector until stopped.
struct Consuming {
    let source: AMQPSource
    let collector: Collector
    let task: Task<Void, Never>

    init(_ connection: AMQPConnection, queue: String, collector: Collector = Collector(), prefetch: Int = 512) {
        let source = AMQPSource(connection: connection, queue: queue, prefetch: prefetch, batchSize: 128, retryMode: .republish)
        self.source = source
        self.collector = collector
        task = Task { try? await source.run(output: collector) }
    }

    func stop() async {
        collector.stop()
        await task.value
        await source.shutdown()
    }
}

/// Starts a program with its output appended to a file; the caller stops it by pid.
func spawnProcess(_ args: [String], environment: [String: String], output: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        for p in argv { free(p) }
        for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, args[0], &actions, nil, argv, envp)
    guard rc == 0 else { throw TestFailure("cannot start \(args[0]): \(String(cString: strerror(rc)))") }
    return pid
}

/// Waits (on its own thread) for a child to end; returns its exit code, or 128 + signal.
func waitForExit(_ pid: pid_t) async -> Int32 {
    await onThread {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// Runs a command to completion with this process's environment.
func runCommand(_ args: [String], output: String = "/dev/null") async throws -> Int32 {
    await waitForExit(try spawnProcess(args, environment: Broker.environment, output: output))
}
