import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import SwitchyardPluginAPI

enum HTTPSinkMethod: String, ConfigEnum { case POST, PUT, PATCH, DELETE, GET }

/// Signature presets for outgoing requests: the same header styles the webhook source checks.
enum SignPreset: String, ConfigEnum {
    case meta
    case waRS = "wa-rs"
    case waha
}

struct HTTPSinkSignConfig: Decodable, Sendable {
    var preset: SignPreset
    var secret: String?
    var secret_file: String?
}

struct HTTPSinkConfig: PluginConfig {
    var url: Template
    var method: HTTPSinkMethod?
    var headers: ConfigMap<Template>?
    var sign: HTTPSinkSignConfig?
    var timeout: ConfigDuration?
    var retries: Int?
    var backoff: ConfigDuration?
    var max_backoff: ConfigDuration?
    var max_retry_after: ConfigDuration?
    var concurrency: Int?

    static let fields = [
        ConfigField("url", "template", required: true, "Where to send each message, e.g. https://crm.example/hooks/{session}."),
        ConfigField("method", "POST | PUT | PATCH | DELETE | GET", default: "POST", "HTTP method."),
        ConfigField("headers", "mapping of templates", default: "Content-Type: application/json", "Request headers (values may use placeholders and ${ENV})."),
        ConfigField("sign.preset", "meta | wa-rs | waha", "Sign the body: X-Hub-Signature-256 / X-Webhook-Signature (sha256=hex) / X-Webhook-Hmac (SHA-512 hex)."),
        ConfigField("sign.secret", "string", "HMAC secret (use ${ENV}); or sign.secret_file."),
        ConfigField("timeout", "duration", default: "10s", "Per request, connect to last byte."),
        ConfigField("retries", "integer", default: "3", "Retries inside the sink on connection errors, 5xx, 408 and 429; then the route's retry policy takes over."),
        ConfigField("backoff", "duration", default: "200ms", "First retry delay; doubles each retry, with jitter."),
        ConfigField("max_backoff", "duration", default: "5s", "Longest delay between retries."),
        ConfigField("max_retry_after", "duration", default: "30s", "Longest Retry-After waited inside the sink; longer ones go back to the route with that delay."),
        ConfigField("concurrency", "integer", default: "16", "Requests at once for one batch."),
    ]
}

/// One HTTP client for every HTTP sink of the process: pooled, kept-alive connections.
enum SharedHTTPClient {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}

/// `http` sink: sends each message's body to a URL; confirmed on 2xx. Retries connection errors, 5xx, 408 and
/// 429 (honouring Retry-After) with exponential backoff and jitter; any other status is a permanent failure
/// (the route's dead letter gets it, with the status and the start of the answer in the reason).
struct HTTPSink: Sink {
    let routeName: String
    let url: Template
    let method: HTTPMethod
    let headers: [(name: String, value: Template)]
    let signing: (SignatureScheme, HMACKey)?
    let timeout: Duration
    let retries: Int
    let backoff: Duration
    let maxBackoff: Duration
    let maxRetryAfter: Duration
    let concurrency: Int
    let client: HTTPClient
    private let lazyLogger: LazyLogger
    var logger: Logger { lazyLogger.logger }

    init(config: HTTPSinkConfig, routeName: String, client: HTTPClient = SharedHTTPClient.client) throws(ConfigError) {
        self.routeName = routeName
        url = config.url
        if config.url.isConstant {
            guard let u = URL(string: config.url.text), let scheme = u.scheme, ["http", "https"].contains(scheme.lowercased()), u.host != nil else {
                throw ConfigError("'\(config.url.text)' is not an http(s) URL", keyPath: ["url"])
            }
        } else {
            let lower = config.url.text.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("{") else {
                throw ConfigError("url must start with http:// or https://", keyPath: ["url"])
            }
        }
        method = HTTPMethod(rawValue: (config.method ?? .POST).rawValue)
        var headers = config.headers?.entries ?? []
        if !headers.contains(where: { $0.key.lowercased() == "content-type" }) {
            headers.append(("Content-Type", try! Template(parsing: "application/json")))
        }
        self.headers = headers.map { ($0.key, $0.value) }
        if let sign = config.sign {
            let scheme: SignatureScheme
            switch sign.preset {
            case .meta: scheme = .meta
            case .waRS: scheme = .waRS
            case .waha: scheme = .waha
            }
            let secret: Secret?
            do { secret = try Secret.load(value: sign.secret, file: sign.secret_file, key: "secret", fileKey: "secret_file") } catch {
                var e = error
                e.keyPath = ["sign"] + e.keyPath
                throw e
            }
            guard let secret else { throw ConfigError("sign needs 'secret' or 'secret_file'", keyPath: ["sign"]) }
            signing = (scheme, HMACKey(scheme, secret: secret))
        } else {
            signing = nil
        }
        timeout = config.timeout?.duration ?? .seconds(10)
        retries = config.retries ?? 3
        guard retries >= 0 else { throw ConfigError("retries must be 0 or more", keyPath: ["retries"]) }
        backoff = config.backoff?.duration ?? .milliseconds(200)
        maxBackoff = config.max_backoff?.duration ?? .seconds(5)
        maxRetryAfter = config.max_retry_after?.duration ?? .seconds(30)
        concurrency = config.concurrency ?? 16
        guard concurrency >= 1 else { throw ConfigError("concurrency must be 1 or more", keyPath: ["concurrency"]) }
        self.client = client
        lazyLogger = LazyLogger(label: "switchyard.http-sink", route: routeName)
    }

    func write(_ messages: [Message]) async -> SinkWriteResult {
        if messages.count == 1 {
            if let f = await send(messages[0]) { return SinkWriteResult(failures: [0: f]) }
            return .delivered
        }
        var failures: [Int: DeliveryFailure] = [:]
        await withTaskGroup(of: (Int, DeliveryFailure?).self) { group in
            var next = 0
            func addNext() {
                let i = next
                next += 1
                group.addTask { (i, await send(messages[i])) }
            }
            while next < min(concurrency, messages.count) { addNext() }
            for await (i, failure) in group {
                if let failure { failures[i] = failure }
                if next < messages.count { addNext() }
            }
        }
        return SinkWriteResult(failures: failures)
    }

    /// Delay before retry number `n` (1-based): exponential, capped, with jitter in [d/2, d].
    func backoffDelay(_ n: Int) -> Duration {
        var d = backoff.secondsDouble
        for _ in 1..<max(1, n) { d *= 2 }
        d = min(d, maxBackoff.secondsDouble)
        let jittered = d / 2 + Double.random(in: 0...(d / 2))
        return .milliseconds(Int64(jittered * 1000))
    }

    func send(_ message: Message) async -> DeliveryFailure? {
        var log = logger
        log[metadataKey: "id"] = .string(message.id)
        let target: String
        var request: HTTPClientRequest
        do {
            target = try url.render(message)
            request = HTTPClientRequest(url: target)
            request.method = method
            for (name, value) in headers { request.headers.add(name: name, value: try value.render(message)) }
        } catch {
            return DeliveryFailure("http: \(error)", retryable: false)
        }
        let body = message.body
        if let (scheme, key) = signing {
            request.headers.replaceOrAdd(name: scheme.header, value: scheme.sign(body, key: key))
        }
        if method != .GET { request.body = .bytes(body) }
        let shown = redacted(target)
        var attempt = 0
        while true {
            attempt += 1
            let failure: DeliveryFailure
            do {
                let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout.secondsDouble * 1e9)), logger: nil)
                let status = Int(response.status.code)
                SwitchyardMetrics.shared.count("switchyard_http_sink_requests_total", [("route", routeName), ("status", String(status))])
                if (200..<300).contains(status) {
                    _ = try? await response.body.collect(upTo: 1 << 20)  // drain so the connection is reused
                    log.debug("http sink delivered", metadata: ["status": "\(status)", "attempt": "\(attempt)"])
                    return nil
                }
                let excerpt = await Self.excerpt(response)
                let reason = "HTTP \(status) from \(method.rawValue) \(shown)" + (excerpt.isEmpty ? "" : ": \(excerpt)")
                guard status == 408 || status == 429 || status >= 500 else {
                    log.warning("http sink: permanent failure, not retried", metadata: ["status": "\(status)"])
                    return DeliveryFailure(reason, retryable: false)
                }
                failure = DeliveryFailure(reason, retryable: true, retryAfter: Self.retryAfter(response.headers.first(name: "retry-after")))
            } catch {
                SwitchyardMetrics.shared.count("switchyard_http_sink_requests_total", [("route", routeName), ("status", "error")])
                failure = DeliveryFailure("\(method.rawValue) \(shown) failed: \(error)", retryable: true)
            }
            if attempt > retries {
                log.warning("http sink: retries exhausted; back to the route's retry policy",
                            metadata: ["attempts": "\(attempt)", "reason": "\(failure.reason)"])
                return failure
            }
            var delay = backoffDelay(attempt)
            if let asked = failure.retryAfter {
                // The far side said when: wait that long here, or hand it to the route if it is too long.
                if asked > maxRetryAfter { return failure }
                delay = asked
            }
            SwitchyardMetrics.shared.count("switchyard_http_sink_retries_total", [("route", routeName)])
            log.debug("http sink: retrying", metadata: ["attempt": "\(attempt)", "delay": "\(delay)", "reason": "\(failure.reason)"])
            do { try await Task.sleep(for: delay) } catch { return failure }
        }
    }

    /// The start of an error answer, as text on one line.
    static func excerpt(_ response: HTTPClientResponse) async -> String {
        var bytes: [UInt8] = []
        do {
            for try await chunk in response.body {
                bytes += chunk.readableBytesView.prefix(512 - bytes.count)
                if bytes.count >= 512 { break }
            }
        } catch {}
        let text = String(decoding: bytes, as: UTF8.self).map { $0.isNewline ? " " : $0 }
        return String(text.prefix(300))
    }

    /// `Retry-After` as seconds or as an HTTP date.
    static func retryAfter(_ value: String?) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSinceNow) * 1000))
    }

    /// The URL without its query (which may hold a key) for logs and reasons.
    func redacted(_ url: String) -> String {
        guard let q = url.firstIndex(of: "?") else { return url }
        return String(url[..<q]) + "?…"
    }
}
