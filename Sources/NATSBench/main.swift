// JetStream → JetStream throughput of a route with no steps, beside a raw nats.c async publish of the same
// messages in the same run. Bounded: N messages (default 50000) of 1 KB, then it stops by itself.
//   swift build --product switchyard-nats-bench && NATS_URL=nats://127.0.0.1:4222 .build/debug/switchyard-nats-bench [N]
import CNATS
import Foundation
import Logging
import SwitchyardCore
import SwitchyardNATS
import SwitchyardPluginAPI

@main
struct NATSBench {
    static func main() async throws {
        let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 50_000
        let url = ProcessInfo.processInfo.environment["NATS_URL"] ?? "nats://127.0.0.1:4222"
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = .warning
            return h
        }
        var nc: OpaquePointer?
        guard natsConnection_ConnectTo(&nc, url) == NATS_OK, let nc else {
            print("NATS is not reachable at \(url): start it with scripts/brokers.sh start nats")
            exit(1)
        }
        var jsOpts = jsOptions()
        jsOptions_Init(&jsOpts)
        jsOpts.Wait = 10_000
        jsOpts.PublishAsync.MaxPending = 1024
        var jsPointer: OpaquePointer?
        guard natsConnection_JetStream(&jsPointer, nc, &jsOpts) == NATS_OK, let js = jsPointer else { exit(1) }
        let tag = String(UInt32.random(in: 0..<UInt32.max), radix: 36)
        let (raw, src, dst) = ("BENCHRAW_\(tag)", "BENCHSRC_\(tag)", "BENCHDST_\(tag)")
        for name in [raw, src, dst] {
            var cfg = jsStreamConfig()
            jsStreamConfig_Init(&cfg)
            let subject = strdup("bench.\(name).>")
            let streamName = strdup(name)
            var subjects: [UnsafePointer<CChar>?] = [UnsafePointer(subject)]
            cfg.Name = UnsafePointer(streamName)
            cfg.SubjectsLen = 1
            var code = jsErrCode(rawValue: 0)
            let s = subjects.withUnsafeMutableBufferPointer { b in
                cfg.Subjects = b.baseAddress
                return js_AddStream(nil, js, &cfg, nil, &code)
            }
            free(subject)
            free(streamName)
            guard s == NATS_OK else {
                print("cannot create stream \(name): \(String(cString: natsStatus_GetText(s)))")
                exit(1)
            }
        }
        defer {
            var code = jsErrCode(rawValue: 0)
            for name in [raw, src, dst] { js_DeleteStream(js, name, nil, &code) }
        }
        let pad = String(repeating: "x", count: 1000)
        func publish(_ stream: String) throws -> Duration {
            let start = ContinuousClock.now
            for i in 0..<count {
                let body = Array(#"{"seq":\#(i),"pad":"\#(pad)"}"#.utf8)
                var opts = jsPubOptions()
                jsPubOptions_Init(&opts)
                let s = "m-\(i)".withCString { id in
                    opts.MsgId = id
                    return body.withUnsafeBytes { js_PublishAsync(js, "bench.\(stream).in", $0.baseAddress, Int32($0.count), &opts) }
                }
                guard s == NATS_OK else { throw BenchError(text: "publish: \(String(cString: natsStatus_GetText(s)))") }
            }
            var opts = jsPubOptions()
            jsPubOptions_Init(&opts)
            opts.MaxWait = 60_000
            guard js_PublishAsyncComplete(js, &opts) == NATS_OK else { throw BenchError(text: "PubAcks missing") }
            return ContinuousClock.now - start
        }
        func messages(_ stream: String) -> UInt64 {
            var info: UnsafeMutablePointer<jsStreamInfo>?
            var code = jsErrCode(rawValue: 0)
            guard js_GetStreamInfo(&info, js, stream, nil, &code) == NATS_OK else { return 0 }
            defer { jsStreamInfo_Destroy(info) }
            return info!.pointee.State.Msgs
        }

        let rawTime = try publish(raw)
        _ = try publish(src)
        let yaml = """
            connections:
              nats: { type: nats, url: "\(url)" }
            routes:
              - name: bench
                from:
                  jetstream: { connection: nats, stream: \(src), durable: bench, batch: 256 }
                to:
                  - nats: { connection: nats, jetstream: true, subject: "bench.\(dst).out" }
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-nats-bench-\(tag).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var registry = PluginRegistry()
        registerBuiltins(into: &registry)
        registerNATS(into: &registry)
        let (topology, problems) = TopologyBuilder.load(mainFile: file.path, registry: registry, environment: [:])
        guard let topology else {
            print(problems)
            exit(1)
        }
        let supervisor = RouteSupervisor(topology: topology, logger: Logger(label: "bench"))
        let start = ContinuousClock.now
        let task = Task { try await supervisor.run() }
        let deadline = start + .seconds(300)
        while messages(dst) < UInt64(count) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let routeTime = ContinuousClock.now - start
        task.cancel()
        _ = try? await task.value
        let moved = messages(dst)
        func rate(_ d: Duration) -> Int { Int(Double(count) / (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)) }
        print("| what | messages | time | msg/s |")
        print("|---|---|---|---|")
        print("| raw nats.c js_PublishAsync (window 1024) | \(count) | \(rawTime) | \(rate(rawTime)) |")
        print("| route jetstream → nats (jetstream: true), no steps | \(moved) | \(routeTime) | \(rate(routeTime)) |")
        if moved != UInt64(count) { exit(2) }
    }
}

struct BenchError: Error { let text: String }
