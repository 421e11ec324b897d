import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

/// A sink whose start fails: for the rollback test.
struct FailingStartSink: Sink, LifecycleComponent {
    struct Config: PluginConfig { static let fields: [ConfigField] = [] }
    struct StartFailed: Error, CustomStringConvertible { var description: String { "cannot connect" } }
    func write(_ messages: [Message]) async -> SinkWriteResult { .delivered }
    func start() async throws { throw StartFailed() }
    func shutdown() async {}
}

/// A config in a temporary folder whose route file the test rewrites between reloads.
struct ReloadFixture {
    let dir: URL
    let hub = "reload-\(UUID().uuidString.prefix(8))"
    var broker: MemoryBroker { MemoryBroker.named(hub) }
    let registry = testRegistry { r in
        r.registerSink("failing_start", summary: "test", config: FailingStartSink.Config.self) { _, _ in FailingStartSink() }
    }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sy-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("routes"), withIntermediateDirectories: true)
        try """
            connections:
              \(hub): { type: memory }
            settings: { drain_timeout: 5s }
            """.write(to: dir.appendingPathComponent("switchyard.yaml"), atomically: true, encoding: .utf8)
        try writeSteady()
    }

    func writeSteady() throws {
        try """
            routes:
              - name: steady
                from: { memory: { connection: \(hub), queue: steady-in } }
                to: [ { memory: { connection: \(hub), queue: steady-out } } ]
            """.write(to: dir.appendingPathComponent("routes/steady.yaml"), atomically: true, encoding: .utf8)
    }

    func writeMain(version: Int, extraSink: String? = nil) throws {
        var text = """
            routes:
              - name: main
                from: { memory: { connection: \(hub), queue: in, batch_size: 16 } }
                steps:
                  - set: { fields: { version: \(version) } }
                to:
                  - memory: { connection: \(hub), queue: out }

            """
        if let extraSink {
            text += """
                  - name: extra
                    from: { memory: { connection: \(hub), queue: extra-in } }
                    to: [ { \(extraSink): {} } ]

                """
        }
        try text.write(to: dir.appendingPathComponent("routes/main.yaml"), atomically: true, encoding: .utf8)
    }

    func writeBroken() throws {
        try "routes:\n  - name: main\n    from: { memory: { queue: in }\n".write(
            to: dir.appendingPathComponent("routes/main.yaml"), atomically: true, encoding: .utf8)
    }

    /// `beforeLoad` runs inside every reload before the files are read (a test can hold a reload there).
    func supervisor(beforeLoad: @escaping @Sendable () -> Void = {}) throws -> RouteSupervisor {
        let main = dir.appendingPathComponent("switchyard.yaml").path
        let registry = self.registry
        let (topology, problems) = TopologyBuilder.load(mainFile: main, registry: registry, environment: [:])
        #expect(problems.isEmpty, "\(problems)")
        var logger = Logger(label: "reload-test")
        logger.logLevel = .critical
        return RouteSupervisor(topology: try #require(topology), logger: logger) { reuse in
            beforeLoad()
            return TopologyBuilder.load(mainFile: main, registry: registry, environment: [:], reuse: reuse)
        }
    }
}

func waitFor(_ seconds: Double = 10, _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
    while !condition() && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
}

@Suite(.serialized) struct ReloadTests {
    @Test func reloadsUnderLoadLoseNothingAndLeaveUnchangedRoutesAlone() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1)
        let supervisor = try f.supervisor()
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        let steadyBefore = supervisor.runners.first { $0.route.name == "steady" }

        let total = 20_000
        let publisher = Task {
            for chunk in 0..<(total / 100) {
                f.broker.queue("in").publish((0..<100).map { i in
                    Message(id: "m\(chunk * 100 + i)", body: Array(#"{"n":\#(chunk * 100 + i)}"#.utf8))
                })
                try? await Task.sleep(for: .microseconds(500))
            }
        }
        var outcomes: [ReloadOutcome] = []
        for i in 0..<10 {
            try f.writeMain(version: i % 2 == 0 ? 2 : 1)
            outcomes.append(await supervisor.reload())
        }
        await publisher.value
        let out = f.broker.queue("out")
        var seen = Set<String>()
        var delivered = 0
        try await waitFor {
            for m in out.drain() {
                seen.insert(m.id)
                delivered += 1
            }
            return seen.count == total
        }
        #expect(seen.count == total, "missing \(total - seen.count) messages")
        #expect(outcomes.allSatisfy { $0.success })
        #expect(outcomes.allSatisfy { $0.started == ["main"] && $0.stopped == ["main"] && $0.unchanged == ["steady"] })
        // The unchanged route kept its running instance through all ten reloads.
        #expect(supervisor.runners.first { $0.route.name == "steady" } === steadyBefore)
        #expect(supervisor.reloadStats.succeeded.load(ordering: .relaxed) == 10)
        run.cancel()
        _ = try? await run.value
    }

    @Test func anInvalidConfigKeepsTheRunningRoutes() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1)
        let supervisor = try f.supervisor()
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        let before = supervisor.runners.map(ObjectIdentifier.init)
        try f.writeBroken()
        let outcome = await supervisor.reload()
        #expect(!outcome.success)
        #expect(outcome.errors.first?.description.contains("main.yaml:4:1: error: invalid YAML") == true, "\(outcome.errors)")
        #expect(supervisor.runners.map(ObjectIdentifier.init) == before)
        #expect(supervisor.reloadStats.lastSuccess.load(ordering: .relaxed) == 0)
        // Still routing.
        f.broker.queue("in").publish(Message(id: "after", body: Array("{}".utf8)))
        try await waitFor { f.broker.queue("out").readyCount == 1 }
        #expect(try f.broker.queue("out").drain().first?.readJSON()["version"] == 1)
        run.cancel()
        _ = try? await run.value
    }

    /// The routes a reload starts drain with the reloaded `drain_timeout`, not the one of the config they replace.
    @Test func aChangedDrainTimeoutAppliesToTheRoutesTheReloadStarts() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1)
        let supervisor = try f.supervisor()
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        #expect(supervisor.runners.first { $0.route.name == "main" }?.drainTimeout == .seconds(5))
        try """
            connections:
              \(f.hub): { type: memory }
            settings: { drain_timeout: 2s }
            """.write(to: f.dir.appendingPathComponent("switchyard.yaml"), atomically: true, encoding: .utf8)
        try f.writeMain(version: 2)
        let outcome = await supervisor.reload()
        #expect(outcome.success, "\(outcome.errors)")
        #expect(outcome.started == ["main"])
        #expect(supervisor.runners.first { $0.route.name == "main" }?.drainTimeout == .seconds(2))
        run.cancel()
        _ = try? await run.value
    }

    @Test func aRouteThatFailsToStartRollsBackTheReload() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1)
        let supervisor = try f.supervisor()
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        let before = supervisor.runners.map(ObjectIdentifier.init)
        try f.writeMain(version: 2, extraSink: "failing_start")
        let outcome = await supervisor.reload()
        #expect(!outcome.success)
        #expect(outcome.errors.first?.message.contains("cannot connect") == true)
        #expect(supervisor.runners.map(ObjectIdentifier.init) == before)
        #expect(supervisor.topology.routes.map(\.name).sorted() == ["main", "steady"])
        f.broker.queue("in").publish(Message(id: "after", body: Array("{}".utf8)))
        try await waitFor { f.broker.queue("out").readyCount == 1 }
        #expect(try f.broker.queue("out").drain().first?.readJSON()["version"] == 1)  // the old version
        run.cancel()
        _ = try? await run.value
    }

    @Test func addedAndRemovedRoutesStartAndStop() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1, extraSink: "stdout")
        let supervisor = try f.supervisor()
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        try FileManager.default.removeItem(at: f.dir.appendingPathComponent("routes/steady.yaml"))
        try f.writeMain(version: 1)
        let outcome = await supervisor.reload()
        #expect(outcome.success)
        #expect(Set(outcome.stopped) == ["steady", "extra"])
        #expect(outcome.unchanged == ["main"])
        #expect(supervisor.runners.map(\.route.name) == ["main"])
        run.cancel()
        _ = try? await run.value
    }

    @Test func requestsDuringAReloadAreNotLost() async throws {
        let f = try ReloadFixture()
        try f.writeMain(version: 1)
        // The first reload is held inside its load until all three requests were made.
        let gate = Mutex((entered: 0, open: false))
        let supervisor = try f.supervisor {
            gate.withLock { $0.entered += 1 }
            while !gate.withLock({ $0.open }) { usleep(1000) }
        }
        let run = Task { try await supervisor.run() }
        await supervisor.waitUntilReady()
        try f.writeMain(version: 2)
        supervisor.requestReload()
        try await waitFor { gate.withLock { $0.entered } == 1 }
        supervisor.requestReload()
        supervisor.requestReload()
        gate.withLock { $0.open = true }
        try await waitFor { supervisor.reloadStats.succeeded.load(ordering: .relaxed) >= 2 }
        try await Task.sleep(for: .milliseconds(100))
        // One reload, then exactly one more for the requests that came during it.
        #expect(supervisor.reloadStats.succeeded.load(ordering: .relaxed) == 2)
        run.cancel()
        _ = try? await run.value
    }
}
