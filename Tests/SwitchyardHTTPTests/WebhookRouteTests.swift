import Foundation
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI

@Suite struct WebhookRouteTests {
    @Test func answers200OnlyAfterEverySinkConfirmed() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: gated-{id}
                from: { webhook: { path: /in, id_header: X-Request-Id } }
                to:
                  - memory: { connection: hub-{id}, queue: out }
                  - controlled: { name: gate-{id} }
            """)
        defer { Task { await h.stop() } }
        let gate = ControlledSink.named("gate-\(h.id)")
        gate.set(.hold)
        let answered = Flag()
        let request = Task {
            let a = try await post(h.base + "/in", #"{"n":1}"#, headers: [("X-Request-Id", "req-1")])
            answered.set()
            return a
        }
        // The memory sink has it, the gate holds it: no answer yet.
        try await waitFor { h.hub.queue("out").publishedCount == 1 && gate.attempts == 1 }
        try await Task.sleep(for: .milliseconds(300))
        let early = answered.isSet
        #expect(!early, "answered before every sink confirmed")
        gate.set(.confirm)
        let answer = try await request.value
        #expect(answer.status == 200)
        #expect(answer.json?["id"]?.stringValue == "req-1")
        #expect(answer.json?["status"]?.stringValue == "ok")
        #expect(gate.confirmed.map(\.id) == ["req-1"])
    }

    @Test func aDownSinkGets503WithRetryAfterAndNothingHalfDone() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: flaky-{id}
                from: { webhook: { path: /in, id_field: id } }
                to: [ { controlled: { name: flaky-{id} } } ]
            """)
        defer { Task { await h.stop() } }
        let sink = ControlledSink.named("flaky-\(h.id)")
        sink.set(.failRetryable)
        let body = #"{"id":"evt-9","text":"caf\u00e9"}"#
        let down = try await post(h.base + "/in", body)
        #expect(down.status == 503)
        #expect(down.header("retry-after") == "7")  // the sink's own delay
        #expect(sink.confirmed.isEmpty)
        // The sender retries once the sink is back: delivered exactly once, bytes untouched.
        sink.set(.confirm)
        let up = try await post(h.base + "/in", body)
        #expect(up.status == 200)
        #expect(sink.confirmed.count == 1)
        #expect(sink.confirmed.first?.id == "evt-9")
        #expect(sink.confirmed.first?.body == Array(body.utf8))
    }

    @Test func bodyLimitsJSONMethodsAndUnknownPaths() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: limits-{id}
                from: { webhook: { path: /in, max_body: 100 } }
                to: [ { memory: { connection: hub-{id}, queue: out } } ]
              - name: raw-{id}
                from: { webhook: { path: /raw, json: false, methods: [POST, PUT] } }
                to: [ { memory: { connection: hub-{id}, queue: raw } } ]
            """)
        defer { Task { await h.stop() } }
        let big = "{\"pad\":\"" + String(repeating: "x", count: 200) + "\"}"
        let tooLarge = try await post(h.base + "/in", big)
        #expect(tooLarge.status == 413)
        let notJSON = try await post(h.base + "/in", "hello=world")
        #expect(notJSON.status == 400)
        #expect(notJSON.json?["error"]?.stringValue?.contains("not JSON") == true, "\(notJSON.text)")
        let wrongMethod = try await send("PUT", h.base + "/in", body: Array("{}".utf8))
        #expect(wrongMethod.status == 405)
        let unknown = try await post(h.base + "/nowhere", "{}")
        #expect(unknown.status == 404)
        // json: false takes any bytes; PUT allowed there.
        let raw = try await send("PUT", h.base + "/raw", body: Array("hello=world".utf8))
        #expect(raw.status == 200)
        #expect(h.hub.queue("out").publishedCount == 0)
        #expect(h.hub.queue("raw").drain().first?.body == Array("hello=world".utf8))
    }

    @Test func headersQueryAndClientAddressBecomeMetadata() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: meta-data-{id}
                from: { webhook: { path: /in, id_field: payload.id } }
                to: [ { memory: { connection: hub-{id}, queue: out } } ]
            """)
        defer { Task { await h.stop() } }
        let a = try await post(h.base + "/in?session=s%201&x=1", #"{"payload":{"id":"msg_abc"}}"#,
                               headers: [("X-Custom", "v1"), ("Authorization", "Bearer secret")])
        #expect(a.status == 200)
        let m = try #require(h.hub.queue("out").drain().first)
        #expect(m.id == "msg_abc")
        #expect(m.source == "webhook")
        #expect(m.metadata["http.method"] == "POST")
        #expect(m.metadata["http.path"] == "/in")
        #expect(m.metadata["http.query.session"] == "s 1")
        #expect(m.metadata["http.query.x"] == "1")
        #expect(m.metadata["http.header.x-custom"] == "v1")
        #expect(m.metadata["http.header.authorization"] == nil)
        #expect(m.metadata["client_ip"] == "127.0.0.1")
        #expect(m.headers["x-custom"] == "v1")
        #expect(m.headers["content-length"] == nil)
        // Without an id in the header or the body: a generated one, different each time.
        #expect(try await post(h.base + "/in", "{}").status == 200)
        #expect(try await post(h.base + "/in", "{}").status == 200)
        let generated = h.hub.queue("out").drain().map(\.id)
        #expect(generated.count == 2 && generated[0] != generated[1] && generated[0].count == 36)
    }

    @Test func rejectedAndDeadLetteredAnswers() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: rejecting-{id}
                from: { webhook: { path: /rejected } }
                to: [ { controlled: { name: refuse-{id} } } ]
              - name: dead-lettering-{id}
                from: { webhook: { path: /dead } }
                to: [ { controlled: { name: refuse-{id} } } ]
                on_error:
                  dead_letter: { memory: { connection: hub-{id}, queue: dead } }
            """)
        defer { Task { await h.stop() } }
        ControlledSink.named("refuse-\(h.id)").set(.failPermanent)
        let rejected = try await post(h.base + "/rejected", "{}")
        #expect(rejected.status == 422)
        #expect(rejected.json?["error"]?.stringValue?.contains("sink refused it") == true)
        let dead = try await post(h.base + "/dead", "{}")
        #expect(dead.status == 200)
        #expect(dead.json?["status"]?.stringValue == "dead_lettered")
        #expect(h.hub.queue("dead").publishedCount == 1)
    }

    @Test func noSettlementWithinTheTimeoutIs503() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: slow-{id}
                from: { webhook: { path: /in, timeout: 300ms, retry_after: 9s } }
                to: [ { controlled: { name: slow-{id} } } ]
            """)
        defer { Task { await h.stop() } }
        let sink = ControlledSink.named("slow-\(h.id)")
        sink.set(.hold)
        let started = ContinuousClock.now
        let a = try await post(h.base + "/in", "{}")
        #expect(a.status == 503)
        #expect(a.header("retry-after") == "9")
        #expect(ContinuousClock.now - started >= .milliseconds(300))
        sink.set(.confirm)  // the held message still goes through (the sender's retry may duplicate it)
        try await waitFor { sink.confirmed.count == 1 }
        #expect(sink.confirmed.count == 1)
    }

    @Test func shutdownAnswersInFlightRequestsThenRefusesWith503() async throws {
        let h = try await Harness(routes: """
            routes:
              - name: draining-{id}
                from: { webhook: { path: /in } }
                to: [ { controlled: { name: draining-{id} } } ]
            """)
        defer { Task { await h.stop() } }
        let sink = ControlledSink.named("draining-\(h.id)")
        sink.set(.hold)
        let inFlight = Task { try await post(h.base + "/in", #"{"n":1}"#) }
        try await waitFor { sink.attempts == 1 }
        let shutdown = Task { await h.stopRoutes() }
        try await Task.sleep(for: .milliseconds(100))
        // Draining: a new request is refused with 503, the one in flight is still waiting for its sink.
        let during = try await post(h.base + "/in", #"{"n":2}"#)
        #expect(during.status == 503)
        #expect(during.header("retry-after") != nil)
        sink.set(.confirm)
        #expect(try await inFlight.value.status == 200)
        await shutdown.value
        #expect(sink.confirmed.count == 1)
        let after = try await post(h.base + "/in", #"{"n":3}"#)
        #expect(after.status == 503)
    }

    @Test func aPathKeepsAnswering2xxDuringReloads() async throws {
        func routes(_ version: Int) -> String {
            """
            routes:
              - name: steady-{id}
                from: { webhook: { path: /in } }
                steps:
                  - set: { fields: { version: \(version) } }
                to: [ { memory: { connection: hub-{id}, queue: out } } ]
            """
        }
        let h = try await Harness(routes: routes(0))
        defer { Task { await h.stop() } }
        let stop = Flag()
        // Four clients loop requests while the route is reloaded twenty times.
        let clients = (0..<4).map { c in
            Task { () -> (ok: Int, bad: [String]) in
                var ok = 0
                var bad: [String] = []
                var n = 0
                while !stop.isSet {
                    n += 1
                    do {
                        let a = try await post(h.base + "/in", #"{"c":\#(c),"n":\#(n)}"#)
                        if (200..<300).contains(a.status) { ok += 1 } else { bad.append("\(a.status) \(a.text)") }
                    } catch {
                        bad.append("\(error)")
                    }
                }
                return (ok, bad)
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        var outcomes: [ReloadOutcome] = []
        for i in 1...20 {
            try h.rewriteRoutes(routes(i))
            outcomes.append(await h.supervisor.reload())
            try await Task.sleep(for: .milliseconds(20))
        }
        stop.set()
        var ok = 0
        var bad: [String] = []
        for c in clients {
            let r = await c.value
            ok += r.ok
            bad += r.bad
        }
        #expect(outcomes.allSatisfy { $0.success && $0.started == ["steady-\(h.id)"] }, "\(outcomes.map(\.errors))")
        #expect(bad.isEmpty, "non-2xx answers during reloads: \(bad)")
        #expect(ok > 40)
        // Every 200 was delivered; the last version serves now.
        let out = h.hub.queue("out").drain()
        #expect(out.count == ok)
        #expect(try out.last?.readJSON()["version"] == 20)
        #expect(h.paths.paths["/in"] == ["steady-\(h.id)"])
    }
}

/// A flag tasks share (Atomic itself cannot be captured: it is not copyable).
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
