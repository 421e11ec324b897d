import CoreMetrics
import Foundation
import Logging
import SwitchyardPluginAPI
import Synchronization

struct WebhookVerifyConfig: Decodable, Sendable {
    var preset: VerifyPreset
    var secret: String?
    var secret_file: String?
    var verify_token: String?
    var verify_token_file: String?
    var header: String?
    var query: String?
}

struct WebhookSourceConfig: PluginConfig {
    var path: String
    var methods: [String]?
    var json: Bool?
    var max_body: Int?
    var id_header: String?
    var id_field: String?
    var timeout: ConfigDuration?
    var retry_after: ConfigDuration?
    var rejected_status: Int?
    var verify: WebhookVerifyConfig?
    var allow_ips: [IPNetwork]?
    var trusted_proxies: [IPNetwork]?

    static let fields = [
        ConfigField("path", "string", required: true, "Path on the shared listener (`http.listen`), e.g. /webhooks/meta."),
        ConfigField("methods", "list of strings", default: "[POST]", "Methods taken as messages (405 otherwise). The meta preset also answers its GET handshake."),
        ConfigField("json", "bool", default: "true", "Require a JSON body (400 with the parse error otherwise)."),
        ConfigField("max_body", "integer (bytes)", default: "http.max_body (1048576)", "Larger bodies get 413."),
        ConfigField("id_header", "string", "Header holding the message id (e.g. X-Request-Id); tried first."),
        ConfigField("id_field", "JSON path", "Body field holding the message id (e.g. `id` for WAHA); tried next, else a UUID."),
        ConfigField("timeout", "duration", default: "30s", "Longest wait for every sink to confirm; then 503 with Retry-After."),
        ConfigField("retry_after", "duration", default: "5s", "Retry-After for a 503 when the route named no delay."),
        ConfigField("rejected_status", "integer", default: "422", "Status when the route refused the message and no dead letter took it."),
        ConfigField("verify.preset", "meta | wa-rs | waha | token | none", default: "none", "Who may call: signature or token check on the raw body."),
        ConfigField("verify.secret", "string", "HMAC secret (meta: the app secret) or the shared token; use `${ENV}`."),
        ConfigField("verify.secret_file", "file path", "File holding the secret instead."),
        ConfigField("verify.verify_token", "string", "meta: the token of the GET subscription handshake."),
        ConfigField("verify.verify_token_file", "file path", "File holding the verify token instead."),
        ConfigField("verify.header", "string", "token: header carrying the token (e.g. X-Whatsapp-Token)."),
        ConfigField("verify.query", "string", "token: query parameter carrying the token (e.g. secret)."),
        ConfigField("allow_ips", "list of CIDR", "Only these client addresses (v4 or v6); 403 otherwise."),
        ConfigField("trusted_proxies", "list of CIDR", "Peers whose X-Forwarded-For is believed for the client address."),
    ]
}

/// Paths the listener keeps for itself.
let reservedPaths = ["/healthz", "/readyz", "/metrics"]

/// The checks of one webhook path, resolved from config (secrets loaded).
struct WebhookVerifier: Sendable {
    enum Check: Sendable {
        case none
        case signature(SignatureScheme, HMACKey)
        case tokenHeader(String, Secret)
        case tokenQuery(String, Secret)
    }
    let preset: VerifyPreset
    let check: Check
    /// Header and query names that carry a secret: kept out of message metadata and headers (built once, read
    /// per request).
    let secretHeaders: Set<String>
    let secretQueryNames: Set<String>
    /// meta: the GET handshake token (nil: every handshake is refused).
    var verifyToken: Secret?
    var allowIPs: [IPNetwork]
    var trustedProxies: [IPNetwork]

    init(_ config: WebhookVerifyConfig?, allowIPs: [IPNetwork], trustedProxies: [IPNetwork]) throws(ConfigError) {
        self.allowIPs = allowIPs
        self.trustedProxies = trustedProxies
        preset = config?.preset ?? .none
        verifyToken = nil
        guard let config else {
            check = .none
            (secretHeaders, secretQueryNames) = Self.secretNames(.none)
            return
        }
        func prefixed(_ e: ConfigError) -> ConfigError {
            var e = e
            e.keyPath = ["verify"] + e.keyPath
            return e
        }
        func secret() throws(ConfigError) -> Secret {
            do throws(ConfigError) {
                guard let s = try Secret.load(value: config.secret, file: config.secret_file, key: "secret", fileKey: "secret_file") else {
                    throw ConfigError("preset '\(config.preset.rawValue)' needs 'secret' or 'secret_file'", keyPath: ["preset"],
                                      hint: "e.g. secret: \"${META_APP_SECRET}\"")
                }
                return s
            } catch { throw prefixed(error) }
        }
        switch config.preset {
        case .none:
            check = .none
        case .meta:
            check = .signature(.meta, HMACKey(.meta, secret: try secret()))
            do {
                verifyToken = try Secret.load(value: config.verify_token, file: config.verify_token_file,
                                              key: "verify_token", fileKey: "verify_token_file")
            } catch { throw prefixed(error) }
        case .waRS:
            check = .signature(.waRS, HMACKey(.waRS, secret: try secret()))
        case .waha:
            check = .signature(.waha, HMACKey(.waha, secret: try secret()))
        case .token:
            let s = try secret()
            switch (config.header, config.query) {
            case (let h?, nil): check = .tokenHeader(h.lowercased(), s)
            case (nil, let q?): check = .tokenQuery(q, s)
            case (nil, nil):
                throw prefixed(ConfigError("preset 'token' needs 'header' or 'query'", keyPath: ["preset"],
                                           hint: "header: X-Whatsapp-Token, or query: secret"))
            case (_?, _?):
                throw prefixed(ConfigError("give either 'header' or 'query', not both", keyPath: ["query"]))
            }
        }
        if config.preset != .token, config.header != nil || config.query != nil {
            throw prefixed(ConfigError("'header' and 'query' apply to preset 'token' only", keyPath: [config.header != nil ? "header" : "query"]))
        }
        if config.preset != .meta, config.verify_token != nil || config.verify_token_file != nil {
            throw prefixed(ConfigError("'verify_token' applies to preset 'meta' only", keyPath: ["verify_token"]))
        }
        (secretHeaders, secretQueryNames) = Self.secretNames(check)
    }

    private static func secretNames(_ check: Check) -> (headers: Set<String>, query: Set<String>) {
        var headers: Set<String> = ["authorization", "cookie", "proxy-authorization"]
        var query: Set<String> = ["hub.verify_token"]
        if case .tokenHeader(let h, _) = check { headers.insert(h) }
        if case .tokenQuery(let q, _) = check { query.insert(q) }
        return (headers, query)
    }

    enum Failure: Error {
        /// 401: no credentials at all.
        case missing(String)
        /// 403: wrong credentials.
        case wrong(String)
        var reason: String {
            switch self {
            case .missing(let r), .wrong(let r): return r
            }
        }
    }

    /// Verifies a request's credentials on its raw body.
    func verify(_ request: WebhookRequest) -> Failure? {
        switch check {
        case .none:
            return nil
        case .signature(let scheme, let key):
            let value = request.header(scheme.header)
            guard value != nil else { return .missing("missing \(scheme.header) header") }
            return scheme.verify(value, body: request.body, key: key).map(Failure.wrong)
        case .tokenHeader(let name, let secret):
            guard let value = request.header(name) else { return .missing("missing \(name) header") }
            return constantTimeEqual(Array(value.utf8), secret.bytes) ? nil : .wrong("\(name) does not match")
        case .tokenQuery(let name, let secret):
            guard let value = request.queryValue(name) else { return .missing("missing query parameter '\(name)'") }
            return constantTimeEqual(Array(value.utf8), secret.bytes) ? nil : .wrong("query parameter '\(name)' does not match")
        }
    }
}

/// `webhook` source: one path on the shared listener. A request becomes one message; the answer waits for
/// the route's settlement of it (200 only once every sink confirmed).
final class WebhookSource: Source, LifecycleComponent, WebhookEndpoint {
    let routeName: String
    let path: String
    let methods: Set<String>
    let json: Bool
    let maxBody: Int?
    let idHeader: String?
    let idField: JSONPath?
    let timeout: Duration
    let retryAfter: Duration
    let rejectedStatus: Int
    let verifier: WebhookVerifier
    let table: WebhookPathTable
    private let lazyLogger: LazyLogger
    var logger: Logger { lazyLogger.logger }
    let requestsByStatus = Mutex<[Int: CoreMetrics.Counter]>([:])
    let verificationFailures = Mutex<[String: CoreMetrics.Counter]>([:])

    private struct RunState {
        var state: WebhookEndpointState = .pending
        var output: (any SourceOutput)?
        var token: UInt64?
        var waiters: [CheckedContinuation<Void, Never>] = []
    }
    private let lifecycle = Mutex(RunState())
    private let batcher = RequestBatcher(maxBatch: 256)
    private let deadlines: DeadlineSweeper

    init(config: WebhookSourceConfig, routeName: String, table: WebhookPathTable) throws(ConfigError) {
        self.routeName = routeName
        guard config.path.hasPrefix("/") else { throw ConfigError("path must start with '/'", keyPath: ["path"]) }
        guard !reservedPaths.contains(config.path), !config.path.hasPrefix("/api/") else {
            throw ConfigError("path '\(config.path)' is reserved for the ops endpoints", keyPath: ["path"],
                              hint: "reserved: \(reservedPaths.joined(separator: ", ")), /api/...")
        }
        path = config.path
        let known = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        var methods: Set<String> = []
        for (i, m) in (config.methods ?? ["POST"]).enumerated() {
            let upper = m.uppercased()
            guard known.contains(upper) else {
                throw ConfigError("unknown method '\(m)'", keyPath: ["methods", String(i)], hint: "one of \(known.joined(separator: ", "))")
            }
            methods.insert(upper)
        }
        guard !methods.isEmpty else { throw ConfigError("methods is empty", keyPath: ["methods"]) }
        self.methods = methods
        json = config.json ?? true
        maxBody = config.max_body
        guard (maxBody ?? 1) > 0 else { throw ConfigError("max_body must be positive", keyPath: ["max_body"]) }
        idHeader = config.id_header
        if let f = config.id_field {
            do { idField = try JSONPath(parsing: f) } catch { throw ConfigError("\(error)", keyPath: ["id_field"]) }
        } else {
            idField = nil
        }
        timeout = config.timeout?.duration ?? .seconds(30)
        deadlines = DeadlineSweeper(tick: min(.milliseconds(250), timeout / 4))
        retryAfter = config.retry_after?.duration ?? .seconds(5)
        rejectedStatus = config.rejected_status ?? 422
        guard (400...599).contains(rejectedStatus) else {
            throw ConfigError("rejected_status must be a 4xx or 5xx status", keyPath: ["rejected_status"])
        }
        verifier = try WebhookVerifier(config.verify, allowIPs: config.allow_ips ?? [], trustedProxies: config.trusted_proxies ?? [])
        self.table = table
        lazyLogger = LazyLogger(label: "switchyard.webhook", route: routeName)
    }

    // MARK: lifecycle

    /// Stopped as soon as the route asks its source to stop, before `run` notices: the path table must
    /// prefer the new version from that moment on.
    var state: WebhookEndpointState {
        let (state, output) = lifecycle.withLock { ($0.state, $0.output) }
        if state == .live, output?.isStopping == true { return .stopped }
        return state
    }

    /// Called before the route runs (and, on reload, before the old version stops): takes the path now so
    /// it never goes unserved; requests arriving before `run` wait for it.
    func start() async throws { registerIfNeeded() }

    private func registerIfNeeded() {
        let needed = lifecycle.withLock { $0.token == nil && $0.state != .stopped }
        guard needed else { return }
        if let others = table.paths[path]?.filter({ $0 != routeName }), !others.isEmpty {
            logger.warning("webhook path is also declared by another route; the route started last serves it",
                           metadata: ["path": "\(path)", "other_routes": "\(Set(others).sorted())"])
        }
        let token = table.register(path, self)
        let keep = lifecycle.withLock { r -> Bool in
            guard r.token == nil, r.state != .stopped else { return false }
            r.token = token
            return true
        }
        if !keep { table.unregister(path, token: token) }
    }

    func run(output: any SourceOutput) async throws {
        registerIfNeeded()
        let waiters = lifecycle.withLock { r -> [CheckedContinuation<Void, Never>] in
            guard r.state == .pending else { return [] }
            r.state = .live
            r.output = output
            defer { r.waiters = [] }
            return r.waiters
        }
        for w in waiters { w.resume() }
        logger.debug("webhook path mounted", metadata: ["path": "\(path)"])
        await output.waitUntilStopping()
        markStopped()
    }

    func shutdown() async { markStopped() }

    private func markStopped() {
        let (token, waiters) = lifecycle.withLock { r -> (UInt64?, [CheckedContinuation<Void, Never>]) in
            r.state = .stopped
            defer {
                r.token = nil
                r.waiters = []
            }
            return (r.token, r.waiters)
        }
        if let token { table.unregister(path, token: token) }
        for w in waiters { w.resume() }
    }

    /// The route's output once it runs; nil when it stopped first or did not start within `limit`.
    private func liveOutput(within limit: Duration) async -> (any SourceOutput)? {
        if let ready = lifecycle.withLock({ $0.state == .live ? $0.output : nil }) { return ready }
        let timer = Task { [weak self] in
            try? await Task.sleep(for: limit)
            self?.wakeWaiters()
        }
        defer { timer.cancel() }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = lifecycle.withLock { r -> Bool in
                if r.state != .pending { return true }
                r.waiters.append(c)
                return false
            }
            if now { c.resume() }
        }
        return lifecycle.withLock { $0.state == .live ? $0.output : nil }
    }

    private func wakeWaiters() {
        let waiters = lifecycle.withLock { r -> [CheckedContinuation<Void, Never>] in
            defer { r.waiters = [] }
            return r.waiters
        }
        for w in waiters { w.resume() }
    }

    // MARK: requests

    func accepts(method: String) -> Bool {
        methods.contains(method) || (method == "GET" && verifier.preset == .meta)
    }

    func screen(_ request: WebhookRequest) -> WebhookAnswer? {
        guard !verifier.allowIPs.isEmpty else { return nil }
        let client = clientAddress(peer: request.peer, forwardedFor: request.header("x-forwarded-for"), trustedProxies: verifier.trustedProxies)
        if let client, let bytes = parseIP(client), verifier.allowIPs.contains(where: { $0.contains(bytes) }) { return nil }
        countFailure("ip")
        logger.warning("webhook refused: client address not allowed", metadata: ["client_ip": "\(client ?? "unknown")"])
        return answer(403, error: "client address not allowed")
    }

    func tooLarge(limit: Int) -> WebhookAnswer { answer(413, error: "body larger than \(limit) bytes") }

    func handle(_ request: WebhookRequest) async -> WebhookResult {
        if verifier.preset == .meta, request.method == "GET", !methods.contains("GET") || request.queryValue("hub.mode") != nil {
            return .answer(handshake(request))
        }
        if let failure = verifier.verify(request) {
            let status: Int
            switch failure {
            case .missing: status = 401
            case .wrong: status = 403
            }
            countFailure(verifier.preset == .token ? "token" : "signature")
            logger.warning("webhook refused: verification failed", metadata: [
                "reason": "\(failure.reason)", "client_ip": "\(clientIP(request) ?? "unknown")",
            ])
            return .answer(answer(status, error: "verification failed: \(failure.reason)"))
        }
        var message = Message(id: "", body: request.body, source: "webhook")
        var parsed: JSONValue?
        if json {
            do { parsed = try message.json() } catch {
                return .answer(answer(400, error: "body is not JSON: \(error.description)"))
            }
        }
        message.id = messageID(request, parsed)
        fillMetadata(&message, request)

        guard let output = await liveOutput(within: timeout) else {
            return .handedBack(unavailable(retryAfter: .seconds(1), reason: "route is not running"))
        }
        if output.isStopping {
            return .handedBack(unavailable(retryAfter: .seconds(1), reason: "route is stopping"))
        }
        let settlement = await deliver(message, to: output)
        // The id goes in each line's metadata (an autoclosure, built only when the line is logged), not in a
        // logger copy per request.
        let id = message.id
        switch settlement {
        case .none:
            logger.warning("webhook answered 503: no settlement within the timeout", metadata: ["id": "\(id)", "timeout": "\(timeout)"])
            return .answer(unavailable(retryAfter: retryAfter, reason: "not confirmed within \(timeout)"))
        case .ack:
            logger.debug("webhook delivered", metadata: ["id": "\(id)"])
            return .answer(answer(200, fields: ["status": "ok", "id": .string(message.id)]))
        case .deadLettered(let reason):
            logger.debug("webhook dead-lettered", metadata: ["id": "\(id)", "reason": "\(reason)"])
            return .answer(answer(200, fields: ["status": "dead_lettered", "id": .string(message.id)]))
        case .retry(let after):
            let a = unavailable(retryAfter: after > .zero ? after : retryAfter, reason: "not delivered yet, retry later")
            // Given back because its route version stopped (reload): its successor may take it.
            return output.isStopping ? .handedBack(a) : .answer(a)
        case .rejected(let reason):
            logger.warning("webhook rejected", metadata: ["id": "\(id)", "reason": "\(reason)"])
            return .answer(answer(rejectedStatus, error: "rejected: \(reason)"))
        }
    }

    /// Hands the message to the route and waits for its settlement (nil after `timeout`).
    private func deliver(_ message: Message, to output: any SourceOutput) async -> Settlement? {
        let box = SettlementBox()
        let deadline = deadlines.watch(until: ContinuousClock.now + timeout) { box.fulfill(nil) }
        defer { deadlines.cancel(deadline) }
        batcher.submit(Delivery(message: message) { box.fulfill($0) }, to: output)
        return await box.value()
    }

    /// Meta's subscription handshake: `hub.mode=subscribe`, the right `hub.verify_token` → the challenge.
    private func handshake(_ request: WebhookRequest) -> WebhookAnswer {
        guard request.queryValue("hub.mode") == "subscribe", let token = request.queryValue("hub.verify_token"),
            let expected = verifier.verifyToken, constantTimeEqual(Array(token.utf8), expected.bytes),
            let challenge = request.queryValue("hub.challenge")
        else {
            countFailure("handshake")
            logger.warning("webhook handshake refused", metadata: ["client_ip": "\(clientIP(request) ?? "unknown")"])
            return answer(403, error: "verification handshake refused")
        }
        logger.info("webhook handshake accepted")
        return count(WebhookAnswer(status: 200, body: Array(challenge.utf8), contentType: "text/plain"))
    }

    private func messageID(_ request: WebhookRequest, _ parsed: JSONValue?) -> String {
        if let h = idHeader, let v = request.header(h), !v.isEmpty { return v }
        if let f = idField, let parsed, let v = f.lookup(in: parsed), !v.isNull {
            let text = v.textValue
            if !text.isEmpty { return text }
        }
        return RandomMessageID.next()
    }

    private func clientIP(_ request: WebhookRequest) -> String? {
        clientAddress(peer: request.peer, forwardedFor: request.header("x-forwarded-for"), trustedProxies: verifier.trustedProxies)
    }

    static let hopByHop: Set<String> = [
        "host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "expect",
    ]

    private func fillMetadata(_ message: inout Message, _ request: WebhookRequest) {
        let secretHeaders = verifier.secretHeaders
        let secretQuery = verifier.secretQueryNames
        var meta: [String: String] = [
            "http.method": request.method, "http.path": request.path, "route": routeName,
        ]
        if let ip = clientIP(request) { meta["client_ip"] = ip }
        if let peer = request.peer { meta["peer_ip"] = peer }
        if verifier.preset != .none { meta["verified"] = verifier.preset.rawValue }
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            let lower = lowercasedHeaderName(name)
            if secretHeaders.contains(lower) { continue }
            let key = "http.header." + lower
            meta[key] = meta[key].map { $0 + ", " + value } ?? value
            if !Self.hopByHop.contains(lower) { headers[lower] = headers[lower].map { $0 + ", " + value } ?? value }
        }
        for (name, value) in request.query where !secretQuery.contains(name) {
            meta["http.query." + name] = value
        }
        message.metadata = meta
        message.headers = headers
    }

    // MARK: answers

    private func unavailable(retryAfter: Duration, reason: String) -> WebhookAnswer {
        let seconds = max(1, Int((Double(retryAfter.components.seconds) + Double(retryAfter.components.attoseconds) / 1e18).rounded(.up)))
        var a = answer(503, error: reason)
        a.headers.append(("Retry-After", String(seconds)))
        return a
    }

    private func answer(_ status: Int, error: String) -> WebhookAnswer {
        answer(status, fields: ["error": .string(error)])
    }

    private func answer(_ status: Int, fields: JSONObject) -> WebhookAnswer {
        count(WebhookAnswer(status: status, body: JSONWriter.bytes(.object(fields))))
    }

    private func count(_ a: WebhookAnswer) -> WebhookAnswer {
        let counter = requestsByStatus.withLock { d -> CoreMetrics.Counter in
            if let c = d[a.status] { return c }
            let c = CoreMetrics.Counter(label: "switchyard_webhook_requests_total", dimensions: [("route", routeName), ("status", String(a.status))])
            d[a.status] = c
            return c
        }
        counter.increment()
        return a
    }

    private func countFailure(_ kind: String) {
        let counter = verificationFailures.withLock { d -> CoreMetrics.Counter in
            if let c = d[kind] { return c }
            let c = CoreMetrics.Counter(label: "switchyard_webhook_verification_failures_total", dimensions: [("route", routeName), ("check", kind)])
            d[kind] = c
            return c
        }
        counter.increment()
    }
}

/// Concurrent requests reach the route as one batch. Handing each request over as a batch of its own made
/// every request pay a batch's whole path (a task, a sink write, a hop to the publisher thread) and let only
/// `max_in_flight` requests be worked on at once. Requests queue here; one pump task hands over everything
/// queued (up to `maxBatch`) whenever the route takes a batch, so a batch is as large as the load makes it and
/// nothing ever waits for a batch to fill.
final class RequestBatcher: Sendable {
    private struct State {
        var pending: [Delivery] = []
        var pumping = false
    }
    private let state = Mutex(State())
    private let maxBatch: Int

    init(maxBatch: Int) { self.maxBatch = max(1, maxBatch) }

    func submit(_ delivery: Delivery, to output: any SourceOutput) {
        let startPump = state.withLock { s -> Bool in
            s.pending.append(delivery)
            if s.pumping { return false }
            s.pumping = true
            return true
        }
        if startPump { Task { await pump(output) } }
    }

    private func pump(_ output: any SourceOutput) async {
        while true {
            let batch = state.withLock { s -> [Delivery] in
                guard !s.pending.isEmpty else {
                    s.pumping = false
                    return []
                }
                let n = min(maxBatch, s.pending.count)
                defer { s.pending.removeFirst(n) }
                return Array(s.pending.prefix(n))
            }
            if batch.isEmpty { return }
            await output.deliver(batch)  // waits for a free slot of the route: meanwhile the next batch grows
        }
    }
}

/// A settlement (or a timeout's nil) delivered once to one waiter.
final class SettlementBox: Sendable {
    private struct State {
        var done = false
        var value: Settlement?
        var waiter: CheckedContinuation<Settlement?, Never>?
    }
    private let state = Mutex(State())

    func fulfill(_ value: Settlement?) {
        let waiter = state.withLock { s -> CheckedContinuation<Settlement?, Never>? in
            guard !s.done else { return nil }
            s.done = true
            s.value = value
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume(returning: value)
    }

    func value() async -> Settlement? {
        await withCheckedContinuation { c in
            let ready = state.withLock { s -> (Bool, Settlement?) in
                if s.done { return (true, s.value) }
                s.waiter = c
                return (false, nil)
            }
            if ready.0 { c.resume(returning: ready.1) }
        }
    }
}
