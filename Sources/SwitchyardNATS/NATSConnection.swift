import CNATS
import Foundation
import Logging
import Synchronization
import SwitchyardPluginAPI

/// A `type: nats` connection shared by every route naming it. It holds two nats.c connections to the
/// same servers: one for consuming (fetches and their acks) and one for publishing (sinks, KV, API
/// requests), because full-speed publishing and consuming on one connection ended in a server
/// "slow consumer" disconnect. Both reconnect forever; a server that is down at start does not stop
/// Switchyard: the connection comes up in the background and provisioning runs once it does.
public final class NATSConnection: Connection, KeyValueProvider, @unchecked Sendable {
    public let name: String
    let config: NATSConnectionConfig
    let logger: Logger
    /// Blocking request/reply work (connect, JetStream API, KV): never on the cooperative pool.
    let requests: BlockingExecutor
    let requestTimeoutMs: Int64

    private struct Handles {
        var consumer: SendablePointer?
        var publisher: SendablePointer?
        var consumerJS: SendablePointer?
        var publisherJS: SendablePointer?
        var events: [Unmanaged<ConnectionEvents>] = []
        var provisioned = false
    }
    private let handles = Mutex(Handles())

    init(name: String, config: NATSConnectionConfig) {
        self.name = name
        self.config = config
        var logger = Logger(label: "switchyard.nats")
        logger[metadataKey: "connection"] = .string(name)
        self.logger = logger
        self.requests = BlockingExecutor(name: "nats-\(name)-requests", threads: 2)
        self.requestTimeoutMs = config.request_timeout?.milliseconds ?? 5000
    }

    /// The first server URL without credentials (for status and logs).
    public var displayURL: String {
        let u = config.serverURLs.first ?? ""
        guard let at = u.lastIndex(of: "@"), let scheme = u.range(of: "://") else { return u }
        return String(u[..<scheme.upperBound]) + String(u[u.index(after: at)...])
    }

    public var isConnected: Bool {
        let (c, p) = handles.withLock { ($0.consumer, $0.publisher) }
        guard let c, let p else { return false }
        return natsConnection_Status(c.raw) == NATS_CONN_STATUS_CONNECTED && natsConnection_Status(p.raw) == NATS_CONN_STATUS_CONNECTED
    }

    // MARK: lifecycle

    public func start() async throws {
        if handles.withLock({ $0.consumer != nil }) { return }
        let (consumer, publisher) = try await requests.run { [self] in
            (try connect(role: "consume"), try connect(role: "publish"))
        }
        handles.withLock {
            $0.consumer = consumer.0
            $0.publisher = publisher.0
            $0.events = [consumer.1, publisher.1]
        }
        if isConnected {
            logger.info("connected", metadata: ["url": "\(displayURL)"])
            // A conflicting stream is a config error: fail the start so it is seen.
            try await provision()
        } else {
            logger.warning("NATS unreachable at start; running without it and connecting in the background",
                           metadata: ["url": "\(displayURL)"])
        }
    }

    public func shutdown() async {
        let h = handles.withLock { h -> Handles in
            let old = h
            h = Handles()
            return old
        }
        for e in h.events { e.takeUnretainedValue().closing.store(true, ordering: .relaxed) }
        _ = try? await requests.run {
            for js in [h.consumerJS, h.publisherJS].compactMap({ $0 }) { jsCtx_Destroy(js.raw) }
            for nc in [h.consumer, h.publisher].compactMap({ $0 }) {
                natsConnection_Close(nc.raw)
                natsConnection_Destroy(nc.raw)
            }
        }
        // nats.c may still run a queued callback after Destroy returns: the events objects (a few bytes
        // each) are deliberately never released; their owner reference is weak.
        requests.stop()
    }

    /// Called by nats.c (on its thread) when a connection that was down at start came up.
    func connectedLate() {
        guard isConnected else { return }
        logger.info("connected", metadata: ["url": "\(displayURL)"])
        Task {
            do { try await provision() } catch { logger.error("provisioning failed: \(error)") }
        }
    }

    private func connect(role: String) throws -> (SendablePointer, Unmanaged<ConnectionEvents>) {
        var opts: OpaquePointer?
        try check(natsOptions_Create(&opts), "nats options")
        defer { natsOptions_Destroy(opts) }
        let strings = CStrings()
        let urls = config.serverURLs
        try check(natsOptions_SetServers(opts, urls.isEmpty ? nil : strings.array(urls), Int32(urls.count)), "servers \(urls)")
        if let t = config.token, !t.isEmpty { try check(natsOptions_SetToken(opts, t), "token") }
        if let u = config.user, !u.isEmpty { try check(natsOptions_SetUserInfo(opts, u, config.password), "user") }
        if let c = config.credentials, !c.isEmpty { try check(natsOptions_SetUserCredentialsFromFiles(opts, c, nil), "credentials file '\(c)'") }
        if let tls = config.tls {
            try check(natsOptions_SetSecure(opts, true), "tls")
            if let ca = tls.ca, !ca.isEmpty { try check(natsOptions_LoadCATrustedCertificates(opts, ca), "tls.ca '\(ca)'") }
            if let cert = tls.cert, !cert.isEmpty {
                try check(natsOptions_LoadCertificatesChain(opts, cert, tls.key), "tls.cert '\(cert)' / tls.key")
            }
            if tls.skip_verify == true { try check(natsOptions_SkipServerVerification(opts, true), "tls.skip_verify") }
        }
        try check(natsOptions_SetName(opts, "\(config.name ?? "switchyard")-\(role)"), "name")
        try check(natsOptions_SetTimeout(opts, config.connect_timeout?.milliseconds ?? 2000), "connect timeout")
        try check(natsOptions_SetMaxReconnect(opts, -1), "max reconnect")
        try check(natsOptions_SetReconnectWait(opts, config.reconnect_wait?.milliseconds ?? 250), "reconnect wait")
        try check(natsOptions_SetPingInterval(opts, 10_000), "ping interval")
        try check(natsOptions_SetMaxPingsOut(opts, 3), "max pings out")
        try check(natsOptions_SetMaxPendingMsgs(opts, 1_000_000), "max pending")
        let events = Unmanaged.passRetained(ConnectionEvents(
            owner: self, role: role,
            firstWait: config.reconnect_wait?.milliseconds ?? 250, maxWait: config.reconnect_max_wait?.milliseconds ?? 5000))
        let closure = events.toOpaque()
        try check(natsOptions_SetCustomReconnectDelay(opts, natsReconnectDelay, closure), "reconnect delay")
        try check(natsOptions_SetDisconnectedCB(opts, natsDisconnected, closure), "disconnected callback")
        try check(natsOptions_SetReconnectedCB(opts, natsReconnected, closure), "reconnected callback")
        try check(natsOptions_SetErrorHandler(opts, natsAsyncError, closure), "error handler")
        try check(natsOptions_SetRetryOnFailedConnect(opts, true, natsConnectedLate, closure), "retry on failed connect")
        var nc: OpaquePointer?
        let s = natsConnection_Connect(&nc, opts)
        guard s == NATS_OK || s == NATS_NOT_YET_CONNECTED, let nc else {
            events.release()
            throw NATSError(s, "connect to \(displayURL)")
        }
        return (SendablePointer(raw: nc), events)
    }

    // MARK: handles for components

    /// The publishing connection (sinks, KV, API requests).
    func publisherConnection() throws(NATSError) -> OpaquePointer {
        guard let p = handles.withLock({ $0.publisher }) else { throw NATSError(message: "connection '\(name)' is not started") }
        return p.raw
    }

    /// The consuming connection (sources).
    func consumerConnection() throws(NATSError) -> OpaquePointer {
        guard let c = handles.withLock({ $0.consumer }) else { throw NATSError(message: "connection '\(name)' is not started") }
        return c.raw
    }

    /// A JetStream context on the publishing (or consuming) connection for API calls, shared.
    func jetStream(consumer: Bool = false) throws(NATSError) -> OpaquePointer {
        if let js = handles.withLock({ consumer ? $0.consumerJS : $0.publisherJS }) { return js.raw }
        let nc = consumer ? try consumerConnection() : try publisherConnection()
        let js = try makeJetStream(nc, wait: requestTimeoutMs)
        let kept = handles.withLock { h -> SendablePointer? in
            let existing = consumer ? h.consumerJS : h.publisherJS
            if existing == nil {
                if consumer { h.consumerJS = SendablePointer(raw: js) } else { h.publisherJS = SendablePointer(raw: js) }
            }
            return existing
        }
        if let kept {
            jsCtx_Destroy(js)
            return kept.raw
        }
        return js
    }

    // MARK: provisioning

    /// Creates or updates the declared streams and consumers (idempotent). Errors name the config field.
    @discardableResult
    func provision() async throws -> [String] {
        let streams = config.streams ?? []
        let consumers = config.consumers ?? []
        guard !streams.isEmpty || !consumers.isEmpty else { return [] }
        let outcomes = try await requests.run { [self] in
            let js = try jetStream()
            var outcomes: [String] = []
            for (i, s) in streams.enumerated() {
                let o = try Provisioner.ensureStream(js, s, keyPath: ["connections", name, "streams", String(i)], waitMs: requestTimeoutMs)
                outcomes.append("stream \(s.name): \(o)")
            }
            for (i, c) in consumers.enumerated() {
                let o = try Provisioner.ensureConsumer(js, c, keyPath: ["connections", name, "consumers", String(i)])
                outcomes.append("consumer \(c.stream)/\(c.name): \(o)")
            }
            return outcomes
        }
        handles.withLock { $0.provisioned = true }
        for o in outcomes { logger.info("provisioned \(o)") }
        return outcomes
    }

    // MARK: KV

    public func bucket(named name: String, ttl: Duration) async throws -> any KeyValueBucket {
        let ttlNanos = Int64(ttl.components.seconds) * 1_000_000_000 + ttl.components.attoseconds / 1_000_000_000
        let store = try await requests.run { [self] in try NATSKeyValueBucket.open(try jetStream(), name: name, ttlNanos: ttlNanos) }
        return NATSKeyValueBucket(store: store, executor: requests, name: name, listTimeoutMs: requestTimeoutMs)
    }
}

/// Makes a JetStream context with `wait` ms for API requests.
func makeJetStream(_ nc: OpaquePointer, wait: Int64, configure: (inout jsOptions) -> Void = { _ in }) throws(NATSError) -> OpaquePointer {
    var opts = jsOptions()
    try check(jsOptions_Init(&opts), "jetstream options")
    opts.Wait = wait
    configure(&opts)
    var js: OpaquePointer?
    try check(natsConnection_JetStream(&js, nc, &opts), "jetstream context")
    return js!
}

/// What nats.c callbacks reach: they capture nothing and get this through their closure pointer.
final class ConnectionEvents: @unchecked Sendable {
    weak var owner: NATSConnection?
    let closing = Atomic<Bool>(false)
    let role: String
    let firstWait: Int64
    let maxWait: Int64

    init(owner: NATSConnection, role: String, firstWait: Int64, maxWait: Int64) {
        self.owner = owner
        self.role = role
        self.firstWait = firstWait
        self.maxWait = maxWait
    }
}

private func events(_ closure: UnsafeMutableRawPointer?) -> ConnectionEvents? {
    closure.map { Unmanaged<ConnectionEvents>.fromOpaque($0).takeUnretainedValue() }
}

private func natsReconnectDelay(_ nc: OpaquePointer?, _ attempts: Int32, _ closure: UnsafeMutableRawPointer?) -> Int64 {
    guard let e = events(closure) else { return 1000 }
    var wait = e.firstWait
    for _ in 1..<max(1, Int(attempts)) where wait < e.maxWait { wait *= 2 }
    return min(wait, e.maxWait)
}

private func natsDisconnected(_ nc: OpaquePointer?, _ closure: UnsafeMutableRawPointer?) {
    guard let e = events(closure), let owner = e.owner, !e.closing.load(ordering: .relaxed) else { return }
    owner.logger.warning("disconnected; reconnecting", metadata: ["role": "\(e.role)"])
}

private func natsReconnected(_ nc: OpaquePointer?, _ closure: UnsafeMutableRawPointer?) {
    guard let e = events(closure), let owner = e.owner else { return }
    owner.logger.info("reconnected", metadata: ["role": "\(e.role)"])
}

private func natsConnectedLate(_ nc: OpaquePointer?, _ closure: UnsafeMutableRawPointer?) {
    guard let e = events(closure), let owner = e.owner else { return }
    owner.connectedLate()
}

private func natsAsyncError(_ nc: OpaquePointer?, _ sub: OpaquePointer?, _ err: natsStatus, _ closure: UnsafeMutableRawPointer?) {
    guard let e = events(closure), let owner = e.owner else { return }
    owner.logger.warning("asynchronous error: \(String(cString: natsStatus_GetText(err)))", metadata: ["role": "\(e.role)"])
}
