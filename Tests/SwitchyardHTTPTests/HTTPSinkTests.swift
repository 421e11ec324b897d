import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing
@testable import SwitchyardCore
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI
import SwitchyardPlugins

/// A far side for the HTTP sink: answers from a script (then 200), recording every request and when it came.
final class ScriptedServer: Sendable {
    struct Seen: Sendable {
        var path: String
        var headers: [String: String]
        var body: [UInt8]
        var at: ContinuousClock.Instant
    }
    private let state = Mutex<(script: [(Int, [(String, String)], String)], seen: [Seen])>(([], []))
    private let portBox = Mutex<(Int?, [CheckedContinuation<Int, Never>])>((nil, []))
    private let task = Mutex<Task<Void, Never>?>(nil)

    var seen: [Seen] { state.withLock { $0.seen } }

    init(script: [(Int, [(String, String)], String)] = []) {
        state.withLock { $0.script = script }
    }

    func start() async -> Int {
        let responder = CallbackResponder { [self] (request: Request, _: BasicRequestContext) async throws -> Response in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for f in request.headers { headers[f.name.canonicalName] = f.value }
            let next = state.withLock { s -> (Int, [(String, String)], String) in
                s.seen.append(Seen(path: request.uri.string, headers: headers, body: Array(body.readableBytesView), at: .now))
                return s.script.isEmpty ? (200, [], "ok") : s.script.removeFirst()
            }
            var fields = HTTPFields()
            for (k, v) in next.1 { fields[HTTPFields.Element.Name(k)!] = v }
            return Response(status: .init(code: next.0), headers: fields, body: .init(byteBuffer: ByteBuffer(string: next.2)))
        }
        var logger = Logger(label: "scripted")
        logger.logLevel = .critical
        let app = Application(
            responder: responder, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { [self] channel in
                let waiters = portBox.withLock { b -> [CheckedContinuation<Int, Never>] in
                    b.0 = channel.localAddress?.port
                    defer { b.1 = [] }
                    return b.1
                }
                for w in waiters { w.resume(returning: channel.localAddress?.port ?? 0) }
            }, logger: logger)
        let running = Task { () -> Void in try? await app.run() }
        task.withLock { $0 = running }
        return await withCheckedContinuation { c in
            let port = portBox.withLock { b -> Int? in
                if let p = b.0 { return p }
                b.1.append(c)
                return nil
            }
            if let port { c.resume(returning: port) }
        }
    }

    func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }
}

@Suite struct HTTPSinkTests {
    func sink(_ yaml: String) throws -> any Sink {
        var errors: [ConfigError] = []
        let doc = try YAMLDocument(path: "sink.yaml", text: yaml, environment: ["SIGN_SECRET": "sink-secret"], errors: &errors)
        let registry = makePluginRegistry { r in registerHTTP(into: &r, paths: WebhookPathTable()) }
        return try registry.build(.sink, "http", config: doc.root, context: PluginContext(
            routeName: "sink-test", componentPath: "to.0.http", connections: ConnectionSet()), as: (any Sink).self)
    }

    @Test func retriesServerErrorsWithBackoffAndDeliversOnce() async throws {
        let server = ScriptedServer(script: [(503, [], "busy"), (500, [], "oops"), (502, [], "bad gateway")])
        let port = await server.start()
        defer { Task { await server.stop() } }
        let s = try sink("url: http://127.0.0.1:\(port)/hooks/{session}\nretries: 3\nbackoff: 100ms\nmax_backoff: 1s\nheaders: { X-Route: \"{$meta.route}\" }\n")
        var m = Message(id: "m1", body: Array(#"{"session":"abc","n":1}"#.utf8))
        m.metadata["route"] = "r1"
        let started = ContinuousClock.now
        let result = await s.write([m])
        #expect(result.failures.isEmpty, "\(result.failures)")
        let seen = server.seen
        #expect(seen.count == 4)  // three failures, then the delivery
        #expect(seen.allSatisfy { $0.path == "/hooks/abc" })
        #expect(seen.last?.headers["x-route"] == "r1")
        #expect(seen.last?.headers["content-type"] == "application/json")
        #expect(seen.last?.body == m.body)
        // Backoff 100ms, 200ms, 400ms with jitter down to half: at least 350ms in all, growing.
        let gaps = zip(seen.dropFirst(), seen).map { $0.at - $1.at }
        #expect(ContinuousClock.now - started >= .milliseconds(350))
        #expect(gaps[0] >= .milliseconds(50) && gaps[2] >= .milliseconds(200), "\(gaps)")
    }

    @Test func aClientErrorIsPermanentWithStatusAndExcerpt() async throws {
        let server = ScriptedServer(script: [(400, [], #"{"error":"invalid phone number"}"#)])
        let port = await server.start()
        defer { Task { await server.stop() } }
        let s = try sink("url: http://127.0.0.1:\(port)/send\nretries: 3\nbackoff: 10ms\n")
        let result = await s.write([Message(id: "m1", body: Array("{}".utf8))])
        let failure = try #require(result.failures[0])
        #expect(!failure.retryable)
        #expect(failure.reason.contains("HTTP 400"))
        #expect(failure.reason.contains("invalid phone number"))
        #expect(server.seen.count == 1)
    }

    @Test func tooManyRequestsHonoursRetryAfter() async throws {
        let server = ScriptedServer(script: [(429, [("Retry-After", "1")], "slow down")])
        let port = await server.start()
        defer { Task { await server.stop() } }
        let s = try sink("url: http://127.0.0.1:\(port)/send\nretries: 2\nbackoff: 10ms\n")
        let result = await s.write([Message(id: "m1", body: Array("{}".utf8))])
        #expect(result.failures.isEmpty)
        let seen = server.seen
        #expect(seen.count == 2)
        #expect(seen[1].at - seen[0].at >= .milliseconds(950), "\(seen[1].at - seen[0].at)")
        // A Retry-After longer than max_retry_after goes back to the route with that delay.
        let server2 = ScriptedServer(script: [(429, [("Retry-After", "120")], "")])
        let port2 = await server2.start()
        defer { Task { await server2.stop() } }
        let s2 = try sink("url: http://127.0.0.1:\(port2)/send\nretries: 2\n")
        let failure = try #require(await s2.write([Message(id: "m1", body: Array("{}".utf8))]).failures[0])
        #expect(failure.retryable)
        #expect(failure.retryAfter == .seconds(120))
        #expect(server2.seen.count == 1)
    }

    @Test func connectionRefusedIsRetryable() async throws {
        // A port nobody listens on: bind one, note it, close it.
        let server = ScriptedServer()
        let port = await server.start()
        await server.stop()
        let s = try sink("url: http://127.0.0.1:\(port)/send\nretries: 1\nbackoff: 10ms\ntimeout: 2s\n")
        let failure = try #require(await s.write([Message(id: "m1", body: Array("{}".utf8))]).failures[0])
        #expect(failure.retryable)
        #expect(failure.reason.contains("failed"))
    }

    @Test func signsTheBodyAndSendsABatchConcurrently() async throws {
        let server = ScriptedServer()
        let port = await server.start()
        defer { Task { await server.stop() } }
        let s = try sink("url: http://127.0.0.1:\(port)/in/{$id}\nsign: { preset: meta, secret: \"${SIGN_SECRET}\" }\nconcurrency: 8\n")
        let messages = (0..<50).map { Message(id: "m\($0)", body: Array(#"{"n":\#($0),"t":"caf\u00e9"}"#.utf8)) }
        let result = await s.write(messages)
        #expect(result.failures.isEmpty)
        let seen = server.seen
        #expect(seen.count == 50)
        #expect(Set(seen.map(\.path)) == Set((0..<50).map { "/in/m\($0)" }))
        for r in seen {
            let expected = "sha256=" + hex(HMACKey(.sha256, key: Array("sink-secret".utf8)).code(for: r.body))
            #expect(r.headers["x-hub-signature-256"] == expected)
        }
    }

    @Test func aMissingTemplateFieldIsPermanent() async throws {
        let s = try sink("url: http://127.0.0.1:1/in/{session}\n")
        let failure = try #require(await s.write([Message(id: "m1", body: Array("{}".utf8))]).failures[0])
        #expect(!failure.retryable)
        #expect(failure.reason.contains("no value for {session}"))
    }

    @Test func badConfigIsAConfigError() throws {
        #expect(throws: ConfigErrors.self) { try sink("url: ftp://x/\n") }
        #expect(throws: ConfigErrors.self) { try sink("url: http://x/\nmethod: FETCH\n") }
        #expect(throws: ConfigErrors.self) { try sink("url: http://x/\nsign: { preset: meta }\n") }
    }

    @Test func inARouteA400GoesToTheDeadLetterWithoutRetries() async throws {
        let server = ScriptedServer(script: [(400, [], "bad request: missing field 'to'")])
        let port = await server.start()
        defer { Task { await server.stop() } }
        let h = try await Harness(routes: """
            routes:
              - name: out-{id}
                from: { webhook: { path: /in } }
                to: [ { http: { url: "http://127.0.0.1:\(port)/send", backoff: 10ms } } ]
                on_error:
                  retry: { attempts: 5, delay: 10ms }
                  dead_letter: { memory: { connection: hub-{id}, queue: dead } }
            """)
        defer { Task { await h.stop() } }
        let a = try await post(h.base + "/in", #"{"text":"hi"}"#)
        #expect(a.status == 200)
        #expect(a.json?["status"]?.stringValue == "dead_lettered")
        #expect(server.seen.count == 1)
        let dead = try #require(h.hub.queue("dead").drain().first)
        #expect(dead.headers["x-switchyard-error"]?.contains("HTTP 400") == true)
        #expect(dead.headers["x-switchyard-error"]?.contains("missing field") == true)
        #expect(dead.body == Array(#"{"text":"hi"}"#.utf8))
    }
}

@Suite struct WebhookToHTTPSinkChainTests {
    /// Meta-signed webhook in → HTTP sink signing the same bytes WA-RS style → a second webhook verifying
    /// that signature → memory: the sink's signatures are exactly what the source checks.
    @Test func aSignedChainThroughTheListener() async throws {
        let receiver = """
            routes:
              - name: receiver-{id}
                from: { webhook: { path: /wars-in, verify: { preset: wa-rs, secret: "chain-secret" } } }
                to: [ { memory: { connection: hub-{id}, queue: out } } ]

            """
        let h = try await Harness(routes: receiver)
        defer { Task { await h.stop() } }
        try h.rewriteRoutes(receiver + """
              - name: forwarder-{id}
                from: { webhook: { path: /meta-in, verify: { preset: meta, secret: "\(metaSecret)" } } }
                to:
                  - http:
                      url: "http://127.0.0.1:\(h.port)/wars-in"
                      sign: { preset: wa-rs, secret: "chain-secret" }
            """)
        #expect(await h.supervisor.reload().success)
        let a = try await post(h.base + "/meta-in", metaBody, headers: [("X-Hub-Signature-256", "sha256=" + metaVectorHex)])
        #expect(a.status == 200, "\(a.text)")
        let out = h.hub.queue("out").drain()
        #expect(out.count == 1)
        #expect(out.first?.body == Array(metaBody.utf8))  // byte for byte, \u escapes intact
        #expect(out.first?.metadata["verified"] == "wa-rs")
        // A wrong secret on the forwarder: the receiver answers 403, a permanent failure, no dead letter → 422.
        try h.rewriteRoutes(receiver + """
              - name: forwarder-{id}
                from: { webhook: { path: /meta-in, verify: { preset: meta, secret: "\(metaSecret)" } } }
                to:
                  - http:
                      url: "http://127.0.0.1:\(h.port)/wars-in"
                      sign: { preset: wa-rs, secret: "wrong-secret" }
            """)
        #expect(await h.supervisor.reload().success)
        let refused = try await post(h.base + "/meta-in", metaBody, headers: [("X-Hub-Signature-256", "sha256=" + metaVectorHex)])
        #expect(refused.status == 422)
        #expect(refused.json?["error"]?.stringValue?.contains("HTTP 403") == true, "\(refused.text)")
        #expect(h.hub.queue("out").publishedCount == 1)
    }
}
