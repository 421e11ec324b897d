import CNATS
import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
import SwitchyardPlugins
@testable import SwitchyardPluginAPI

/// The broker under test, from the environment exactly as scripts/test.sh exports it.
enum ReplicaTestEnv {
    static var env: [String: String] { ProcessInfo.processInfo.environment }
    static var natsURL: String { env["NATS_URL"] ?? "nats://127.0.0.1:4222" }
    static let howToStart = "start it with `scripts/brokers.sh start nats` (and `eval \"$(scripts/brokers.sh env)\"`), or run scripts/test.sh"
}

struct TestFailure: Error, CustomStringConvertible { let description: String }

func unique(_ prefix: String) -> String {
    prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
}

/// A plain nats.c connection to set up streams, publish and read KV from tests.
final class RawNATS: @unchecked Sendable {
    let nc: OpaquePointer
    let js: OpaquePointer

    init(url: String = ReplicaTestEnv.natsURL) throws {
        var nc: OpaquePointer?
        let s = natsConnection_ConnectTo(&nc, url)
        guard s == NATS_OK, let nc else {
            throw TestFailure(description: "NATS is not reachable at \(url) (\(String(cString: natsStatus_GetText(s)))): \(ReplicaTestEnv.howToStart)")
        }
        self.nc = nc
        var opts = jsOptions()
        jsOptions_Init(&opts)
        opts.Wait = 10_000
        var js: OpaquePointer?
        natsConnection_JetStream(&js, nc, &opts)
        self.js = js!
    }

    deinit {
        jsCtx_Destroy(js)
        natsConnection_Destroy(nc)
    }

    func addStream(_ name: String, subjects: [String]) throws {
        var cfg = jsStreamConfig()
        jsStreamConfig_Init(&cfg)
        let strings = CStrings()
        cfg.Name = strings(name)
        cfg.Subjects = strings.array(subjects)
        cfg.SubjectsLen = Int32(subjects.count)
        cfg.Storage = js_MemoryStorage
        var code = jsErrCode(rawValue: 0)
        try check(js_AddStream(nil, js, &cfg, nil, &code), "add stream \(name)", code)
    }

    func deleteStream(_ name: String) {
        var code = jsErrCode(rawValue: 0)
        js_DeleteStream(js, name, nil, &code)
    }

    func deleteBucket(_ name: String) { js_DeleteKeyValue(js, name) }

    /// Publishes each body with its Nats-Msg-Id, synchronously (a few hundred messages at most).
    func publish(_ subject: String, _ messages: [(body: String, id: String)]) throws {
        for m in messages {
            var msg: OpaquePointer?
            let bytes = Array(m.body.utf8)
            bytes.withUnsafeBytes { _ = natsMsg_Create(&msg, subject, nil, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count)) }
            natsMsgHeader_Set(msg, "Nats-Msg-Id", m.id)
            var code = jsErrCode(rawValue: 0)
            let s = js_PublishMsg(nil, js, msg, nil, &code)
            natsMsg_Destroy(msg)
            try check(s, "publish", code)
        }
    }

    /// The value of a KV key (nil when absent), read outside Switchyard.
    func kvValue(bucket: String, key: String) throws -> String? {
        var kv: OpaquePointer?
        try check(js_KeyValue(&kv, js, bucket), "open bucket \(bucket)")
        defer { kvStore_Destroy(kv) }
        var entry: OpaquePointer?
        let s = kvStore_Get(&entry, kv, key)
        if s == NATS_NOT_FOUND { return nil }
        try check(s, "kv get")
        defer { kvEntry_Destroy(entry) }
        return kvEntry_ValueString(entry).map { String(cString: $0) }
    }
}

/// A sink whose behaviour a test scripts: fails the first `failFirst` attempts of each message (retryable),
/// records what it confirmed.
final class ScriptedSink: Sink, @unchecked Sendable {
    struct State {
        var failFirst = 0
        var attempts: [String: Int] = [:]
        var confirmed: [Message] = []
    }
    let state = Mutex(State())
    private static let all = Mutex<[String: ScriptedSink]>([:])
    static func named(_ name: String) -> ScriptedSink {
        all.withLock { if let s = $0[name] { return s }; let s = ScriptedSink(); $0[name] = s; return s }
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        var failures: [Int: DeliveryFailure] = [:]
        state.withLock { s in
            for (i, m) in messages.enumerated() {
                let n = s.attempts[m.id, default: 0] + 1
                s.attempts[m.id] = n
                if n <= s.failFirst {
                    failures[i] = DeliveryFailure("scripted failure \(n)")
                } else {
                    s.confirmed.append(m)
                }
            }
        }
        return SinkWriteResult(failures: failures)
    }

    var confirmed: [Message] { state.withLock { $0.confirmed } }
    /// `event_id` of every confirmed message, in confirmation order.
    var confirmedEvents: [String] {
        confirmed.compactMap { (try? JSONParser.parse($0.body))?["event_id"]?.stringValue }
    }
}

struct ScriptedSinkConfig: PluginConfig {
    var name: String
    static let fields: [ConfigField] = [ConfigField("name", "string", required: true, "the test sink's name")]
}

/// What `switchyard run` registers (core, NATS, every plugin in plugins/), plus the test sink.
func replicaRegistry() -> PluginRegistry {
    makePluginRegistry { r in
        registerBuiltins(into: &r)
        registerNATS(into: &r)
        r.registerSink("scripted", summary: "test sink", config: ScriptedSinkConfig.self) { config, _ in ScriptedSink.named(config.name) }
    }
}

/// A topology from YAML text, running under a supervisor until `stop()`.
final class RunningTopology: @unchecked Sendable {
    let supervisor: RouteSupervisor
    let task: Task<Void, any Error>

    init(yaml: String) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(unique("sy"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("switchyard.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let (topology, problems) = TopologyBuilder.load(mainFile: file.path, registry: replicaRegistry(), environment: ReplicaTestEnv.env)
        guard let topology else {
            throw TestFailure(description: "config errors: \(problems.map(\.description).joined(separator: "; "))")
        }
        let supervisor = RouteSupervisor(topology: topology, logger: Logger(label: "test"))
        self.supervisor = supervisor
        task = Task { try await supervisor.run() }
        try await eventually(timeout: .seconds(20), "topology ready") { task.isCancelled || !supervisor.runners.isEmpty }
    }

    func runner(_ name: String) -> RouteRunner? { supervisor.runners.first { $0.route.name == name } }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// Polls `condition` until true; throws after `timeout` with `what`.
func eventually(timeout: Duration = .seconds(30), _ what: String = "condition", _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    if try await condition() { return }
    throw TestFailure(description: "timed out after \(timeout) waiting for \(what)")
}

func natsConnection(url: String = ReplicaTestEnv.natsURL) -> NATSConnection {
    NATSConnection(name: "nats", config: NATSConnectionConfig(url: url, streams: nil, consumers: nil))
}

/// A connection directory holding one connection (a plugin context outside a topology).
struct OneConnection: ConnectionDirectory {
    let name: String
    let connection: any Connection
    func connection(named name: String) -> (any Connection)? { name == self.name ? connection : nil }
    var connectionNames: [String] { [name] }
}
