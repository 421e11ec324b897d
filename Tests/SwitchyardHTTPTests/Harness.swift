import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI
import SwitchyardPlugins

/// A connection whose state the test sets (readiness, metrics).
final class FakeConnection: Connection, @unchecked Sendable {
    private let up = Atomic<Bool>(true)
    var isConnected: Bool { up.load(ordering: .relaxed) }
    func set(_ value: Bool) { up.store(value, ordering: .relaxed) }
    func start() async throws {}
    func shutdown() async {}

    static let byName = Mutex<[String: FakeConnection]>([:])
    static func named(_ name: String) -> FakeConnection {
        byName.withLock { d in
            if let c = d[name] { return c }
            let c = FakeConnection()
            d[name] = c
            return c
        }
    }
}

/// A sink the test controls: confirms, fails (retryable or not) or holds messages until a gate opens.
final class ControlledSink: Sink, @unchecked Sendable {
    enum Mode: Sendable { case confirm, failRetryable, failPermanent, hold }
    private let state = Mutex<(mode: Mode, confirmed: [Message], attempts: Int, waiters: [CheckedContinuation<Void, Never>])>((.confirm, [], 0, []))

    var confirmed: [Message] { state.withLock { $0.confirmed } }
    var attempts: Int { state.withLock { $0.attempts } }
    func set(_ mode: Mode) {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.mode = mode
            defer { s.waiters = [] }
            return mode == .hold ? [] : s.waiters
        }
        for w in waiters { w.resume() }
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        let mode = state.withLock { s -> Mode in
            s.attempts += messages.count
            return s.mode
        }
        switch mode {
        case .confirm:
            state.withLock { $0.confirmed += messages }
            return .delivered
        case .failRetryable:
            return .failed(DeliveryFailure("sink is down", retryable: true, retryAfter: .seconds(7)), count: messages.count)
        case .failPermanent:
            return .failed(DeliveryFailure("sink refused it", retryable: false), count: messages.count)
        case .hold:
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now = state.withLock { s -> Bool in
                    if s.mode != .hold { return true }
                    s.waiters.append(c)
                    return false
                }
                if now { c.resume() }
            }
            return await write(messages)
        }
    }

    static let byName = Mutex<[String: ControlledSink]>([:])
    static func named(_ name: String) -> ControlledSink {
        byName.withLock { d in
            if let c = d[name] { return c }
            let c = ControlledSink()
            d[name] = c
            return c
        }
    }
}

struct FakeConnectionConfig: PluginConfig { static let fields: [ConfigField] = [] }
struct ControlledSinkConfig: PluginConfig {
    var name: String
    var connection: String?
    static let fields: [ConfigField] = []
}

/// A config in a temporary folder, a supervisor over it and the listener on an ephemeral port.
final class Harness: @unchecked Sendable {
    let dir: URL
    let id = String(UUID().uuidString.prefix(8)).lowercased()
    let paths = WebhookPathTable()
    let supervisor: RouteSupervisor
    let server: SwitchyardHTTPServer
    private var tasks: [Task<Void, Never>] = []
    private(set) var port = 0
    var base: String { "http://127.0.0.1:\(port)" }
    var hub: MemoryBroker { MemoryBroker.named("hub-\(id)") }

    /// `routes` is the YAML of the route file; `{id}` in it is replaced by this harness's id (unique names).
    init(routes: String, http: String = "", adminHandlers: [AdminHandler] = []) async throws {
        _ = SwitchyardMetrics.shared
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sy-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("routes"), withIntermediateDirectories: true)
        try """
            connections:
              hub-\(id): { type: memory }
              fake-\(id): { type: fake }
            \(http)
            settings: { drain_timeout: 5s }
            """.write(to: dir.appendingPathComponent("switchyard.yaml"), atomically: true, encoding: .utf8)
        try Self.writeRoutes(routes, id: id, dir: dir)
        let paths = self.paths
        let registry = makePluginRegistry { r in
            registerBuiltins(into: &r)
            registerHTTP(into: &r, paths: paths)
            r.registerConnection("fake", summary: "test", config: FakeConnectionConfig.self) { _, context in
                FakeConnection.named(String(context.componentPath.split(separator: ".").last ?? "fake"))
            }
            r.registerSink("controlled", summary: "test", config: ControlledSinkConfig.self) { config, context in
                if let c = config.connection { _ = try context.connection(c, as: FakeConnection.self) }
                return ControlledSink.named(config.name)
            }
        }
        let main = dir.appendingPathComponent("switchyard.yaml").path
        let (topology, problems) = TopologyBuilder.load(mainFile: main, registry: registry, environment: ["TEST_SECRET": "s3cret"])
        guard let topology else { throw HarnessError("config: \(problems)") }
        var logger = Logger(label: "http-test")
        logger.logLevel = .critical
        supervisor = RouteSupervisor(topology: topology, logger: logger) { reuse in
            TopologyBuilder.load(mainFile: main, registry: registry, environment: ["TEST_SECRET": "s3cret"], reuse: reuse)
        }
        server = try SwitchyardHTTPServer(listen: "127.0.0.1:0", supervisor: supervisor, paths: paths,
                                          adminHandlers: adminHandlers, maxBody: topology.config.http.maxBodyBytes, logger: logger)
        let supervisor = self.supervisor, server = self.server
        tasks.append(Task { try? await supervisor.run() })
        tasks.append(Task { try? await server.run() })
        port = await server.waitUntilListening()
        await supervisor.waitUntilReady()
    }

    static func writeRoutes(_ routes: String, id: String, dir: URL) throws {
        try routes.replacingOccurrences(of: "{id}", with: id)
            .write(to: dir.appendingPathComponent("routes/routes.yaml"), atomically: true, encoding: .utf8)
    }

    func rewriteRoutes(_ routes: String) throws { try Self.writeRoutes(routes, id: id, dir: dir) }

    /// Shuts the routes down (as SIGTERM does) and leaves the listener up.
    func stopRoutes() async {
        tasks[0].cancel()
        await tasks[0].value
    }

    func stop() async {
        for t in tasks { t.cancel() }
        for t in tasks { await t.value }
        try? FileManager.default.removeItem(at: dir)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

struct HTTPAnswer {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    var json: JSONValue? { try? JSONParser.parse(body) }
}

/// One request with async-http-client (a pooled client shared by the tests).
func send(
    _ method: String, _ url: String, headers: [(String, String)] = [], body: [UInt8]? = nil, timeout: Duration = .seconds(30)
) async throws -> HTTPAnswer {
    var request = HTTPClientRequest(url: url)
    request.method = .init(rawValue: method)
    for (k, v) in headers { request.headers.add(name: k, value: v) }
    if let body { request.body = .bytes(body) }
    let response = try await testClient.execute(request, timeout: .seconds(Int64(timeout.components.seconds)))
    let bytes = try await response.body.collect(upTo: 16 << 20)
    return HTTPAnswer(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                      body: Array(bytes.readableBytesView))
}

func post(_ url: String, _ body: String, headers: [(String, String)] = []) async throws -> HTTPAnswer {
    try await send("POST", url, headers: headers, body: Array(body.utf8))
}

let testClient: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
}()

func waitFor(_ seconds: Double = 10, _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
    while !condition() && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
}

func hmacHex(_ body: String, _ secret: String, sha512: Bool = false) -> String {
    hex(HMACKey(sha512 ? .sha512 : .sha256, key: Array(secret.utf8)).code(for: Array(body.utf8)))
}
