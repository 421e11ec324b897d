import CNATS
import SwitchyardPluginAPI

/// The NATS endpoints of seed 000 (WA-RS), answered with its exact JSON shapes:
///
/// - `GET /api/v1/nats/status` → `{enabled, connected, url, events_stream, send_stream}`, each stream
///   `{name, messages, bytes, consumer_count, first_seq, last_seq}` or null when missing or NATS is down;
/// - `POST /api/v1/nats/streams/{stream_name}/purge` → `{success: true, message: "Stream 'X' purged"}`;
/// - `GET /api/v1/nats/streams/{stream_name}/consumers` → `{success: true, stream, consumer_count}`.
///
/// An unknown stream is 404 `{success: false, error}`; NATS down or disabled is 503; a wrong method 405.
/// The HTTP listener mounts it: `handle` returns nil for paths that are not its own.
public struct NATSAdminAPI: Sendable {
    public let connection: NATSConnection?
    public let eventsStream: String
    public let sendStream: String

    public init(connection: NATSConnection?, eventsStream: String = "WA_EVENTS", sendStream: String = "WA_SEND") {
        self.connection = connection
        self.eventsStream = eventsStream
        self.sendStream = sendStream
    }

    /// The named NATS connection of a topology (or the first one when `name` is nil); none makes the
    /// status report `enabled: false`.
    public init(connections: any ConnectionDirectory, name: String? = nil, eventsStream: String = "WA_EVENTS", sendStream: String = "WA_SEND") {
        let found: NATSConnection?
        if let name {
            found = connections.connection(named: name) as? NATSConnection
        } else {
            found = connections.connectionNames.lazy.compactMap { connections.connection(named: $0) as? NATSConnection }.first
        }
        self.init(connection: found, eventsStream: eventsStream, sendStream: sendStream)
    }

    static let prefix = "/api/v1/nats/"

    public func handle(method: String, path rawPath: String) async -> (status: Int, body: [UInt8])? {
        let path = String(rawPath.prefix { $0 != "?" })
        guard path.hasPrefix(Self.prefix) else { return nil }
        let parts = path.dropFirst(Self.prefix.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == ["status"] {
            guard method == "GET" else { return methodNotAllowed("GET") }
            return (200, JSONWriter.bytes(await status()))
        }
        guard parts.count == 3, parts[0] == "streams", !parts[1].isEmpty, ["purge", "consumers"].contains(parts[2]) else { return nil }
        let stream = percentDecoded(parts[1])
        if parts[2] == "purge" {
            guard method == "POST" else { return methodNotAllowed("POST") }
            return await streamCall(stream) { js in
                var code = jsErrCode(rawValue: 0)
                let s = js_PurgeStream(js, stream, nil, &code)
                return (s, code, ["success": .bool(true), "message": .string("Stream '\(stream)' purged")])
            }
        }
        guard method == "GET" else { return methodNotAllowed("GET") }
        return await streamCall(stream) { js in
            var info: UnsafeMutablePointer<jsStreamInfo>?
            var code = jsErrCode(rawValue: 0)
            let s = js_GetStreamInfo(&info, js, stream, nil, &code)
            defer { if let info { jsStreamInfo_Destroy(info) } }
            let count = info?.pointee.State.Consumers ?? 0
            return (s, code, ["success": .bool(true), "stream": .string(stream), "consumer_count": .int(Int(count))])
        }
    }

    private func methodNotAllowed(_ allowed: String) -> (status: Int, body: [UInt8]) {
        (405, JSONWriter.bytes(["success": .bool(false), "error": .string("method not allowed; use \(allowed)")]))
    }

    private func error(_ status: Int, _ message: String) -> (status: Int, body: [UInt8]) {
        (status, JSONWriter.bytes(["success": .bool(false), "error": .string(message)]))
    }

    private func streamCall(
        _ stream: String, _ call: @escaping @Sendable (OpaquePointer) -> (natsStatus, jsErrCode, JSONValue)
    ) async -> (status: Int, body: [UInt8]) {
        guard let connection else { return error(503, "NATS is not enabled") }
        guard connection.isConnected else { return error(503, "NATS is not connected") }
        do {
            let (s, code, body) = try await connection.requests.run { () throws -> (natsStatus, jsErrCode, JSONValue) in
                call(try connection.jetStream())
            }
            if s == NATS_OK { return (200, JSONWriter.bytes(body)) }
            if s == NATS_NOT_FOUND || code == JSStreamNotFoundErr { return error(404, "Stream '\(stream)' not found") }
            return error(503, NATSError(s, "stream '\(stream)'", jsErrorCode: code).text)
        } catch {
            return self.error(503, "\(error)")
        }
    }

    /// The status document; streams are null when they do not exist or NATS is down.
    func status() async -> JSONValue {
        guard let connection else {
            return ["enabled": .bool(false), "connected": .bool(false), "url": .null, "events_stream": .null, "send_stream": .null]
        }
        let connected = connection.isConnected
        var events: JSONValue = .null
        var send: JSONValue = .null
        if connected {
            let names = [eventsStream, sendStream]
            let infos = (try? await connection.requests.run { () throws -> [JSONValue] in
                let js = try connection.jetStream()
                return names.map { Self.streamSummary(js, $0) }
            }) ?? [.null, .null]
            events = infos[0]
            send = infos[1]
        }
        return ["enabled": .bool(true), "connected": .bool(connected), "url": .string(connection.displayURL),
                "events_stream": events, "send_stream": send]
    }

    static func streamSummary(_ js: OpaquePointer, _ name: String) -> JSONValue {
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        guard js_GetStreamInfo(&info, js, name, nil, &code) == NATS_OK, let st = info?.pointee.State else { return .null }
        defer { jsStreamInfo_Destroy(info) }
        return ["name": .string(name), "messages": .number(JSONNumber(unchecked: String(st.Msgs))),
                "bytes": .number(JSONNumber(unchecked: String(st.Bytes))), "consumer_count": .int(Int(st.Consumers)),
                "first_seq": .number(JSONNumber(unchecked: String(st.FirstSeq))), "last_seq": .number(JSONNumber(unchecked: String(st.LastSeq)))]
    }
}

/// `%XX` escapes in a path segment (a stream name cannot hold them, but a client may send them).
func percentDecoded(_ s: String) -> String {
    guard s.contains("%") else { return s }
    var out: [UInt8] = []
    var bytes = Array(s.utf8)[...]
    while let b = bytes.popFirst() {
        if b == UInt8(ascii: "%"), bytes.count >= 2, let v = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
            out.append(v)
            bytes = bytes.dropFirst(2)
        } else {
            out.append(b)
        }
    }
    return String(decoding: out, as: UTF8.self)
}
