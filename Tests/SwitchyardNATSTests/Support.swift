import CNATS
import Foundation
import Logging
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI

/// The broker under test, from the environment exactly as scripts/test.sh exports it.
enum NATSTestEnv {
    static var env: [String: String] { ProcessInfo.processInfo.environment }
    static var url: String { env["NATS_URL"] ?? "nats://127.0.0.1:4222" }
    static let howToStart = "start it with `scripts/brokers.sh start nats` (and `eval \"$(scripts/brokers.sh env)\"`), or run scripts/test.sh"

    struct Unreachable: Error, CustomStringConvertible {
        let description: String
    }
}

func unique(_ prefix: String) -> String {
    prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
}

/// A plain nats.c connection for setting up and inspecting streams from tests.
final class RawNATS: @unchecked Sendable {
    let nc: OpaquePointer
    let js: OpaquePointer

    init(url: String = NATSTestEnv.url) throws {
        var nc: OpaquePointer?
        let s = natsConnection_ConnectTo(&nc, url)
        guard s == NATS_OK, let nc else {
            throw NATSTestEnv.Unreachable(description: "NATS is not reachable at \(url) (\(String(cString: natsStatus_GetText(s)))): \(NATSTestEnv.howToStart)")
        }
        self.nc = nc
        var opts = jsOptions()
        jsOptions_Init(&opts)
        opts.Wait = 10_000
        opts.PublishAsync.MaxPending = 4096
        var js: OpaquePointer?
        natsConnection_JetStream(&js, nc, &opts)
        self.js = js!
    }

    deinit {
        jsCtx_Destroy(js)
        natsConnection_Destroy(nc)
    }

    func addStream(_ name: String, subjects: [String], workqueue: Bool = false, memory: Bool = false) throws {
        var cfg = jsStreamConfig()
        jsStreamConfig_Init(&cfg)
        let strings = CStrings()
        cfg.Name = strings(name)
        cfg.Subjects = strings.array(subjects)
        cfg.SubjectsLen = Int32(subjects.count)
        if workqueue { cfg.Retention = js_WorkQueuePolicy }
        if memory { cfg.Storage = js_MemoryStorage }
        var code = jsErrCode(rawValue: 0)
        try check(js_AddStream(nil, js, &cfg, nil, &code), "add stream \(name)", code)
    }

    func deleteStream(_ name: String) {
        var code = jsErrCode(rawValue: 0)
        js_DeleteStream(js, name, nil, &code)
    }

    /// Publishes with PubAcks awaited at the end (bounded window inside nats.c).
    func publish(_ messages: [(subject: String, body: [UInt8], id: String?, headers: [String: String])]) throws {
        for m in messages {
            var msg: OpaquePointer?
            m.body.withUnsafeBytes { _ = natsMsg_Create(&msg, m.subject, nil, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count)) }
            for (k, v) in m.headers { natsMsgHeader_Set(msg, k, v) }
            var opts = jsPubOptions()
            jsPubOptions_Init(&opts)
            let s: natsStatus
            if let id = m.id {
                s = id.withCString { p in
                    opts.MsgId = p
                    return js_PublishMsgAsync(js, &msg, &opts)
                }
            } else {
                s = js_PublishMsgAsync(js, &msg, &opts)
            }
            natsMsg_Destroy(msg)
            try check(s, "publish")
        }
        var opts = jsPubOptions()
        jsPubOptions_Init(&opts)
        opts.MaxWait = 30_000
        try check(js_PublishAsyncComplete(js, &opts), "publish complete")
    }

    func publish(_ subject: String, _ bodies: [String], ids: [String]? = nil) throws {
        try publish(bodies.enumerated().map { (subject, Array($0.element.utf8), ids?[$0.offset], [:]) })
    }

    func streamInfo(_ name: String) throws -> jsStreamState {
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetStreamInfo(&info, js, name, nil, &code), "stream info \(name)", code)
        defer { jsStreamInfo_Destroy(info) }
        var st = info!.pointee.State
        st.Subjects = nil
        st.Deleted = nil
        st.Lost = nil
        return st
    }

    func messageCount(_ stream: String) throws -> Int { Int(try streamInfo(stream).Msgs) }

    func consumerInfo(_ stream: String, _ name: String) throws -> (ackPending: Int, pending: Int, redelivered: Int, ackFloor: UInt64) {
        var info: UnsafeMutablePointer<jsConsumerInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetConsumerInfo(&info, js, stream, name, nil, &code), "consumer info", code)
        defer { jsConsumerInfo_Destroy(info) }
        let i = info!.pointee
        return (Int(i.NumAckPending), Int(i.NumPending), Int(i.NumRedelivered), i.AckFloor.Stream)
    }

    /// Pull requests the server holds open for a consumer (a source parked on a long fetch).
    func waitingPulls(_ stream: String, _ name: String) throws -> Int {
        var info: UnsafeMutablePointer<jsConsumerInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetConsumerInfo(&info, js, stream, name, nil, &code), "consumer info", code)
        defer { jsConsumerInfo_Destroy(info) }
        return Int(info!.pointee.NumWaiting)
    }

    /// Every message of a stream (bodies and headers), read by a throwaway durable with no acks.
    func readAll(_ stream: String) throws -> [(body: String, headers: [String: String], subject: String)] {
        let total = try messageCount(stream)
        let durable = unique("reader")
        var cc = jsConsumerConfig()
        jsConsumerConfig_Init(&cc)
        let strings = CStrings()
        cc.Durable = strings(durable)
        cc.AckPolicy = js_AckNone
        var code = jsErrCode(rawValue: 0)
        try check(js_AddConsumer(nil, js, stream, &cc, nil, &code), "reader consumer", code)
        defer { js_DeleteConsumer(js, stream, durable, nil, &code) }
        var so = jsSubOptions()
        jsSubOptions_Init(&so)
        so.Stream = strings(stream)
        so.Consumer = strings(durable)
        var sub: OpaquePointer?
        try check(js_PullSubscribe(&sub, js, nil, durable, nil, &so, &code), "reader subscribe", code)
        defer { natsSubscription_Destroy(sub) }
        var out: [(String, [String: String], String)] = []
        var idle = 0
        while out.count < total && idle < 5 {
            var list = natsMsgList()
            let s = natsSubscription_Fetch(&list, sub, 1024, 1000, &code)
            if s != NATS_OK || list.Count == 0 { idle += 1 }
            for i in 0..<Int(list.Count) {
                let m = makeMessage(list.Msgs[i]!, source: "test", jetStream: true)
                out.append((String(decoding: m.body, as: UTF8.self), m.headers, m.subject ?? ""))
            }
            natsMsgList_Destroy(&list)
        }
        return out
    }
}

/// The registry of a build with the core and NATS, plus the test sinks.
func testRegistry() -> PluginRegistry {
    var r = PluginRegistry()
    registerBuiltins(into: &r)
    registerNATS(into: &r)
    r.registerSink("scripted", summary: "test sink", config: ScriptedSinkConfig.self) { config, _ in ScriptedSink.named(config.name) }
    return r
}

struct ScriptedSinkConfig: PluginConfig {
    var name: String
    static let fields: [ConfigField] = []
}

/// A sink whose behaviour a test scripts: fail the first N attempts of each message (retryable), fail
/// messages containing "poison" for good, record what it confirmed.
final class ScriptedSink: Sink, @unchecked Sendable {
    struct State {
        var failFirst = 0
        var delay: Duration = .zero
        var attempts: [String: Int] = [:]
        var confirmed: [Message] = []
        var attemptTimes: [String: [ContinuousClock.Instant]] = [:]
    }
    let state = Mutex(State())
    private static let all = Mutex<[String: ScriptedSink]>([:])
    static func named(_ name: String) -> ScriptedSink {
        all.withLock { if let s = $0[name] { return s }; let s = ScriptedSink(); $0[name] = s; return s }
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        let delay = state.withLock { $0.delay }
        if delay > .zero { try? await Task.sleep(for: delay) }
        var failures: [Int: DeliveryFailure] = [:]
        let now = ContinuousClock.now
        state.withLock { s in
            for (i, m) in messages.enumerated() {
                let n = s.attempts[m.id, default: 0] + 1
                s.attempts[m.id] = n
                s.attemptTimes[m.id, default: []].append(now)
                if String(decoding: m.body, as: UTF8.self).contains("poison") {
                    failures[i] = DeliveryFailure("poison body", retryable: false)
                } else if n <= s.failFirst {
                    failures[i] = DeliveryFailure("scripted failure \(n)")
                } else {
                    s.confirmed.append(m)
                }
            }
        }
        return SinkWriteResult(failures: failures)
    }
    var confirmed: [Message] { state.withLock { $0.confirmed } }
}

/// A topology from YAML text, running under a supervisor until `stop()`.
final class RunningTopology: @unchecked Sendable {
    let supervisor: RouteSupervisor
    let task: Task<Void, any Error>

    init(yaml: String, environment: [String: String] = NATSTestEnv.env) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(unique("sy"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("switchyard.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let (topology, problems) = TopologyBuilder.load(mainFile: file.path, registry: testRegistry(), environment: environment)
        guard let topology else {
            throw NATSTestEnv.Unreachable(description: "config errors: \(problems.map(\.description).joined(separator: "; "))")
        }
        let supervisor = RouteSupervisor(topology: topology, logger: Logger(label: "test"))
        self.supervisor = supervisor
        task = Task { try await supervisor.run() }
        try await eventually(timeout: .seconds(20), "topology ready") {
            if task.isCancelled { return true }
            return !supervisor.runners.isEmpty
        }
    }

    var runner: RouteRunner { supervisor.runners[0] }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

struct TimedOut: Error, CustomStringConvertible { let description: String }

/// Polls `condition` until true; throws after `timeout` with `what`.
func eventually(timeout: Duration = .seconds(30), _ what: String = "condition", _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    if try await condition() { return }
    throw TimedOut(description: "timed out after \(timeout) waiting for \(what)")
}
