import CRabbitMQ
#if canImport(Glibc)
import Glibc
#endif

/// Resolved settings of one `amqp` connection entry, shared by every underlying AMQP connection made from it.
public struct AMQPSettings: Sendable {
    public var url: AMQPURL
    public var heartbeatSeconds: Int = 30
    public var connectionName: String = "switchyard"
    public var connectTimeoutMs: Int = 10_000
    public var tls: TLSSettings?
    public var topology = AMQPTopology()
    public var reconnectDelay: Duration = .milliseconds(200)
    public var maxReconnectDelay: Duration = .seconds(15)
    public var confirmWindow: Int = 512
    public var confirmTimeout: Duration = .seconds(30)

    public init(url: AMQPURL) { self.url = url }

    public struct TLSSettings: Sendable {
        public var caFile: String?
        public var certFile: String?
        public var keyFile: String?
        public var verifyPeer = true
        public var verifyHostname = true
        public init() {}
    }
}

struct WireError: Error, CustomStringConvertible {
    let reason: String
    init(_ reason: String) { self.reason = reason }
    var description: String { reason }
}

/// Memory for C calls: copies of Swift strings and bytes that live until the arena is released, so no
/// pointer handed to rabbitmq-c dangles (see PITFALLS: `amqp_cstring_bytes(swiftString)` does).
final class Arena {
    private var blocks: [UnsafeMutableRawPointer] = []

    deinit { release() }

    func release() {
        for b in blocks { free(b) }
        blocks.removeAll(keepingCapacity: true)
    }

    func bytes(_ s: String) -> amqp_bytes_t {
        var s = s
        return s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    func bytes(_ b: [UInt8]) -> amqp_bytes_t { b.withUnsafeBytes { bytes($0) } }

    func bytes(_ raw: UnsafeRawBufferPointer) -> amqp_bytes_t {
        guard raw.count > 0 else { return amqp_bytes_t(len: 0, bytes: nil) }
        let p = malloc(raw.count)!
        p.copyMemory(from: raw.baseAddress!, byteCount: raw.count)
        blocks.append(p)
        return amqp_bytes_t(len: raw.count, bytes: p)
    }

    func cString(_ s: String) -> UnsafePointer<CChar> {
        let p = strdup(s)!
        blocks.append(UnsafeMutableRawPointer(p))
        return UnsafePointer(p)
    }

    func table(_ entries: [(key: String, value: AMQPArgument)]) -> amqp_table_t {
        guard !entries.isEmpty else { return amqp_empty_table }
        let size = MemoryLayout<amqp_table_entry_t>.stride * entries.count
        let raw = malloc(size)!
        blocks.append(raw)
        let list = raw.bindMemory(to: amqp_table_entry_t.self, capacity: entries.count)
        for (i, (key, value)) in entries.enumerated() {
            var field = amqp_field_value_t()
            switch value {
            case .string(let s):
                field.kind = UInt8(ascii: "S")
                field.value.bytes = bytes(s)
            case .int(let n):
                field.kind = UInt8(ascii: "l")
                field.value.i64 = n
            case .bool(let b):
                field.kind = UInt8(ascii: "t")
                field.value.boolean = b ? 1 : 0
            }
            (list + i).initialize(to: amqp_table_entry_t(key: bytes(key), value: field))
        }
        return amqp_table_t(num_entries: Int32(entries.count), entries: list)
    }
}

extension amqp_bytes_t {
    var string: String {
        guard len > 0, let bytes else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: len), as: UTF8.self)
    }
    var array: [UInt8] {
        guard len > 0, let bytes else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: len))
    }
}

/// One AMQP connection with one channel (number 1), owned by exactly one thread: rabbitmq-c is neither
/// thread-safe nor non-blocking, so only the thread that made a `Wire` may call it.
final class Wire {
    let conn: amqp_connection_state_t
    let channel: amqp_channel_t = 1
    private(set) var open = false

    /// Connects, logs in, opens channel 1 and declares the topology.
    init(_ settings: AMQPSettings) throws(WireError) {
        guard let conn = amqp_new_connection() else { throw WireError("out of memory") }
        self.conn = conn
        do {
            try connect(settings)
        } catch {
            amqp_destroy_connection(conn)
            throw error
        }
    }

    private func connect(_ s: AMQPSettings) throws(WireError) {
        let socket: OpaquePointer?
        if s.url.tls || s.tls != nil {
            socket = amqp_ssl_socket_new(conn)
            guard let socket else { throw WireError("cannot create a TLS socket") }
            let tls = s.tls ?? AMQPSettings.TLSSettings()
            if let ca = tls.caFile, amqp_ssl_socket_set_cacert(socket, ca) != 0 {
                throw WireError("cannot read the CA file '\(ca)'")
            }
            if let cert = tls.certFile, let key = tls.keyFile, amqp_ssl_socket_set_key(socket, cert, key) != 0 {
                throw WireError("cannot read the client certificate '\(cert)' or key '\(key)'")
            }
            amqp_ssl_socket_set_verify_peer(socket, tls.verifyPeer ? 1 : 0)
            amqp_ssl_socket_set_verify_hostname(socket, tls.verifyHostname ? 1 : 0)
        } else {
            socket = amqp_tcp_socket_new(conn)
        }
        guard let socket else { throw WireError("cannot create a socket") }
        sy_set_rpc_timeout(conn, Int32(s.connectTimeoutMs))
        let status = sy_open_socket(socket, s.url.host, Int32(s.url.port), Int32(s.connectTimeoutMs))
        if status != AMQP_STATUS_OK.rawValue {
            throw WireError("cannot connect to \(s.url.host):\(s.url.port): \(String(cString: amqp_error_string2(status)))")
        }
        let arena = Arena()
        var properties = arena.table([
            ("connection_name", .string(s.connectionName)),
            ("product", .string("switchyard")),
        ])
        let reply = sy_login(conn, s.url.vhost, 131_072, Int32(s.heartbeatSeconds), &properties, s.url.user, s.url.password)
        try check(reply, "login to \(s.url)")
        amqp_channel_open(conn, channel)
        try check(amqp_get_rpc_reply(conn), "channel.open")
        open = true
        try declare(s.topology)
    }

    func declare(_ topology: AMQPTopology) throws(WireError) {
        let arena = Arena()
        for e in topology.exchanges {
            amqp_exchange_declare(conn, channel, arena.bytes(e.name), arena.bytes(e.type.rawValue), 0,
                                  e.durable ? 1 : 0, e.autoDelete ? 1 : 0, e.isInternal ? 1 : 0, arena.table(e.arguments.entries))
            try check(amqp_get_rpc_reply(conn), "declaring exchange '\(e.name)'")
        }
        for q in topology.queues {
            amqp_queue_declare(conn, channel, arena.bytes(q.name), 0, q.durable ? 1 : 0, 0, q.autoDelete ? 1 : 0,
                               arena.table(q.arguments.entries))
            try check(amqp_get_rpc_reply(conn), "declaring queue '\(q.name)'")
        }
        for b in topology.bindings {
            amqp_queue_bind(conn, channel, arena.bytes(b.queue), arena.bytes(b.exchange), arena.bytes(b.routingKey),
                            arena.table(b.arguments.entries))
            try check(amqp_get_rpc_reply(conn), "binding '\(b.queue)' to '\(b.exchange)' with '\(b.routingKey)'")
        }
    }

    func check(_ reply: amqp_rpc_reply_t, _ what: String) throws(WireError) {
        switch reply.reply_type {
        case AMQP_RESPONSE_NORMAL:
            return
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            throw WireError("\(what): \(String(cString: amqp_error_string2(reply.library_error)))")
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            if reply.reply.id == sy_method_channel_close(), let close = reply.reply.decoded?.assumingMemoryBound(to: amqp_channel_close_t.self) {
                var ok = amqp_channel_close_ok_t(dummy: 0)
                amqp_send_method(conn, channel, sy_method_channel_close_ok(), &ok)
                open = false
                throw WireError("\(what): channel closed by the broker: \(close.pointee.reply_code) \(close.pointee.reply_text.string)")
            }
            if reply.reply.id == sy_method_connection_close(), let close = reply.reply.decoded?.assumingMemoryBound(to: amqp_connection_close_t.self) {
                var ok = amqp_connection_close_ok_t(dummy: 0)
                amqp_send_method(conn, 0, sy_method_connection_close_ok(), &ok)
                open = false
                throw WireError("\(what): connection closed by the broker: \(close.pointee.reply_code) \(close.pointee.reply_text.string)")
            }
            throw WireError("\(what): unexpected broker reply \(reply.reply.id)")
        default:
            throw WireError("\(what): no reply")
        }
    }

    /// Handles a broker-initiated close seen in the frame loop: answers it and reports why.
    func closedByBroker(_ frame: inout amqp_frame_t) -> WireError? {
        let id = sy_frame_method_id(&frame)
        if id == sy_method_channel_close(), let close = sy_frame_method_decoded(&frame)?.assumingMemoryBound(to: amqp_channel_close_t.self) {
            var ok = amqp_channel_close_ok_t(dummy: 0)
            amqp_send_method(conn, channel, sy_method_channel_close_ok(), &ok)
            open = false
            return WireError("channel closed by the broker: \(close.pointee.reply_code) \(close.pointee.reply_text.string)")
        }
        if id == sy_method_connection_close(), let close = sy_frame_method_decoded(&frame)?.assumingMemoryBound(to: amqp_connection_close_t.self) {
            var ok = amqp_connection_close_ok_t(dummy: 0)
            amqp_send_method(conn, 0, sy_method_connection_close_ok(), &ok)
            open = false
            return WireError("connection closed by the broker: \(close.pointee.reply_code) \(close.pointee.reply_text.string)")
        }
        return nil
    }

    var socketFD: Int32 { amqp_get_sockfd(conn) }

    /// True when frames are already decoded or bytes already read: polling the socket would miss them.
    var hasBufferedInput: Bool { amqp_frames_enqueued(conn) != 0 || amqp_data_in_buffer(conn) != 0 }

    /// Closes politely when the connection still works, then frees it.
    func close() {
        if open {
            amqp_channel_close(conn, channel, Int32(AMQP_REPLY_SUCCESS))
            amqp_connection_close(conn, Int32(AMQP_REPLY_SUCCESS))
        }
        open = false
        amqp_destroy_connection(conn)
    }

    func status(_ code: Int32, _ what: String) throws(WireError) {
        if code != AMQP_STATUS_OK.rawValue {
            throw WireError("\(what): \(String(cString: amqp_error_string2(code)))")
        }
    }
}

/// The thread that owns a wire sleeps here: until the socket has data, another thread wakes it, or the timeout.
struct WakeSignal: Sendable {
    let fd: Int32
    init() { fd = sy_eventfd_new() }
    func signal() { sy_eventfd_signal(fd) }
    func drain() { sy_eventfd_drain(fd) }
    func close() { _ = Glibc.close(fd) }

    /// Sleeps up to `timeout` (milliseconds) unless woken; used between reconnect attempts.
    func sleep(milliseconds timeout: Int) {
        if sy_poll(-1, fd, Int32(timeout)) & 2 != 0 { drain() }
    }
}
