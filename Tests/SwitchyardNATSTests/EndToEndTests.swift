import CNATS
import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI

/// Every NATS test, one at a time: some stop and restart the broker, which would break tests running
/// beside them.
@Suite(.serialized) struct NATSIntegrationTests {}

/// Sequence numbers in `{"seq":N}` bodies.
func sequences(_ bodies: [String]) throws -> [Int] {
    try bodies.map { b in
        guard let n = try JSONParser.parse(Array(b.utf8))["seq"]?.intValue else { throw TimedOut(description: "no seq in \(b)") }
        return n
    }
}

/// Publishes `count` `{"seq":i}` messages with Nats-Msg-Id `m-i` in chunks.
func publishSequence(_ raw: RawNATS, subject: String, count: Int) throws {
    var i = 0
    while i < count {
        let end = min(count, i + 5000)
        try raw.publish((i..<end).map { n in (subject, Array(#"{"seq":\#(n),"pad":"0123456789abcdef0123456789abcdef"}"#.utf8), "m-\(n)", [:]) })
        i = end
    }
}

/// Checks the sink stream holds each sequence exactly once.
func expectExactlyOnce(_ raw: RawNATS, stream: String, count: Int) throws {
    let stored = try raw.readAll(stream)
    let seqs = try sequences(stored.map(\.body))
    let unique = Set(seqs)
    #expect(seqs.count == count, "stored \(seqs.count), expected \(count)")
    #expect(unique.count == count, "missing \(count - unique.count)")
    #expect(unique == Set(0..<count))
}

/// The broker script with this test run's ports (scripts/test.sh exports SWITCHYARD_BROKERS_SH). Run
/// through system(3): Foundation's Process.waitUntilExit never returned once the script had left a
/// nats-server running in the background.
func brokers(_ args: String...) throws {
    let env = NATSTestEnv.env
    let script = env["SWITCHYARD_BROKERS_SH"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/brokers.sh").path
    let status = system("bash '\(script)' \(args.joined(separator: " ")) </dev/null")
    if status != 0 { throw TimedOut(description: "brokers.sh \(args) failed (\(status))") }
}

func routeYAML(source: String, sink: String, subject: String, extra: String = "") -> String {
    connectionYAML() + """

    routes:
      - name: js-to-js
        from:
          jetstream: { connection: nats, stream: \(source), durable: mover, batch: 256, ack_wait: 10s }
        to:
          - nats: { connection: nats, jetstream: true, subject: "\(subject)", ack_timeout: 3s }
        on_error:
          retry: { delay: 200ms, max_delay: 1s }
        max_in_flight: 4
    \(extra)
    """
}

extension NATSIntegrationTests {
@Suite struct EndToEndTests {
    @Test func oneHundredThousandMessagesJetStreamToJetStreamNoneMissingNoneDuplicated() async throws {
        let raw = try RawNATS()
        let src = unique("E2ESRC")
        let dst = unique("E2EDST")
        try raw.addStream(src, subjects: ["e.\(src).>"], memory: true)
        try raw.addStream(dst, subjects: ["e.\(dst).>"], memory: true)
        defer { raw.deleteStream(src); raw.deleteStream(dst) }
        let count = 100_000
        try publishSequence(raw, subject: "e.\(src).in", count: count)
        let started = ContinuousClock.now
        let topo = try await RunningTopology(yaml: routeYAML(source: src, sink: dst, subject: "e.\(dst).out"))
        try await eventually(timeout: .seconds(150), "\(count) at the sink") { try raw.messageCount(dst) >= count }
        let elapsed = ContinuousClock.now - started
        try await eventually("all acked") { try raw.consumerInfo(src, "mover").ackPending == 0 }
        await topo.stop()
        print("100k JetStream → JetStream: \(elapsed)")
        try expectExactlyOnce(raw, stream: dst, count: count)
    }

    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/switchyard")

    func startSwitchyard(config: String, log: URL) throws -> Process {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["run", "--config", config]
        // Its own ephemeral HTTP port: other tests run `switchyard run` at the same time.
        p.environment = NATSTestEnv.env.merging(["SWITCHYARD_LISTEN": "127.0.0.1:0"]) { _, new in new }
        if !FileManager.default.fileExists(atPath: log.path) { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        return p
    }

    @Test func killNineHalfwayThenRestartDeliversEveryMessage() async throws {
        let raw = try RawNATS()
        #expect(FileManager.default.fileExists(atPath: Self.binary.path), "build first: swift build --build-tests")
        let src = unique("K9SRC")
        let dst = unique("K9DST")
        try raw.addStream(src, subjects: ["k.\(src).>"])
        try raw.addStream(dst, subjects: ["k.\(dst).>"])
        defer { raw.deleteStream(src); raw.deleteStream(dst) }
        let count = 30_000
        try publishSequence(raw, subject: "k.\(src).in", count: count)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(unique("k9"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = dir.appendingPathComponent("switchyard.yaml")
        try routeYAML(source: src, sink: dst, subject: "k.\(dst).out").write(to: config, atomically: true, encoding: .utf8)
        let log = dir.appendingPathComponent("switchyard.log")

        let first = try startSwitchyard(config: config.path, log: log)
        try await eventually(timeout: .seconds(60), "a third at the sink") { try raw.messageCount(dst) >= count / 3 }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let atKill = try raw.messageCount(dst)
        #expect(atKill < count, "killed too late to mean anything")

        let second = try startSwitchyard(config: config.path, log: log)
        defer {
            if second.isRunning { kill(second.processIdentifier, SIGKILL) }
        }
        try await eventually(timeout: .seconds(90), "every message after the restart") {
            let ci = try raw.consumerInfo(src, "mover")
            return try raw.messageCount(dst) >= count && ci.ackPending == 0 && ci.pending == 0
        }
        kill(second.processIdentifier, SIGTERM)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        // Unacked messages at the kill were redelivered; the sink stream's duplicate window (Nats-Msg-Id
        // = the source message id) dropped the copies.
        try expectExactlyOnce(raw, stream: dst, count: count)
    }

    @Test func natsStoppedAndRestartedDuringARunLosesNothing() async throws {
        let raw = try RawNATS()
        let src = unique("RSSRC")
        let dst = unique("RSDST")
        try raw.addStream(src, subjects: ["r.\(src).>"])
        try raw.addStream(dst, subjects: ["r.\(dst).>"])
        defer {
            if let again = try? RawNATS() { again.deleteStream(src); again.deleteStream(dst) }
        }
        let count = 30_000
        try publishSequence(raw, subject: "r.\(src).in", count: count)
        let topo = try await RunningTopology(yaml: routeYAML(source: src, sink: dst, subject: "r.\(dst).out"))
        try await eventually(timeout: .seconds(60), "a few thousand through") { try raw.messageCount(dst) >= 3000 }
        try brokers("stop", "nats")
        try await eventually("connection sees it down") { !topo.supervisor.topology.connections.byName["nats"]!.isConnected }
        try await Task.sleep(for: .seconds(1))  // stay down a moment: fetches and PubAcks fail meanwhile
        try brokers("start", "nats")
        let raw2 = try RawNATS()
        try await eventually(timeout: .seconds(120), "every message after the restart") {
            guard let ci = try? raw2.consumerInfo(src, "mover"), let n = try? raw2.messageCount(dst) else { return false }
            return n >= count && ci.ackPending == 0 && ci.pending == 0
        }
        // Both of its connections (consume, publish) report connected again; one may still be between two
        // reconnect attempts (backoff up to reconnect_max_wait) when the last message is through.
        try await eventually(timeout: .seconds(30), "connection up again") {
            topo.supervisor.topology.connections.byName["nats"]!.isConnected
        }
        await topo.stop()
        try expectExactlyOnce(raw2, stream: dst, count: count)
    }

    @Test func natsDownAtStartThenUpConnectsInTheBackground() async throws {
        let raw = try RawNATS()
        let stream = unique("LATE")
        try raw.addStream(stream, subjects: ["l.\(stream).>"])
        defer {
            if let again = try? RawNATS() { again.deleteStream(stream) }
        }
        let queue = unique("late")
        try brokers("stop", "nats")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: late
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: late }
                to:
                  - memory: { queue: \(queue) }
            """)
        #expect(topo.supervisor.topology.connections.byName["nats"]!.isConnected == false)
        try brokers("start", "nats")
        let raw2 = try RawNATS()
        try raw2.publish("l.\(stream).x", (0..<100).map { #"{"seq":\#($0)}"# })
        let out = MemoryBroker.named("memory").queue(queue)
        try await eventually(timeout: .seconds(30), "messages once NATS is up") { out.publishedCount == 100 }
        #expect(topo.supervisor.topology.connections.byName["nats"]!.isConnected)
        await topo.stop()
    }
}
}
