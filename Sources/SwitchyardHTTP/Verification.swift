import Crypto
import Foundation
import SwitchyardPluginAPI

/// How a webhook proves it comes from who it says: the presets gateways use.
public enum VerifyPreset: String, ConfigEnum {
    /// Meta WhatsApp Cloud API: GET handshake with `hub.verify_token`, POST `X-Hub-Signature-256: sha256=<hex HMAC-SHA256>`.
    case meta
    /// WA-RS: `X-Webhook-Signature: sha256=<hex HMAC-SHA256>`.
    case waRS = "wa-rs"
    /// WAHA: `X-Webhook-Hmac: <hex HMAC-SHA512>`.
    case waha
    /// A shared token in a header (`X-Whatsapp-Token`) or a query parameter (`?secret=`).
    case token
    /// No check (still subject to `allow_ips`).
    case none
}

/// A signature scheme: which header, which hash, whether the value carries an `algo=` prefix.
struct SignatureScheme: Sendable {
    enum Hash: Sendable { case sha256, sha512 }
    var header: String
    var hash: Hash
    /// `sha256=` for Meta and WA-RS; nil when the header holds the bare hex.
    var prefix: String?

    static let meta = SignatureScheme(header: "x-hub-signature-256", hash: .sha256, prefix: "sha256=")
    static let waRS = SignatureScheme(header: "x-webhook-signature", hash: .sha256, prefix: "sha256=")
    static let waha = SignatureScheme(header: "x-webhook-hmac", hash: .sha512, prefix: nil)

    /// The header value a sender computes for `body`.
    func sign(_ body: [UInt8], key: HMACKey) -> String {
        (prefix ?? "") + hex(key.code(for: body))
    }

    /// Checks a received header value against the body; `nil` on success, else why it failed (never the secret).
    func verify(_ value: String?, body: [UInt8], key: HMACKey) -> String? {
        guard let value else { return "missing \(header) header" }
        // Byte-wise: Foundation's trimming and lowercasing of the header were 5% of a webhook's CPU.
        var text = Array(value.utf8)[...]
        while let f = text.first, f == 0x20 || f == 0x09 { text = text.dropFirst() }
        while let l = text.last, l == 0x20 || l == 0x09 { text = text.dropLast() }
        if let prefix {
            let p = Array(prefix.utf8)
            guard text.count >= p.count, zip(text, p).allSatisfy({ a, b in (0x41...0x5A).contains(a) ? a | 0x20 == b : a == b }) else {
                return "\(header) lacks the '\(prefix)' prefix"
            }
            text = text.dropFirst(p.count)
        }
        guard let received = unhex(bytes: text) else { return "\(header) is not hex" }
        let expected = key.code(for: body)
        return constantTimeEqual(received, expected) ? nil : "\(header) does not match the body"
    }
}

/// An HMAC with its key already padded and hashed in, prepared once per webhook path or signing sink: setting
/// up the key (two padded copies, one block hashed) was half of the signature check of every request (perf,
/// scenario 5). Each use copies the prepared state and hashes only its body.
// Unchecked: swift-crypto's hash state is copy-on-write (a shared digest context is copied before the first
// update of a copy) and the prepared state here is never updated itself, so concurrent copies share no writes.
struct HMACKey: @unchecked Sendable {
    private enum Prepared {
        case sha256(HMAC<SHA256>)
        case sha512(HMAC<SHA512>)
    }
    private let prepared: Prepared

    init(_ scheme: SignatureScheme, secret: Secret) {
        self.init(scheme.hash, key: secret.bytes)
    }

    init(_ hash: SignatureScheme.Hash, key bytes: [UInt8]) {
        let key = SymmetricKey(data: bytes)
        switch hash {
        case .sha256: prepared = .sha256(HMAC<SHA256>(key: key))
        case .sha512: prepared = .sha512(HMAC<SHA512>(key: key))
        }
    }

    func code(for body: [UInt8]) -> [UInt8] {
        switch prepared {
        case .sha256(var mac):
            mac.update(data: body)
            return Array(mac.finalize())
        case .sha512(var mac):
            mac.update(data: body)
            return Array(mac.finalize())
        }
    }
}

/// Compares in time that depends only on the lengths, never on where the first difference is.
func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<a.count { diff |= a[i] ^ b[i] }
    return diff == 0
}

func constantTimeEqual(_ a: String, _ b: String) -> Bool { constantTimeEqual(Array(a.utf8), Array(b.utf8)) }

/// Lower-case hex digits by value (also RandomMessageID's).
let hexDigits = Array("0123456789abcdef".utf8)

func hex(_ bytes: [UInt8]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for b in bytes {
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
}

func unhex(bytes chars: ArraySlice<UInt8>) -> [UInt8]? {
    guard chars.count % 2 == 0 else { return nil }
    func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
    var out = [UInt8]()
    out.reserveCapacity(chars.count / 2)
    var i = chars.startIndex
    while i < chars.endIndex {
        guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
        out.append(hi << 4 | lo)
        i += 2
    }
    return out
}

/// An IP network (`10.0.0.0/8`, `2001:db8::/32`, or a single address) for allow-lists and trusted proxies.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    let address: [UInt8]  // 4 or 16 bytes
    let prefixLength: Int
    public let description: String

    public init(parsing text: String) throws(ConfigError) {
        description = text
        let parts = text.split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let addr = parseIP(String(first)) else {
            throw ConfigError("'\(text)' is not an IP address or CIDR network", hint: "e.g. 10.0.0.0/8, 203.0.113.7, 2001:db8::/32")
        }
        address = addr
        if parts.count == 2 {
            guard let n = Int(parts[1]), n >= 0, n <= addr.count * 8 else {
                throw ConfigError("'\(text)': prefix length must be 0 to \(addr.count * 8)")
            }
            prefixLength = n
        } else {
            prefixLength = addr.count * 8
        }
    }

    public func contains(_ ip: [UInt8]) -> Bool {
        var ip = ip
        // An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) matches IPv4 networks.
        if address.count == 4, ip.count == 16, ip[0..<10].allSatisfy({ $0 == 0 }), ip[10] == 0xFF, ip[11] == 0xFF {
            ip = Array(ip[12...])
        }
        guard ip.count == address.count else { return false }
        var bits = prefixLength
        for i in 0..<address.count where bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if ip[i] & mask != address[i] & mask { return false }
            bits -= 8
        }
        return true
    }
}

extension IPNetwork: Decodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch var e {
            e.keyPath = decoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            throw e
        }
    }
}

/// Parses a textual IPv4 or IPv6 address into 4 or 16 bytes.
func parseIP(_ text: String) -> [UInt8]? {
    var text = text
    if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
    if let percent = text.firstIndex(of: "%") { text = String(text[..<percent]) }  // zone id
    var v4 = in_addr()
    if inet_pton(AF_INET, text, &v4) == 1 {
        return withUnsafeBytes(of: &v4) { Array($0) }
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, text, &v6) == 1 {
        return withUnsafeBytes(of: &v6) { Array($0) }
    }
    return nil
}

/// The client's address: the peer, or, when the peer is a trusted proxy, the right-most address of
/// `X-Forwarded-For` that is not itself a trusted proxy (the left part is whatever the client claimed).
func clientAddress(peer: String?, forwardedFor: String?, trustedProxies: [IPNetwork]) -> String? {
    guard let peer else { return nil }
    guard !trustedProxies.isEmpty, let forwardedFor, let peerBytes = parseIP(peer),
        trustedProxies.contains(where: { $0.contains(peerBytes) })
    else { return peer }
    let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    for hop in hops.reversed() {
        guard let bytes = parseIP(hop) else { return hop }  // garbage: not trusted, and matches no network
        if !trustedProxies.contains(where: { $0.contains(bytes) }) { return hop }
    }
    return hops.first ?? peer
}
