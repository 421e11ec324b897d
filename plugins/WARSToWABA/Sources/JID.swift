// WhatsApp ids (JIDs) as WA-RS writes them: `user[.agent][:device]@server`.
//
// Rules (tested in JIDTests):
// - exactly one `@`, non-empty user and server; anything else (`a@b@c`, `@s.whatsapp.net`) is not a JID;
// - a value without `@` is read as a phone number (WA-RS accepts bare digits as `to`);
// - `s.whatsapp.net` and `c.us` are users: the device `:N` and agent `.N` suffixes are stripped and the rest must
//   be 7 to 15 digits without a leading 0 (an E.164 number without its `+`);
// - `lid` and `hosted.lid` are privacy ids (no phone number); `g.us` groups; `broadcast` (`status@broadcast`)
//   and `newsletter` are feeds; any other server (`bot`, `hosted`, `call`, `interop`, `msgr`) is "other".
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
        let parts = raw.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard let number = Phone.e164(raw) else { throw Invalid(reason: "'\(raw)' is neither a JID nor a phone number") }
            return .phone(number)
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw Invalid(reason: "'\(raw)' is not a JID") }
        let server = parts[1].lowercased()
        var user = parts[0]
        // device `:N`, then agent `.N`
        if let colon = user.lastIndex(of: ":") {
            guard user[user.index(after: colon)...].allSatisfy(\.isASCIIDigit), colon != user.startIndex else {
                throw Invalid(reason: "'\(raw)' has a malformed device suffix")
            }
            user = user[..<colon]
        }
        switch server {
        case "s.whatsapp.net", "c.us":
            if let dot = user.lastIndex(of: "."), user[user.index(after: dot)...].allSatisfy(\.isASCIIDigit) { user = user[..<dot] }
            guard user.allSatisfy(\.isASCIIDigit), let number = Phone.e164(String(user)) else {
                throw Invalid(reason: "'\(raw)' is a user JID whose user part is not a phone number")
            }
            return .phone(number)
        case "lid", "hosted.lid":
            return .lid(String(user))
        case "g.us":
            return .group(String(user))
        case "broadcast", "newsletter":
            return .feed(raw)
        default:
            return .other(raw)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
