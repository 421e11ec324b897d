import Foundation
import Testing

/// `switchyard run` end to end: the shipped webhook example on an ephemeral port.
@Suite struct RunCommandTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0])
        for _ in 0..<5 {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("switchyard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repoRoot.appendingPathComponent(".build/debug/switchyard")
    }()

    @Test func runServesWebhooksOpsAndAdminOnOneListenerAndStopsOnSIGTERM() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build it first: swift build --build-tests")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["run", "--config", "examples/webhook-to-memory/switchyard.yaml"]
        process.currentDirectoryURL = Self.repoRoot
        var env = ProcessInfo.processInfo.environment
        env["SWITCHYARD_LISTEN"] = "127.0.0.1:0"
        env["SWITCHYARD_LOG_LEVEL"] = "info"
        env["SWITCHYARD_ADMIN_TOKEN"] = nil
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Wait for the listener's log line, which names the port it bound.
        var log = ""
        var port: Int?
        let deadline = Date().addingTimeInterval(20)
        while port == nil && Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            log += String(decoding: chunk, as: UTF8.self)
            if let line = log.split(separator: "\n").first(where: { $0.contains("http listening") }),
                let range = line.range(of: "address=127.0.0.1:")
            {
                port = Int(line[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let p = try #require(port, "no 'http listening' line: \(log)")
        let base = "http://127.0.0.1:\(p)"

        let a = try await post(base + "/webhooks/events", #"{"id":"evt_run_1","event":"message"}"#)
        #expect(a.status == 200)
        #expect(a.json?["id"]?.stringValue == "evt_run_1")
        #expect(try await send("GET", base + "/healthz").status == 200)
        #expect(try await send("GET", base + "/readyz").status == 200)
        let metrics = try parsePrometheus(try await send("GET", base + "/metrics").text)
        #expect(metrics[#"switchyard_route_delivered_total{route="events-to-memory"}"#] == 1)
        let routes = try await send("GET", base + "/api/v1/routes")
        #expect(routes.status == 200)
        #expect(routes.json?["routes"]?.arrayValue?.count == 2)
        let reload = try await send("POST", base + "/api/v1/reload")
        #expect(reload.status == 200)
        #expect(reload.json?["unchanged"]?.arrayValue?.count == 2)
        let challenge = try await send("GET", base + "/webhooks/meta?hub.mode=subscribe&hub.verify_token=dev-verify-token&hub.challenge=77")
        #expect(challenge.text == "77")

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
