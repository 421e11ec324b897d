// WhatsApp ids (JIDs) as WA-RS writes them: `user[.agent][:device]@server`.
//
// Rules (tested in JIDTests):
// - exactly one `@`, non-empty user and server; anything else (`a@b@c`, `@s.whatsapp.net`) is not a JID;
// - a value without `@` is read as a phone number (WA-RS accepts bare digits as `to`);
// - `s.whatsapp.net` and `c.us` are users: the device `:N` and agent `.N` suffixes are stripped and the rest must
//   be 7 to 15 digits without a leading 0 (an E.164 number without its `+`);
// - `lid` and `hosted.lid` are privacy ids (no phone number); `g.us` groups; `broadcast` (`status@broadcast`)
//   and `newsletter` are feeds; any other server (`bot`, `hosted`, `call`, `interop`, `msgr`) is "other".
import SwitchyardPluginAPI

enum JID: Equatable {
    case phone(String)  // E.164, `+` included
    case lid(String)  // the user part, device stripped
    case group(String)
    case feed(String)  // the whole JID: status@broadcast, 123@newsletter
    case other(String)

    struct Invalid: Error {
        let reason: String
    }

    static func parse(_ raw: String) throws(Invalid) -> JID {
        // Byte-level: this runs for every message, and Character iteration is slow.
        let bytes = raw.utf8
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else {
            guard let number = PhoneNumber.e164(raw) else { throw Invalid(reason: "'\(raw)' is neither a JID nor a phone number") }
            return .phone(number)
        }
        let serverStart = bytes.index(after: at)
        guard at != bytes.startIndex, serverStart != bytes.endIndex, !bytes[serverStart...].contains(UInt8(ascii: "@")) else {
            throw Invalid(reason: "'\(raw)' is not a JID")
        }
        var userEnd = at
        // device `:N`
        if let colon = bytes[..<at].lastIndex(of: UInt8(ascii: ":")) {
            guard colon != bytes.startIndex, bytes[bytes.index(after: colon)..<at].allSatisfy(isDigit) else {
                throw Invalid(reason: "'\(raw)' has a malformed device suffix")
            }
            userEnd = colon
        }
        let server = Substring(raw.utf8[serverStart...])
        func user() -> String { String(Substring(raw.utf8[..<userEnd])) }
        if server == "s.whatsapp.net" || server == "c.us" || server.lowercased() == "s.whatsapp.net" || server.lowercased() == "c.us" {
            // agent `.N`
            if let dot = bytes[..<userEnd].lastIndex(of: UInt8(ascii: ".")), bytes[bytes.index(after: dot)..<userEnd].allSatisfy(isDigit) {
                userEnd = dot
            }
            let digits = bytes[..<userEnd]
            guard !digits.isEmpty, digits.allSatisfy(isDigit), let number = PhoneNumber.e164(user()) else {
                throw Invalid(reason: "'\(raw)' is a user JID whose user part is not a phone number")
            }
            return .phone(number)
        }
        switch server.lowercased() {
        case "lid", "hosted.lid": return .lid(user())
        case "g.us": return .group(user())
        case "broadcast", "newsletter": return .feed(raw)
        default: return .other(raw)
        }
    }
}

@inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

