/// An `amqp://user:password@host:port/vhost` or `amqps://...` address, parsed the way RabbitMQ's URI spec
/// reads it: user, password and vhost are percent-decoded; an empty path is the default vhost `/`, and
/// `/%2F` is `/` too (the path after the first slash is the vhost name).
public struct AMQPURL: Sendable, Equatable, CustomStringConvertible {
    public var tls: Bool
    public var host: String
    public var port: Int
    public var user: String
    public var password: String
    public var vhost: String

    public init(parsing text: String) throws(AMQPURLError) {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("amqps://") {
            tls = true
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("amqp://") {
            tls = false
            rest = text.dropFirst(7)
        } else {
            throw AMQPURLError("'\(text)' is not an amqp:// or amqps:// URL")
        }
        var authority = rest
        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        }
        if let q = path?.firstIndex(of: "?") { path = path?[..<q] }
        user = "guest"
        password = "guest"
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = try Self.decode(credentials[..<colon], in: text)
                password = try Self.decode(credentials[credentials.index(after: colon)...], in: text)
            } else {
                user = try Self.decode(credentials, in: text)
                password = ""
            }
        }
        port = tls ? 5671 : 5672
        if hostPort.hasPrefix("[") {  // IPv6 literal
            guard let close = hostPort.firstIndex(of: "]") else { throw AMQPURLError("unclosed '[' in '\(text)'") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") { port = try Self.port(after.dropFirst(), in: text) }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            port = try Self.port(hostPort[hostPort.index(after: colon)...], in: text)
        } else {
            host = String(hostPort)
        }
        if host.isEmpty { host = "localhost" }
        if let path, !path.isEmpty {
            vhost = try Self.decode(path, in: text)
        } else {
            vhost = "/"
        }
    }

    static func port(_ s: Substring, in text: String) throws(AMQPURLError) -> Int {
        guard let p = Int(s), (1...65535).contains(p) else { throw AMQPURLError("bad port '\(s)' in '\(text)'") }
        return p
    }

    static func decode(_ s: Substring, in text: String) throws(AMQPURLError) -> String {
        guard s.contains("%") else { return String(s) }
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%") {
                guard utf8.count >= 2, let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else {
                    throw AMQPURLError("bad percent-escape in '\(text)'")
                }
                bytes.append(v)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The URL without the password, for logs.
    public var description: String {
        let vhostText = vhost == "/" ? "" : vhost
        return "\(tls ? "amqps" : "amqp")://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(vhostText)"
    }
}

public struct AMQPURLError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
