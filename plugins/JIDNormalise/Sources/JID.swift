// WhatsApp id (JID) parsing and formatting: pure Swift standard library, no Foundation, no regex.
// Works on the UTF-8 bytes of the input. The rules are spelled out in ../README.md.

/// What a WhatsApp id designates, from its server (and, for `status@broadcast` and `0@...`, its user).
public enum JIDKind: String, Sendable, CaseIterable {
    /// A phone-number user: `@s.whatsapp.net`, `@c.us`, bare digits, `+E.164`.
    case user
    /// `@g.us`: `123456789-1612345678` (creator-timestamp, old style) or `120363...` (new style).
    case group
    /// `@lid`: privacy (linked) id, not a phone number.
    case lid
    /// `@newsletter`: a channel.
    case newsletter
    /// `@broadcast`: a broadcast list.
    case broadcast
    /// `status@broadcast`: the status (stories) feed.
    case status
    /// `@hosted`: a Cloud API (hosted) device.
    case hosted
    /// `@hosted.lid`: the LID of a hosted device.
    case hostedLid = "hosted_lid"
    /// `@bot`: a bot (Meta AI and the like).
    case bot
    /// `@call`: a call id.
    case call
    /// `@interop`: an interoperability (third-party messenger) user.
    case interop
    /// `@msgr`: a Messenger user.
    case msgr
    /// `0@s.whatsapp.net` / `0@c.us`: WhatsApp's own system/PSA sender. Not a phone number.
    case system

    /// True for the only kind that is a phone number (and may be written as +E.164 or bare digits).
    public var isPhoneNumber: Bool { self == .user }
}

/// How `JID.format(_:)` writes an id.
public enum JIDTargetForm: String, Sendable, CaseIterable {
    /// `digits@s.whatsapp.net`
    case jid
    /// `digits@c.us` (WhatsApp Web based gateways: WAHA, wwebjs, Wawp)
    case cUs = "c.us"
    /// `+digits`
    case e164
    /// `digits`
    case digits
}

/// A parsed WhatsApp id: `user[_domain][.agent][:device]@server`.
public struct JID: Hashable, Sendable, CustomStringConvertible {
    /// The user part without domain marker, agent or device: digits for phone users, the group/lid/... id
    /// otherwise.
    public let user: String
    /// The `.N` agent suffix, if any (0...255).
    public let agent: Int?
    /// The `:N` device suffix, if any (0...255).
    public let device: Int?
    /// The `_N` domain marker, if any (0...255): 0 WhatsApp, 1 LID, 128 hosted, 129 hosted LID.
    public let domain: Int?
    /// The canonical, lower-case server: `s.whatsapp.net`, `c.us`, `g.us`, `lid`, ... For phone users
    /// given as digits or +E.164 it is `s.whatsapp.net`.
    public let server: String
    public let kind: JIDKind
    /// The form the id was written in: `.jid` / `.cUs` for `@s.whatsapp.net` / `@c.us`, `.e164` / `.digits`
    /// for a phone number without server; `.jid` for every other server.
    public let inputForm: JIDTargetForm

    public init(user: String, agent: Int? = nil, device: Int? = nil, domain: Int? = nil, server: String,
                kind: JIDKind, inputForm: JIDTargetForm = .jid) {
        self.user = user
        self.agent = agent
        self.device = device
        self.domain = domain
        self.server = server
        self.kind = kind
        self.inputForm = inputForm
    }

    /// The bounds applied to the `:device`, `.agent` and `_domain` suffixes: one byte each, as in the
    /// binary protocol's AD-JID encoding.
    public static let suffixRange: ClosedRange<Int> = 0...255
    /// Digits in a phone-number id, country code included (E.164: at most 15; 7 is the shortest real
    /// international number, e.g. Niue +683 + 4 digits).
    public static let phoneDigitRange: ClosedRange<Int> = 7...15
    /// Longest user part accepted for any server.
    public static let maxUserLength = 64

    /// The id as it was given, minus blanks and with the server lower-cased:
    /// `user[_domain][.agent][:device]@server` (phone numbers given without server get `@s.whatsapp.net`).
    public var description: String {
        var s = user
        if let domain { s += "_\(domain)" }
        if let agent { s += ".\(agent)" }
        if let device { s += ":\(device)" }
        return s + "@" + server
    }

    /// Writes the id without its device, agent and domain suffixes. Phone users are written in `form`;
    /// every other kind (group, lid, newsletter, broadcast, status, hosted, bot, call, interop, msgr, system)
    /// keeps `user@server` whatever the form: they are never turned into phone numbers.
    public func format(_ form: JIDTargetForm) -> String {
        guard kind == .user else { return JID.join(user, 0x40, server) }
        switch form {
        case .jid: return JID.join(user, 0x40, "s.whatsapp.net")
        case .cUs: return JID.join(user, 0x40, "c.us")
        case .e164: return JID.join("", 0x2B, user)
        case .digits: return user
        }
    }

    /// `a + sep + b` in one allocation (String's `+` goes through the slower generic append path).
    @inline(__always)
    static func join(_ a: String, _ sep: UInt8, _ b: String) -> String {
        var a = a, b = b
        let n = a.utf8.count + 1 + b.utf8.count
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                String(unsafeUninitializedCapacity: n) { out in
                    var k = 0
                    for c in pa { out[k] = c; k += 1 }
                    out[k] = sep
                    k += 1
                    for c in pb { out[k] = c; k += 1 }
                    return k
                }
            }
        }
    }

    /// Parses then formats: the one call a normalising transform needs.
    public static func normalise(_ s: String, to form: JIDTargetForm) -> Result<String, JIDError> {
        parse(s).map { $0.format(form) }
    }

    /// Parses a WhatsApp id in any of the forms users meet (see README.md for the rules).
    public static func parse(_ s: String) -> Result<JID, JIDError> {
        var text = s
        return text.withUTF8 { JIDParser.parse($0) }
    }
}

/// Why a string is not a WhatsApp id. `description` is a human sentence.
public enum JIDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but blanks.
    case empty
    /// `a@b@c`.
    case multipleAt
    /// `@s.whatsapp.net`, `:3@lid`.
    case emptyUser
    /// `12345@`.
    case emptyServer
    /// `12345@example.com` (the server as written).
    case unknownServer(String)
    /// A byte that cannot appear where it is (the character and its byte offset in the trimmed input).
    case invalidCharacter(String, offset: Int)
    /// The user part does not fit the server (user, server, what was expected).
    case invalidUser(user: String, server: String, expected: String)
    /// A malformed `:device`, `.agent` or `_domain` suffix (the reason).
    case invalidSuffix(String)
    /// `:N` beyond 0...255.
    case deviceOutOfRange(String)
    /// `.N` beyond 0...255.
    case agentOutOfRange(String)
    /// `_N` that is not a known domain on a phone server (or beyond 0...255).
    case unknownDomain(String)
    /// A phone number (digits, +E.164 or `@s.whatsapp.net` / `@c.us` user) with fewer than 7 digits.
    case phoneTooShort(digits: Int)
    /// ... with more than 15 digits.
    case phoneTooLong(digits: Int)
    /// ... starting with 0 (national format or a trunk prefix: no country code starts with 0).
    case phoneLeadingZero
    /// Text without `@server` that is not a phone number (e.g. `status`, `hello`).
    case missingServer(String)

    public var description: String {
        switch self {
        case .empty: return "empty input"
        case .multipleAt: return "more than one '@'"
        case .emptyUser: return "empty user part"
        case .emptyServer: return "empty server part after '@'"
        case .unknownServer(let s): return "unknown server '\(s)'"
        case .invalidCharacter(let c, let offset): return "invalid character '\(c)' at offset \(offset)"
        case .invalidUser(let user, let server, let expected):
            return "user part '\(user)' is not valid for @\(server): \(expected) expected"
        case .invalidSuffix(let reason): return reason
        case .deviceOutOfRange(let d): return "device \(d) out of range 0...255"
        case .agentOutOfRange(let a): return "agent \(a) out of range 0...255"
        case .unknownDomain(let d): return "unknown domain marker _\(d) on a phone-number server"
        case .phoneTooShort(let n): return "phone number too short: \(n) digits, at least 7 expected"
        case .phoneTooLong(let n): return "phone number too long: \(n) digits, E.164 allows 15"
        case .phoneLeadingZero:
            return "phone number starts with 0: national format, the international form with country code is needed"
        case .missingServer(let s): return "'\(s)' is neither a phone number nor a JID (no '@server')"
        }
    }
}

// MARK: - Parser

enum JIDParser {
    static let at: UInt8 = 0x40, colon: UInt8 = 0x3A, dot: UInt8 = 0x2E, underscore: UInt8 = 0x5F
    static let plus: UInt8 = 0x2B, dash: UInt8 = 0x2D

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20) &- 0x61 < 26
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func slice(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> Result<JID, JIDError> {
        var lo = 0, hi = raw.count
        while lo < hi && isBlank(raw[lo]) { lo += 1 }
        while hi > lo && isBlank(raw[hi - 1]) { hi -= 1 }
        if lo == hi { return .failure(.empty) }
        let bytes = slice(raw, lo..<hi)

        var atPos = -1
        for i in 0..<bytes.count where bytes[i] == at {
            if atPos >= 0 { return .failure(.multipleAt) }
            atPos = i
        }
        if atPos < 0 { return parsePhone(bytes) }
        if atPos == bytes.count - 1 { return .failure(.emptyServer) }
        if atPos == 0 { return .failure(.emptyUser) }

        let serverBytes = slice(bytes, (atPos + 1)..<bytes.count)
        guard let server = JIDServer.lookup(serverBytes) else {
            for i in 0..<serverBytes.count where serverBytes[i] < 0x21 || serverBytes[i] == 0x7F {
                return .failure(.invalidCharacter(character(serverBytes, i), offset: atPos + 1 + i))
            }
            return .failure(.unknownServer(text(serverBytes)))
        }
        return parseUser(slice(bytes, 0..<atPos), server: server)
    }

    static func character(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> String {
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return text(slice(bytes, i..<end))
    }

    /// `user[_domain][.agent][:device]` before `@server`.
    static func parseUser(_ part: UnsafeBufferPointer<UInt8>, server: JIDServer) -> Result<JID, JIDError> {
        if part.count > JID.maxUserLength + 16 {
            return .failure(.invalidUser(user: text(part), server: server.name,
                                         expected: "at most \(JID.maxUserLength) characters"))
        }
        var colonPos = -1, dotPos = -1, underscorePos = -1
        for i in 0..<part.count {
            let b = part[i]
            switch b {
            case colon:
                if colonPos >= 0 { return .failure(.invalidSuffix("more than one ':' (device suffix)")) }
                colonPos = i
            case dot:
                if colonPos >= 0 { return .failure(.invalidSuffix("'.' after ':': the agent comes before the device (user.agent:device)")) }
                if dotPos >= 0 { return .failure(.invalidSuffix("more than one '.' (agent suffix)")) }
                dotPos = i
            case underscore:
                if colonPos >= 0 || dotPos >= 0 {
                    return .failure(.invalidSuffix("'_' after the agent or device suffix"))
                }
                if underscorePos >= 0 { return .failure(.invalidSuffix("more than one '_' (domain marker)")) }
                underscorePos = i
            default:
                if !(isAlnum(b) || b == dash) {
                    return .failure(.invalidCharacter(character(part, i), offset: i))
                }
            }
        }
        var end = part.count
        var device: Int? = nil
        var agent: Int? = nil
        var domain: Int? = nil
        if colonPos >= 0 {
            switch suffix(slice(part, (colonPos + 1)..<end), what: "device") {
            case .failure(let e): return .failure(e)
            case .success(let v): device = v
            }
            end = colonPos
        }
        if dotPos >= 0 {
            switch suffix(slice(part, (dotPos + 1)..<end), what: "agent") {
            case .failure(let e): return .failure(e)
            case .success(let v): agent = v
            }
            end = dotPos
        }
        if underscorePos >= 0 {
            let marker = slice(part, (underscorePos + 1)..<end)
            guard !marker.isEmpty, marker.allSatisfy(isDigit) else {
                return .failure(.invalidSuffix("domain marker '_\(text(marker))' must be digits"))
            }
            guard marker.count <= 3, let v = number(marker), JID.suffixRange.contains(v) else {
                return .failure(.unknownDomain(text(marker)))
            }
            domain = v
            end = underscorePos
        }
        let userBytes = slice(part, 0..<end)
        if userBytes.isEmpty { return .failure(.emptyUser) }
        if userBytes.count > JID.maxUserLength {
            return .failure(.invalidUser(user: text(userBytes), server: server.name,
                                         expected: "at most \(JID.maxUserLength) characters"))
        }

        var kind = server.kind
        var serverName = server.name
        if kind == .user, let d = domain, d != 0 {
            // A domain marker other than 0 (WhatsApp) on a phone server says the user is NOT a phone number:
            // the id belongs to the marker's domain (as whatsmeow's NewADJID maps it).
            switch d {
            case 1: kind = .lid; serverName = JIDServer.lid.name
            case 128: kind = .hosted; serverName = JIDServer.hosted.name
            case 129: kind = .hostedLid; serverName = JIDServer.hostedLid.name
            default: return .failure(.unknownDomain(String(d)))
            }
        }

        switch kind {
        case .user:
            if userBytes.count == 1 && userBytes[0] == 0x30 {
                kind = .system  // 0@s.whatsapp.net: WhatsApp's PSA / system sender
                break
            }
            guard userBytes.allSatisfy(isDigit) else {
                return .failure(.invalidUser(user: text(userBytes), server: serverName, expected: "digits (a phone number)"))
            }
            if let e = phoneError(digits: userBytes.count, first: userBytes[0]) { return .failure(e) }
        case .group:
            // digits, or digits-digits (creator phone - creation time)
            var dash = -1
            for i in 0..<userBytes.count where !isDigit(userBytes[i]) {
                if userBytes[i] == JIDParser.dash && dash < 0 { dash = i; continue }
                return .failure(.invalidUser(user: text(userBytes), server: serverName,
                                             expected: "digits or digits-digits"))
            }
            if dash == 0 || dash == userBytes.count - 1 {
                return .failure(.invalidUser(user: text(userBytes), server: serverName, expected: "digits or digits-digits"))
            }
        case .broadcast:
            if equalsLower(userBytes, "status") {
                kind = .status
                return .success(JID(user: "status", agent: agent, device: device, domain: domain,
                                    server: serverName, kind: kind))
            }
            guard userBytes.allSatisfy(isDigit) else {
                return .failure(.invalidUser(user: text(userBytes), server: serverName, expected: "'status' or digits"))
            }
        case .call, .interop:
            guard userBytes.allSatisfy({ isAlnum($0) || $0 == JIDParser.dash }) else {
                return .failure(.invalidUser(user: text(userBytes), server: serverName, expected: "letters, digits and '-'"))
            }
        case .lid, .newsletter, .hosted, .hostedLid, .bot, .msgr, .status, .system:
            guard userBytes.allSatisfy(isDigit) else {
                return .failure(.invalidUser(user: text(userBytes), server: serverName, expected: "digits"))
            }
        }
        let form: JIDTargetForm = (kind == .user || kind == .system) && server == .cUs ? .cUs : .jid
        return .success(JID(user: text(userBytes), agent: agent, device: device, domain: domain,
                            server: kind == .user || kind == .system ? server.name : serverName,
                            kind: kind, inputForm: form))
    }

    static func equalsLower(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<bytes.count {
            var c = bytes[i]
            if c &- 0x41 < 26 { c |= 0x20 }  // ASCII upper -> lower; nothing else folds
            if c != w[i] { return false }
        }
        return true
    }

    static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard digits.count <= 9 else { return nil }
        var v = 0
        for d in digits { v = v * 10 + Int(d &- 0x30) }
        return v
    }

    static func suffix(_ digits: UnsafeBufferPointer<UInt8>, what: String) -> Result<Int, JIDError> {
        let mark = what == "device" ? ":" : "."
        if digits.isEmpty { return .failure(.invalidSuffix("empty \(what) after '\(mark)'")) }
        guard digits.allSatisfy(isDigit) else {
            return .failure(.invalidSuffix("\(what) '\(text(digits))' is not a number"))
        }
        guard let v = number(digits), JID.suffixRange.contains(v) else {
            // show the number without leading zeros, as written otherwise
            var shown = Substring(text(digits))
            while shown.count > 1 && shown.first == "0" { shown = shown.dropFirst() }
            return .failure(what == "device" ? .deviceOutOfRange(String(shown)) : .agentOutOfRange(String(shown)))
        }
        return .success(v)
    }

    static func phoneError(digits: Int, first: UInt8) -> JIDError? {
        if first == 0x30 { return .phoneLeadingZero }
        if digits < JID.phoneDigitRange.lowerBound { return .phoneTooShort(digits: digits) }
        if digits > JID.phoneDigitRange.upperBound { return .phoneTooLong(digits: digits) }
        return nil
    }

    /// No '@': `+E.164` or bare digits, with blanks, '-', '.', '(', ')' allowed between digits; `(0)` after
    /// the country code is dropped; a leading `00` (international prefix) counts as '+'.
    static func parsePhone(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JID, JIDError> {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer -> Result<JID, JIDError> in
            var count = 0
            var i = 0
            let plusForm = bytes[0] == plus
            if plusForm { i = 1 }
            while i < bytes.count {
                let b = bytes[i]
                if isDigit(b) {
                    if count < buffer.count { buffer[count] = b }
                    count += 1
                    i += 1
                    continue
                }
                switch b {
                case 0x28 where count > 0 && i + 2 < bytes.count && bytes[i + 1] == 0x30 && bytes[i + 2] == 0x29:
                    i += 3  // "(0)"
                case 0x20, 0x09, dash, dot, 0x28, 0x29:
                    i += 1
                case colon:
                    if count > 0 && (plusForm || isPhoneText(bytes)) {
                        return .failure(.invalidSuffix("a ':device' suffix needs '@server' (user:device@server)"))
                    }
                    return .failure(.missingServer(text(bytes)))
                case plus:
                    return .failure(.invalidCharacter("+", offset: i))
                default:
                    if plusForm || count > 0 && isAlnum(b) == false {
                        return .failure(.invalidCharacter(character(bytes, i), offset: i))
                    }
                    return .failure(.missingServer(text(bytes)))
                }
            }
            if count == 0 {
                return .failure(plusForm ? .phoneTooShort(digits: 0) : .missingServer(text(bytes)))
            }
            var start = 0
            var form: JIDTargetForm = plusForm ? .e164 : .digits
            if !plusForm && count > 2 && buffer[0] == 0x30 && buffer[1] == 0x30 {
                start = 2  // 00 international prefix
                form = .e164
            }
            let n = count - start
            if let e = phoneError(digits: n, first: buffer[start]) { return .failure(e) }
            let user = text(UnsafeBufferPointer(rebasing: buffer[start..<count]))
            return .success(JID(user: user, server: JIDServer.sWhatsAppNet.name, kind: .user, inputForm: form))
        }
    }

    /// Digits with separators only, up to the first ':' (for a clearer error on `12345:3`).
    static func isPhoneText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes {
            if b == colon { return true }
            if !(isDigit(b) || b == 0x20 || b == dash || b == dot) { return false }
        }
        return true
    }
}

/// The servers this parser knows.
enum JIDServer: Sendable {
    case sWhatsAppNet, cUs, gUs, lid, newsletter, broadcast, hosted, hostedLid, bot, call, interop, msgr

    var name: String {
        switch self {
        case .sWhatsAppNet: "s.whatsapp.net"
        case .cUs: "c.us"
        case .gUs: "g.us"
        case .lid: "lid"
        case .newsletter: "newsletter"
        case .broadcast: "broadcast"
        case .hosted: "hosted"
        case .hostedLid: "hosted.lid"
        case .bot: "bot"
        case .call: "call"
        case .interop: "interop"
        case .msgr: "msgr"
        }
    }

    var kind: JIDKind {
        switch self {
        case .sWhatsAppNet, .cUs: .user
        case .gUs: .group
        case .lid: .lid
        case .newsletter: .newsletter
        case .broadcast: .broadcast
        case .hosted: .hosted
        case .hostedLid: .hostedLid
        case .bot: .bot
        case .call: .call
        case .interop: .interop
        case .msgr: .msgr
        }
    }

    /// Case-insensitive lookup on the bytes after '@'.
    static func lookup(_ b: UnsafeBufferPointer<UInt8>) -> JIDServer? {
        @inline(__always) func eq(_ word: StaticString) -> Bool { JIDParser.equalsLower(b, word) }
        switch b.count {
        case 14: return eq("s.whatsapp.net") ? .sWhatsAppNet : nil
        case 4:
            if eq("c.us") { return .cUs }
            if eq("g.us") { return .gUs }
            if eq("call") { return .call }
            if eq("msgr") { return .msgr }
            return nil
        case 3:
            if eq("lid") { return .lid }
            if eq("bot") { return .bot }
            return nil
        case 10: return eq("newsletter") ? .newsletter : (eq("hosted.lid") ? .hostedLid : nil)
        case 9: return eq("broadcast") ? .broadcast : nil
        case 6: return eq("hosted") ? .hosted : nil
        case 7: return eq("interop") ? .interop : nil
        default: return nil
        }
    }
}
