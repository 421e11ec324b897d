import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI

/// Prometheus text format, strictly enough to catch a broken exposition: `# HELP`/`# TYPE` lines, then
/// `name{label="value",...} number` samples.
func parsePrometheus(_ text: String) throws -> [String: Double] {
    var samples: [String: Double] = [:]
    for line in text.split(separator: "\n") {
        if line.hasPrefix("# HELP ") || line.hasPrefix("# TYPE ") { continue }
        guard !line.hasPrefix("#") else { throw HarnessError("stray comment: \(line)") }
        guard let space = line.lastIndex(of: " ") else { throw HarnessError("no value: \(line)") }
        let key = String(line[..<space])
        let valueText = line[line.index(after: space)...]
        guard let value = Double(valueText) ?? (valueText == "+Inf" ? .infinity : nil) else { throw HarnessError("bad value: \(line)") }
        let name = key.prefix { $0 != "{" }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }) else {
            throw HarnessError("bad name: \(line)")
        }
        if key.contains("{") {
            guard key.hasSuffix("}") else { throw HarnessError("bad labels: \(line)") }
            let labels = key.dropFirst(name.count + 1).dropLast()
            for pair in labels.split(separator: ",") {
                guard let eq = pair.firstIndex(of: "="), pair[pair.index(after: eq)...].hasPrefix("\""), pair.hasSuffix("\"") else {
                    throw HarnessError("bad label: \(line)")
                }
            }
        }
        samples[key] = value
    }
    return samples
}

@Suite struct OpsEndpointTests {
    static let routes = """
        routes:
          - name: ops-{id}
            from: { webhook: { path: /in } }
            to:
              - controlled: { name: ops-sink-{id}, connection: fake-{id} }
        """

    @Test func healthAndMetricsMove() async throws {
        let h = try await Harness(routes: Self.routes)
        defer { Task { await h.stop() } }
        #expect(try await send("GET", h.base + "/healthz").status == 200)
        let route = "ops-\(h.id)"
        let before = try parsePrometheus(try await send("GET", h.base + "/metrics").text)
        for _ in 0..<3 { #expect(try await post(h.base + "/in", "{}").status == 200) }
        ControlledSink.named("ops-sink-\(h.id)").set(.failRetryable)
        #expect(try await post(h.base + "/in", "{}").status == 503)
        let answer = try await send("GET", h.base + "/metrics")
        #expect(answer.status == 200)
        #expect(answer.header("content-type")?.hasPrefix("text/plain") == true)
        let after = try parsePrometheus(answer.text)
        #expect((before[#"switchyard_route_received_total{route="\#(route)"}"#] ?? 0) == 0)
        #expect(after[#"switchyard_route_received_total{route="\#(route)"}"#] == 4)
        #expect(after[#"switchyard_route_delivered_total{route="\#(route)"}"#] == 3)
        #expect(after[#"switchyard_route_retried_total{route="\#(route)"}"#] == 1)
        #expect(after[#"switchyard_route_in_flight{route="\#(route)"}"#] == 0)
        #expect(after[#"switchyard_route_latency_seconds_count{route="\#(route)"}"#] == 4)
        #expect(after[#"switchyard_webhook_requests_total{route="\#(route)",status="200"}"#] == 3)
        #expect(after[#"switchyard_webhook_requests_total{route="\#(route)",status="503"}"#] == 1)
        #expect(after[#"switchyard_connection_up{connection="fake-\#(h.id)"}"#] == 1)
        #expect(after.keys.contains { $0.hasPrefix("switchyard_route_latency_seconds_bucket{") && $0.contains(route) })
    }

    @Test func aDuplicateWebhookIsAnswered200AndCountedAsDeduplicated() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: dedup-{id}
                from: { webhook: { path: /in, id_field: id } }
                steps:
                  - dedup: { key: "{$id}" }
                to: [ { memory: { connection: hub-{id}, queue: out } } ]
            """)
        defer { Task { await h.stop() } }
        let body = #"{"id":"evt_1","event":"message"}"#
        #expect(try await post(h.base + "/in", body).status == 200)
        #expect(try await post(h.base + "/in", body).status == 200)  // Meta's redelivery: acked, not forwarded
        #expect(try await post(h.base + "/in", #"{"id":"evt_2"}"#).status == 200)
        #expect(h.hub.queue("out").drain().map(\.id) == ["evt_1", "evt_2"])
        let m = try parsePrometheus(try await send("GET", h.base + "/metrics").text)
        let route = "dedup-\(h.id)"
        #expect(m[#"switchyard_route_deduplicated_total{route="\#(route)"}"#] == 1)
        #expect(m[#"switchyard_route_dropped_total{route="\#(route)"}"#] == 1)
        #expect(m[#"switchyard_route_delivered_total{route="\#(route)"}"#] == 2)
    }

    @Test func readinessFollowsTheConnections() async throws {
        let h = try await Harness(routes: Self.routes)
        defer { Task { await h.stop() } }
        let connection = FakeConnection.named("fake-\(h.id)")
        connection.set(true)
        #expect(try await send("GET", h.base + "/readyz").status == 200)
        connection.set(false)
        let down = try await send("GET", h.base + "/readyz")
        #expect(down.status == 503)
        #expect(down.json?["down"] == .array([.string("fake-\(h.id)")]))
        let metrics = try parsePrometheus(try await send("GET", h.base + "/metrics").text)
        #expect(metrics[#"switchyard_connection_up{connection="fake-\#(h.id)"}"#] == 0)
        connection.set(true)
        #expect(try await send("GET", h.base + "/readyz").status == 200)
        let back = try parsePrometheus(try await send("GET", h.base + "/metrics").text)
        #expect(back[#"switchyard_connection_reconnects_total{connection="fake-\#(h.id)"}"#] ?? 0 >= 1)
    }

    @Test func adminNeedsTheTokenWhenOneIsSet() async throws {
        let h = try await Harness(routes: Self.routes, http: "http: { admin_token: \"adm-7\" }")
        defer { Task { await h.stop() } }
        let none = try await send("GET", h.base + "/api/v1/routes")
        #expect(none.status == 401)
        #expect(none.header("www-authenticate") == "Bearer")
        #expect(try await send("GET", h.base + "/api/v1/routes", headers: [("Authorization", "Bearer adm-8")]).status == 401)
        #expect(try await send("POST", h.base + "/api/v1/reload", headers: [("Authorization", "adm-7")]).status == 401)
        let ok = try await send("GET", h.base + "/api/v1/routes", headers: [("Authorization", "Bearer adm-7")])
        #expect(ok.status == 200)
        let route = try #require(ok.json?["routes"]?.arrayValue?.first)
        #expect(route["name"]?.stringValue == "ops-\(h.id)")
        #expect(route["source"]?.stringValue == "webhook")
        #expect(route["sinks"] == .array(["controlled"]))
        #expect(route["status"]?.stringValue == "running")
        #expect(route["path"]?.stringValue == "/in")
        #expect(route["counters"]?["received"] != nil)
    }

    @Test func withoutATokenAdminIsForLoopbackOnly() async throws {
        let h = try await Harness(routes: Self.routes)
        defer { Task { await h.stop() } }
        // Over the socket the test is 127.0.0.1: served.
        #expect(try await send("GET", h.base + "/api/v1/routes").status == 200)
        // The same request from another address (dispatched as the listener would, with that peer).
        for peer in ["192.0.2.10", "2001:db8::5", "::ffff:203.0.113.1"] {
            var request = WebhookRequest(method: "GET", path: "/api/v1/routes", peer: peer)
            let a = await h.server.front.dispatch(&request, rawPath: "/api/v1/routes", declaredLength: nil) { _ in .bytes([]) }
            #expect(a.status == 403, "peer \(peer)")
        }
        for peer in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            var request = WebhookRequest(method: "GET", path: "/api/v1/routes", peer: peer)
            let a = await h.server.front.dispatch(&request, rawPath: "/api/v1/routes", declaredLength: nil) { _ in .bytes([]) }
            #expect(a.status == 200, "peer \(peer)")
        }
        // X-Forwarded-For does not make a remote client local.
        var forwarded = WebhookRequest(method: "GET", path: "/api/v1/routes", headers: [("X-Forwarded-For", "127.0.0.1")], peer: "192.0.2.10")
        #expect(await h.server.front.dispatch(&forwarded, rawPath: "/api/v1/routes", declaredLength: nil) { _ in .bytes([]) }.status == 403)
    }

    @Test func reloadEndpointAnswersTheOutcome() async throws {
        let h = try await Harness(routes: Self.routes)
        defer { Task { await h.stop() } }
        try h.rewriteRoutes(Self.routes.replacingOccurrences(of: "path: /in", with: "path: /in2"))
        let ok = try await send("POST", h.base + "/api/v1/reload")
        #expect(ok.status == 200, "\(ok.text)")
        #expect(ok.json?["success"] == true)
        #expect(ok.json?["started"] == .array([.string("ops-\(h.id)")]))
        #expect(try await post(h.base + "/in2", "{}").status == 200)
        #expect(try await post(h.base + "/in", "{}").status == 404)

        try h.rewriteRoutes("routes:\n  - name: broken\n    from: { webhook: { path: /x, methdos: [POST] } }\n    to: [stdout]\n")
        let bad = try await send("POST", h.base + "/api/v1/reload")
        #expect(bad.status == 422)
        #expect(bad.json?["success"] == false)
        let error = try #require(bad.json?["errors"]?.arrayValue?.first)
        #expect(error["file"]?.stringValue?.hasSuffix("routes/routes.yaml") == true)
        #expect(error["line"] == 3)
        #expect(error["column"] != nil)
        #expect(error["message"]?.stringValue?.contains("unknown key 'methdos'") == true, "\(bad.text)")
        // Still serving the last good version; the routes view reports the failed reload.
        #expect(try await post(h.base + "/in2", "{}").status == 200)
        let routes = try await send("GET", h.base + "/api/v1/routes")
        #expect(routes.json?["last_reload"]?["success"] == false)
        let metrics = try parsePrometheus(try await send("GET", h.base + "/metrics").text)
        #expect(metrics["switchyard_reload_last_success"] == 0)
        #expect((metrics[#"switchyard_reloads_total{outcome="failure"}"#] ?? 0) >= 1)
    }

    @Test func otherModulesMountAdminEndpoints() async throws {
        let handler: AdminHandler = { method, path in
            guard path.hasPrefix("/api/v1/nats/") else { return nil }
            return (200, Array(#"{"mine":"\#(method) \#(path)"}"#.utf8))
        }
        let h = try await Harness(routes: Self.routes, http: "http: { admin_token: \"t\" }", adminHandlers: [handler])
        defer { Task { await h.stop() } }
        let a = try await send("GET", h.base + "/api/v1/nats/streams?x=1", headers: [("Authorization", "Bearer t")])
        #expect(a.status == 200)
        #expect(a.json?["mine"]?.stringValue == "GET /api/v1/nats/streams?x=1")
        #expect(try await send("GET", h.base + "/api/v1/nats/streams").status == 401)  // auth first
        #expect(try await send("GET", h.base + "/api/v1/other", headers: [("Authorization", "Bearer t")]).status == 404)
    }
}
