import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SwitchyardCore
import SwitchyardPluginAPI
import Synchronization

/// An endpoint another module mounts under `/api/v1` (the NATS admin API, ...): given the method and the path
/// (query included), its answer, or nil when the path is not its own. Admin auth applies before it is called.
public typealias AdminHandler = @Sendable (_ method: String, _ path: String) async -> (status: Int, body: [UInt8])?

/// Request context that keeps the peer's address (for `client_ip`, allow-lists and loopback-only admin).
struct PeerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peer: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
    }
}

/// The one HTTP listener of `switchyard run`: every webhook path, `/healthz`, `/readyz`, `/metrics` and the
/// admin API `/api/v1/...`. Runs as a service next to the route supervisor.
public final class SwitchyardHTTPServer: Service, Sendable {
    public let host: String
    public let requestedPort: Int
    let front: HTTPFrontDoor
    let logger: Logger
    private let bound = Mutex<(port: Int?, waiters: [CheckedContinuation<Int, Never>])>((nil, []))

    /// - Parameters:
    ///   - listen: `host:port`; port 0 takes a free one (see `waitUntilListening`).
    ///   - supervisor: the routes; nil serves webhooks and health only (tests).
    ///   - adminToken: used when there is no supervisor; otherwise `http.admin_token` of the running config.
    public init(
        listen: String, supervisor: RouteSupervisor?, paths: WebhookPathTable = .shared, adminHandlers: [AdminHandler] = [],
        maxBody: Int = 1 << 20, adminToken: String? = nil, logger: Logger
    ) throws {
        guard let (host, port) = parseHostPort(listen) else { throw HTTPServerError("'\(listen)' is not host:port") }
        self.host = host
        self.requestedPort = port
        self.logger = logger
        self.front = HTTPFrontDoor(
            supervisor: supervisor, paths: paths, adminHandlers: adminHandlers, defaultMaxBody: maxBody,
            fixedAdminToken: adminToken, metrics: SwitchyardMetrics.shared, logger: logger)
    }

    /// The port the listener bound (the real one when `listen` asked for port 0).
    public func waitUntilListening() async -> Int {
        await withCheckedContinuation { c in
            let port = bound.withLock { b -> Int? in
                if let p = b.port { return p }
                b.waiters.append(c)
                return nil
            }
            if let port { c.resume(returning: port) }
        }
    }

    private func listening(on port: Int) {
        let waiters = bound.withLock { b -> [CheckedContinuation<Int, Never>] in
            b.port = port
            defer { b.waiters = [] }
            return b.waiters
        }
        for w in waiters { w.resume(returning: port) }
    }

    public func run() async throws {
        let front = self.front
        let responder = CallbackResponder { (request: Request, context: PeerRequestContext) async throws -> Response in
            await front.respond(request, peer: context.peer)
        }
        var log = logger
        log.logLevel = max(logger.logLevel, .notice)  // Hummingbird logs every request at debug/info
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: requestedPort), serverName: nil, reuseAddress: true),
            onServerRunning: { [weak self] channel in
                let port = channel.localAddress?.port ?? 0
                self?.logger.info("http listening", metadata: ["address": "\(self?.host ?? ""):\(port)"])
                self?.listening(on: port)
            },
            logger: log)
        front.metrics.startConnectionWatch(supervisor: front.supervisor)
        defer { front.metrics.stopConnectionWatch() }
        try await app.run()
    }
}

struct HTTPServerError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Dispatch of one request: ops endpoints, admin API, webhook paths. Library-neutral at its core
/// (`dispatch`) so auth and routing are testable without a socket.
final class HTTPFrontDoor: Sendable {
    let supervisor: RouteSupervisor?
    let paths: WebhookPathTable
    let adminHandlers: [AdminHandler]
    let defaultMaxBody: Int
    let fixedAdminToken: String?
    let metrics: SwitchyardMetrics
    let logger: Logger

    init(supervisor: RouteSupervisor?, paths: WebhookPathTable, adminHandlers: [AdminHandler], defaultMaxBody: Int,
         fixedAdminToken: String?, metrics: SwitchyardMetrics, logger: Logger) {
        self.supervisor = supervisor
        self.paths = paths
        self.adminHandlers = adminHandlers
        self.defaultMaxBody = defaultMaxBody
        self.fixedAdminToken = fixedAdminToken
        self.metrics = metrics
        self.logger = logger
    }

    /// Hummingbird adapter.
    func respond(_ request: Request, peer: String?) async -> Response {
        var head = WebhookRequest(
            method: request.method.rawValue, path: request.uri.path, query: parseQuery(request.uri.query),
            headers: request.headers.map { ($0.name.canonicalName, $0.value) }, peer: peer)  // lower-cased at parse already
        let declaredLength = request.headers[.contentLength].flatMap { Int($0) }
        let body = request.body
        let answer = await dispatch(&head, rawPath: request.uri.string, declaredLength: declaredLength) { limit in
            do {
                let buffer = try await body.collect(upTo: limit)
                return .bytes(Array(buffer.readableBytesView))
            } catch is NIOTooManyBytesError {
                return .tooLarge
            } catch {
                return .failed("\(error)")
            }
        }
        var headers = HTTPFields()
        headers[.contentType] = answer.contentType
        for (name, value) in answer.headers {
            if let n = HTTPFields.Element.Name(name) { headers[n] = value }
        }
        return Response(status: .init(code: answer.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    enum BodyRead: Sendable {
        case bytes([UInt8])
        case tooLarge
        case failed(String)
    }

    /// Routes one request. `readBody(limit)` reads the body only once the path is known (with its limit).
    func dispatch(
        _ request: inout WebhookRequest, rawPath: String, declaredLength: Int?, readBody: (Int) async -> BodyRead
    ) async -> WebhookAnswer {
        switch (request.method, request.path) {
        case ("GET", "/healthz"), ("HEAD", "/healthz"):
            return json(200, ["status": "alive"])
        case ("GET", "/readyz"), ("HEAD", "/readyz"):
            return readiness()
        case ("GET", "/metrics"):
            return WebhookAnswer(status: 200, body: metrics.render(supervisor: supervisor),
                                 contentType: "text/plain; version=0.0.4; charset=utf-8")
        default:
            break
        }
        if request.path == "/api/v1" || request.path.hasPrefix("/api/v1/") {
            return await admin(request, rawPath: rawPath)
        }
        guard let endpoint = paths.lookup(request.path) else {
            // A route of the running config declares the path but is not serving it right now (starting,
            // draining for shutdown): the sender should come back, not give up.
            if let supervisor, supervisor.topology.routes.contains(where: { $0.webhookPath == request.path }) {
                return unavailable("the route of \(request.path) is not running right now")
            }
            return json(404, ["error": .string("no route serves \(request.path)")])
        }
        guard endpoint.accepts(method: request.method) else {
            return json(405, ["error": .string("method \(request.method) not allowed on \(request.path)")])
        }
        if let refusal = endpoint.screen(request) { return refusal }
        let limit = endpoint.maxBody ?? defaultMaxBody
        if let declaredLength, declaredLength > limit { return endpoint.tooLarge(limit: limit) }
        switch await readBody(limit) {
        case .bytes(let b): request.body = b
        case .tooLarge: return endpoint.tooLarge(limit: limit)
        case .failed(let why): return json(400, ["error": .string("could not read the body: \(why)")])
        }
        // A route version that stopped (reload) before taking the message hands it back: the path's newer
        // owner takes it. Bounded, for reloads following each other faster than a request is handled.
        var current = endpoint
        for _ in 0..<8 {
            switch await current.handle(request) {
            case .answer(let a):
                return a
            case .handedBack(let a):
                guard let next = paths.lookup(request.path), next !== current else { return a }
                current = next
            }
        }
        return unavailable("the route of \(request.path) is reloading")
    }

    // MARK: ops

    func readiness() -> WebhookAnswer {
        guard let supervisor else { return json(200, ["ready": true]) }
        let topology = supervisor.topology
        if supervisor.runners.isEmpty, !topology.routes.isEmpty {
            return json(503, ["ready": false, "reason": "starting"])
        }
        var needed: Set<String> = []
        for route in topology.routes { needed.formUnion(route.spec.connectionNames) }
        let down = needed.sorted().filter { topology.connections.byName[$0].map { !$0.isConnected } ?? false }
        if down.isEmpty { return json(200, ["ready": true]) }
        return json(503, ["ready": false, "down": .array(down.map { .string($0) })])
    }

    // MARK: admin

    func admin(_ request: WebhookRequest, rawPath: String) async -> WebhookAnswer {
        let token = fixedAdminToken ?? supervisor?.topology.config.http.adminToken
        if let token {
            let given = request.header("authorization") ?? ""
            let prefix = "Bearer "
            guard given.hasPrefix(prefix), constantTimeEqual(String(given.dropFirst(prefix.count)), token) else {
                logger.warning("admin request refused: bad or missing bearer token",
                               metadata: ["path": "\(request.path)", "peer": "\(request.peer ?? "unknown")"])
                var a = json(401, ["error": "admin API needs Authorization: Bearer <http.admin_token>"])
                a.headers.append(("WWW-Authenticate", "Bearer"))
                return a
            }
        } else if !isLoopback(request.peer) {
            logger.warning("admin request refused: not loopback and no admin_token configured",
                           metadata: ["path": "\(request.path)", "peer": "\(request.peer ?? "unknown")"])
            return json(403, ["error": "admin API is served to loopback clients only unless http.admin_token is set"])
        }
        switch (request.method, request.path) {
        case ("GET", "/api/v1/routes"):
            guard let supervisor else { return json(503, ["error": "no routes in this process"]) }
            return WebhookAnswer(status: 200, body: JSONWriter.bytes(AdminViews.routes(supervisor, paths: paths)))
        case ("POST", "/api/v1/reload"):
            guard let supervisor else { return json(503, ["error": "no routes in this process"]) }
            let outcome = await supervisor.reload()
            return WebhookAnswer(status: outcome.success ? 200 : 422, body: JSONWriter.bytes(AdminViews.reload(outcome)))
        default:
            for handler in adminHandlers {
                if let (status, body) = await handler(request.method, rawPath) {
                    return WebhookAnswer(status: status, body: body)
                }
            }
            return json(404, ["error": .string("no admin endpoint \(request.method) \(request.path)")])
        }
    }

    // MARK: helpers

    func json(_ status: Int, _ fields: JSONObject) -> WebhookAnswer {
        WebhookAnswer(status: status, body: JSONWriter.bytes(.object(fields)))
    }

    func unavailable(_ reason: String) -> WebhookAnswer {
        var a = json(503, ["error": .string(reason)])
        a.headers.append(("Retry-After", "1"))
        return a
    }
}

func isLoopback(_ peer: String?) -> Bool {
    guard let peer, let bytes = parseIP(peer) else { return false }
    return loopbackNetworks.contains { $0.contains(bytes) }
}

private let loopbackNetworks = [try! IPNetwork(parsing: "127.0.0.0/8"), try! IPNetwork(parsing: "::1/128")]

/// `a=1&b=x%20y` → pairs, percent- and `+`-decoded.
func parseQuery(_ query: String?) -> [(name: String, value: String)] {
    guard let query, !query.isEmpty else { return [] }
    func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
    return query.split(separator: "&").map { pair in
        if let eq = pair.firstIndex(of: "=") {
            return (decode(pair[..<eq]), decode(pair[pair.index(after: eq)...]))
        }
        return (decode(pair), "")
    }
}

extension BuiltRoute {
    /// The path of a `webhook` source, as written.
    var webhookPath: String? {
        spec.from.plugin == "webhook" ? spec.from.config["path"]?.scalar : nil
    }
}
