// Meta Cloud API webhook POST → WABA inbound events (seed 001): one MESSAGE_RECEIVED per message and one
// STATUS_WEBHOOK per status, across every entry[] × changes[]. Pure: no I/O, no Message, so it is tested
// and benchmarked on JSON values alone.
import SwitchyardPluginAPI

/// One WABA event made from one part of a POST.
struct WABAEvent: Sendable, Equatable {
    enum Kind: String, Sendable { case message, status }
    var kind: Kind
    /// Stable id for broker-side dedup: the wamid for a message, `wamid:status` for a status.
    var id: String
    var messageId: String
    var messageType: String
    var status: String?
    var accountId: String
    var number: String
    /// Where it came from in the POST: `entry[0].changes[1].value.messages[0]`.
    var path: String
    var body: JSONValue
}

/// A part that must not pass: a dead-letter policy or a malformed field.
struct PartRejection: Sendable, Equatable {
    var path: String
    var reason: String
    /// The Meta object of the part (a message, a status, a change), for a `split` rejection message.
    var part: JSONValue
    var accountId: String?
}

struct Translation: Sendable {
    var events: [WABAEvent] = []
    var drops: [String] = []
    var rejections: [PartRejection] = []
    /// `field` values other than `messages`, ignored.
    var ignoredFields: [String] = []
}

/// The body is not a Meta WhatsApp webhook at all.
struct NotAMetaWebhook: Error, Sendable, Equatable, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

struct MetaWebhookTranslator: Sendable {
    let policies: Policies

    init(policies: Policies = Policies()) { self.policies = policies }

    func translate(_ root: JSONValue) throws(NotAMetaWebhook) -> Translation {
        guard case .object(let top) = root else {
            throw NotAMetaWebhook(reason: "not a Meta webhook: the body is \(kind(root)), expected an object with 'object' and 'entry'")
        }
        guard let object = top["object"] else { throw NotAMetaWebhook(reason: "not a Meta webhook: missing 'object'") }
        guard object.stringValue == "whatsapp_business_account" else {
            throw NotAMetaWebhook(reason: "not a Meta WhatsApp webhook: 'object' is \(JSONWriter.string(object)), expected \"whatsapp_business_account\"")
        }
        guard let entryValue = top["entry"] else { throw NotAMetaWebhook(reason: "not a Meta webhook: missing 'entry'") }
        guard case .array(let entries) = entryValue else {
            throw NotAMetaWebhook(reason: "not a Meta webhook: 'entry' is \(kind(entryValue)), expected an array")
        }
        var out = Translation()
        for (ei, entryValue) in entries.enumerated() {
            // Paths are built only for errors: they are not free.
            var entryPath: String { "entry[\(ei)]" }
            guard case .object(let entry) = entryValue else {
                out.rejections.append(PartRejection(path: entryPath, reason: "\(entryPath): expected an object, found \(kind(entryValue))", part: entryValue))
                continue
            }
            guard case .array(let changes)? = entry["changes"] else {
                let found = entry["changes"].map(kind) ?? "nothing"
                out.rejections.append(PartRejection(path: entryPath, reason: "\(entryPath).changes: expected an array, found \(found)", part: entryValue))
                continue
            }
            for (ci, changeValue) in changes.enumerated() {
                var changePath: String { "entry[\(ei)].changes[\(ci)]" }
                guard case .object(let change) = changeValue else {
                    out.rejections.append(PartRejection(path: changePath, reason: "\(changePath): expected an object, found \(kind(changeValue))", part: changeValue))
                    continue
                }
                guard let field = change["field"]?.stringValue else {
                    let found = change["field"].map(kind) ?? "nothing"
                    out.rejections.append(PartRejection(path: changePath, reason: "\(changePath).field: expected a string, found \(found)", part: changeValue))
                    continue
                }
                guard field == "messages" else {
                    out.ignoredFields.append(field)
                    continue
                }
                guard case .object(let value)? = change["value"] else {
                    let found = change["value"].map(kind) ?? "nothing"
                    out.rejections.append(PartRejection(path: changePath, reason: "\(changePath).value: expected an object, found \(found)", part: changeValue))
                    continue
                }
                translateValue(value, entry: entry, path: "entry[\(ei)].changes[\(ci)].value", into: &out)
            }
        }
        return out
    }

    /// What every event of one change shares.
    private struct ChangeContext {
        let accountId: String
        let number: String
        let contacts: [JSONValue]
        /// With exactly one contact and one message, the contact is the sender even if wa_id differs
        /// (Meta has sent a wa_id without Brazil's ninth digit while `from` has it).
        let soleContactName: JSONValue?
    }

    private func translateValue(_ value: JSONObject, entry: JSONObject, path: String, into out: inout Translation) {
        var messages: [JSONValue] = []
        var statuses: [JSONValue] = []
        if let m = value["messages"] {
            guard case .array(let a) = m else {
                out.rejections.append(PartRejection(path: path, reason: "\(path).messages: expected an array, found \(kind(m))", part: .object(value), accountId: entry["id"]?.stringValue))
                return
            }
            messages = a
        }
        if let s = value["statuses"] {
            guard case .array(let a) = s else {
                out.rejections.append(PartRejection(path: path, reason: "\(path).statuses: expected an array, found \(kind(s))", part: .object(value), accountId: entry["id"]?.stringValue))
                return
            }
            statuses = a
        }
        if messages.isEmpty && statuses.isEmpty {
            // A change carrying only `errors[]` (a webhook-level error Meta reports) or nothing.
            if case .array(let errors)? = value["errors"], !errors.isEmpty {
                out.drops.append("\(path): webhook errors without messages or statuses: \(describeErrors(errors))")
            } else {
                out.drops.append("\(path): no messages or statuses")
            }
            return
        }
        // Fields every event of this change needs: one rejection per change when they are bad.
        let context: ChangeContext
        do throws(PartError) {
            context = try changeContext(value, entry: entry, path: path, messageCount: messages.count)
        } catch {
            out.rejections.append(PartRejection(path: path, reason: error.reason, part: .object(value), accountId: entry["id"]?.stringValue))
            return
        }
        for (i, m) in messages.enumerated() {
            let partPath = "\(path).messages[\(i)]"
            collect(translateMessage(m, context: context, path: partPath), part: m, path: partPath, context: context, into: &out)
        }
        for (i, s) in statuses.enumerated() {
            let partPath = "\(path).statuses[\(i)]"
            collect(translateStatus(s, context: context, path: partPath), part: s, path: partPath, context: context, into: &out)
        }
    }

    private func collect(_ outcome: PartOutcome, part: JSONValue, path: String, context: ChangeContext, into out: inout Translation) {
        switch outcome {
        case .event(let e): out.events.append(e)
        case .dropped(let reason): out.drops.append("\(path): \(reason)")
        case .rejected(let reason): out.rejections.append(PartRejection(path: path, reason: reason, part: part, accountId: context.accountId))
        }
    }

    private func changeContext(_ value: JSONObject, entry: JSONObject, path: String, messageCount: Int) throws(PartError) -> ChangeContext {
        guard let accountId = entry["id"]?.stringValue, !accountId.isEmpty else {
            let entryPath = String(path.prefix { $0 != "." })
            throw PartError("\(entryPath).id: expected the WABA account id string, found \(entry["id"].map(kind) ?? "nothing")")
        }
        guard case .object(let metadata)? = value["metadata"] else {
            throw PartError("\(path).metadata: expected an object, found \(value["metadata"].map(kind) ?? "nothing")")
        }
        guard let display = metadata["display_phone_number"]?.stringValue else {
            throw PartError("\(path).metadata.display_phone_number: expected a string, found \(metadata["display_phone_number"].map(kind) ?? "nothing")")
        }
        guard let number = PhoneNumber.e164(display) else {
            throw PartError("\(path).metadata.display_phone_number: '\(display)' is not a phone number")
        }
        var contacts: [JSONValue] = []
        if let c = value["contacts"] {
            guard case .array(let a) = c else { throw PartError("\(path).contacts: expected an array, found \(kind(c))") }
            contacts = a
        }
        let sole: JSONValue? = contacts.count == 1 && messageCount == 1 ? contacts[0]["profile"]?["name"] : nil
        return ChangeContext(accountId: accountId, number: number, contacts: contacts, soleContactName: sole)
    }

    private enum PartOutcome {
        case event(WABAEvent)
        case dropped(String)
        case rejected(String)
    }

    private struct PartError: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    // MARK: messages

    /// How a Meta message type becomes a WABA message, once its policy allows it.
    private enum Mapping {
        case text
        case media(String)  // the WABA media type
        case sticker
        case location, contacts, button, buttonReply, listReply, nfmReply, reaction, system
    }

    private func translateMessage(_ value: JSONValue, context: ChangeContext, path: String) -> PartOutcome {
        guard case .object(let m) = value else { return .rejected("\(path): expected an object, found \(kind(value))") }
        guard let wamid = m["id"]?.stringValue, !wamid.isEmpty else {
            return .rejected("\(path).id: expected the message id string, found \(m["id"].map(kind) ?? "nothing")")
        }
        guard let type = m["type"]?.stringValue else {
            return .rejected("\(path).type: expected a string, found \(m["type"].map(kind) ?? "nothing")")
        }

        // The policy first, so a dropped type needs no valid fields.
        let mapping: Mapping
        let action: PartAction
        switch type {
        case "text": (mapping, action) = (.text, .translate)
        case "image": (mapping, action) = (.media("IMAGE"), .translate)
        case "video": (mapping, action) = (.media("VIDEO"), .translate)
        case "audio": (mapping, action) = (.media("AUDIO"), .translate)
        case "document": (mapping, action) = (.media("DOCUMENT"), .translate)
        case "sticker": (mapping, action) = (.sticker, policies.sticker)
        case "location": (mapping, action) = (.location, policies.location)
        case "contacts": (mapping, action) = (.contacts, policies.contacts)
        case "button": (mapping, action) = (.button, policies.button)
        case "reaction": (mapping, action) = (.reaction, policies.reaction)
        case "system": (mapping, action) = (.system, policies.system)
        case "interactive":
            switch m["interactive"]?["type"]?.stringValue {
            case "button_reply": (mapping, action) = (.buttonReply, policies.buttonReply)
            case "list_reply": (mapping, action) = (.listReply, policies.listReply)
            case "nfm_reply": (mapping, action) = (.nfmReply, policies.nfmReply)
            case let sub:
                return apply(policies.other, "interactive type '\(sub ?? "missing")' has no WABA form (policy other)", path)
            }
        case "order":
            return apply(policies.order, "type 'order' has no WABA form (policy order)", path)
        case "unsupported":
            let errors = m["errors"]?.arrayValue.map(describeErrors) ?? "no errors given"
            return apply(policies.unsupported, "type 'unsupported' (\(errors)) (policy unsupported)", path)
        default:
            return apply(policies.other, "type '\(type)' has no WABA form (policy other)", path)
        }
        switch action {
        case .translate: break
        case .drop: return .dropped("type '\(describe(mapping, type: type, m))' dropped by policy")
        case .deadLetter: return .rejected("\(path): type '\(describe(mapping, type: type, m))' dead-lettered by policy")
        }

        // The sender: a phone number, or a business-scoped user id that has none.
        let from: String
        let rawFrom = m["from"]?.stringValue ?? ""
        if rawFrom.isEmpty {
            if let userId = m["from_user_id"]?.stringValue ?? m["user_id"]?.stringValue, !userId.isEmpty {
                return apply(policies.bsuidSender, "sender '\(userId)' is a business-scoped user id with no phone number (policy bsuid_sender)", path)
            }
            return .rejected("\(path).from: expected the sender's phone number, found \(m["from"].map(kind) ?? "nothing")")
        }
        guard let e164 = PhoneNumber.e164(rawFrom) else { return .rejected("\(path).from: '\(rawFrom)' is not a phone number") }
        from = e164

        let timestamp: String
        switch isoTimestamp(m["timestamp"], path: path) {
        case .success(let t): timestamp = t
        case .failure(let e): return .rejected(e.reason)
        }

        var messageType = "TEXT"
        var text = JSONValue.null
        var media = JSONValue.null
        do throws(PartError) {
            switch mapping {
            case .text:
                text = .string(try string(m, "text", "body", path: path))
            case .media(let wabaType):
                messageType = wabaType
                media = try mediaObject(m, key: type, wabaType: wabaType, path: path)
            case .sticker:
                messageType = "IMAGE"
                media = try mediaObject(m, key: "sticker", wabaType: "IMAGE", path: path)
            case .location:
                text = .string(try locationText(m, path: path))
            case .contacts:
                text = .string(try contactsText(m, path: path))
            case .button:
                text = .string(try string(m, "button", "text", path: path))
            case .buttonReply:
                text = .string(try string(m, "interactive", "button_reply", "title", path: path))
            case .listReply:
                text = .string(try string(m, "interactive", "list_reply", "title", path: path))
            case .nfmReply:
                text = .string(try string(m, "interactive", "nfm_reply", "response_json", path: path))
            case .reaction:
                let emoji = m["reaction"]?["emoji"]?.stringValue ?? ""
                // An empty emoji removes a reaction: there is no text to send.
                if emoji.isEmpty { return .dropped("reaction removed (no emoji)") }
                text = .string(emoji)
            case .system:
                text = .string(try string(m, "system", "body", path: path))
            }
        } catch {
            return .rejected(error.reason)
        }

        var body = JSONObject()
        body.reserveCapacity(10)
        body.append("type", "MESSAGE_RECEIVED")
        body.append("messageType", .string(messageType))
        body.append("wabaAccountId", .string(context.accountId))
        body.append("wabaNumber", .string(context.number))
        body.append("wabaUserName", userName(waId: rawFrom, context: context, sole: true))
        body.append("messageId", .string(wamid))
        body.append("from", .string(from))
        body.append("text", text)
        body.append("media", media)
        body.append("timestamp", .string(timestamp))
        return .event(WABAEvent(kind: .message, id: wamid, messageId: wamid, messageType: messageType, status: nil,
                                accountId: context.accountId, number: context.number, path: path, body: .object(body)))
    }

    private func apply(_ action: PartAction, _ reason: String, _ path: String) -> PartOutcome {
        switch action {
        case .deadLetter: return .rejected("\(path): \(reason)")
        case .drop, .translate: return .dropped(reason)
        }
    }

    private func describe(_ mapping: Mapping, type: String, _ m: JSONObject) -> String {
        if type == "interactive", let sub = m["interactive"]?["type"]?.stringValue { return "interactive.\(sub)" }
        return type
    }

    /// The seed's media object. `url` holds the Meta media id: webhooks carry no URL, and the URL the Graph
    /// API gives for the id is short-lived and needs the access token anyway.
    private func mediaObject(_ m: JSONObject, key: String, wabaType: String, path: String) throws(PartError) -> JSONValue {
        guard case .object(let media)? = m[key] else {
            throw PartError("\(path).\(key): expected an object, found \(m[key].map(kind) ?? "nothing")")
        }
        guard let id = media["id"]?.stringValue, !id.isEmpty else {
            throw PartError("\(path).\(key).id: expected the media id string, found \(media["id"].map(kind) ?? "nothing")")
        }
        var o = JSONObject()
        o.reserveCapacity(6)
        o.append("type", .string(wabaType))
        o.append("url", .string(id))
        o.append("mimeType", optionalString(media["mime_type"]))
        o.append("filename", optionalString(media["filename"]))
        o.append("sha256", optionalString(media["sha256"]))
        o.append("caption", optionalString(media["caption"]))
        return .object(o)
    }

    /// `name, address (lat,lon)`, the parts present; the coordinates as Meta wrote them.
    private func locationText(_ m: JSONObject, path: String) throws(PartError) -> String {
        guard case .object(let loc)? = m["location"] else {
            throw PartError("\(path).location: expected an object, found \(m["location"].map(kind) ?? "nothing")")
        }
        guard case .number(let lat)? = loc["latitude"], case .number(let lon)? = loc["longitude"] else {
            throw PartError("\(path).location.latitude/longitude: expected numbers")
        }
        var words: [String] = []
        if let n = loc["name"]?.stringValue, !n.isEmpty { words.append(n) }
        if let a = loc["address"]?.stringValue, !a.isEmpty { words.append(a) }
        let coordinates = "(\(lat.text),\(lon.text))"
        return words.isEmpty ? coordinates : words.joined(separator: ", ") + " " + coordinates
    }

    /// `Name: phone, phone; Name2: phone` (phones as written on the card).
    private func contactsText(_ m: JSONObject, path: String) throws(PartError) -> String {
        guard case .array(let cards)? = m["contacts"], !cards.isEmpty else {
            throw PartError("\(path).contacts: expected a non-empty array, found \(m["contacts"].map(kind) ?? "nothing")")
        }
        var parts: [String] = []
        for card in cards {
            let name = card["name"]?["formatted_name"]?.stringValue ?? card["name"]?["first_name"]?.stringValue ?? "?"
            let phones = (card["phones"]?.arrayValue ?? []).compactMap { $0["phone"]?.stringValue }
            parts.append(phones.isEmpty ? name : "\(name): \(phones.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }

    // MARK: statuses

    private func translateStatus(_ value: JSONValue, context: ChangeContext, path: String) -> PartOutcome {
        guard case .object(let s) = value else { return .rejected("\(path): expected an object, found \(kind(value))") }
        guard let wamid = s["id"]?.stringValue, !wamid.isEmpty else {
            return .rejected("\(path).id: expected the message id string, found \(s["id"].map(kind) ?? "nothing")")
        }
        guard let rawStatus = s["status"]?.stringValue else {
            return .rejected("\(path).status: expected a string, found \(s["status"].map(kind) ?? "nothing")")
        }
        let status: String
        switch rawStatus {
        case "sent", "delivered", "read", "failed": status = rawStatus
        case "played":
            switch policies.played {
            case .translate: status = "read"
            case .drop: return .dropped("status 'played' dropped by policy")
            case .deadLetter: return .rejected("\(path): status 'played' dead-lettered by policy")
            }
        default:
            return apply(policies.otherStatus, "status '\(rawStatus)' has no WABA form (policy other_status)", path)
        }
        let rawRecipient = s["recipient_id"]?.stringValue ?? ""
        if rawRecipient.isEmpty {
            if let userId = s["recipient_user_id"]?.stringValue ?? s["user_id"]?.stringValue, !userId.isEmpty {
                return apply(policies.bsuidSender, "recipient '\(userId)' is a business-scoped user id with no phone number (policy bsuid_sender)", path)
            }
            return .rejected("\(path).recipient_id: expected the recipient's phone number, found \(s["recipient_id"].map(kind) ?? "nothing")")
        }
        guard let recipient = PhoneNumber.e164(rawRecipient) else {
            return .rejected("\(path).recipient_id: '\(rawRecipient)' is not a phone number")
        }
        let timestamp: String
        switch isoTimestamp(s["timestamp"], path: path) {
        case .success(let t): timestamp = t
        case .failure(let e): return .rejected(e.reason)
        }

        var body = JSONObject()
        body.reserveCapacity(10)
        body.append("type", "STATUS_WEBHOOK")
        // Meta statuses do not say what type the message was; the contract requires a value and its own
        // status sample says TEXT.
        body.append("messageType", "TEXT")
        body.append("wabaAccountId", .string(context.accountId))
        body.append("wabaNumber", .string(context.number))
        body.append("wabaUserName", userName(waId: rawRecipient, context: context, sole: false))
        body.append("messageId", .string(wamid))
        body.append("from", .string(recipient))
        body.append("status", .string(status))
        body.append("timestamp", .string(timestamp))
        if status == "failed" { body.append("error", failureError(s["errors"])) }
        return .event(WABAEvent(kind: .status, id: "\(wamid):\(status)", messageId: wamid, messageType: "TEXT", status: status,
                                accountId: context.accountId, number: context.number, path: path, body: .object(body)))
    }

    /// The first of Meta's `errors[]` as `{code, title, message, details}` (null members when absent).
    private func failureError(_ errors: JSONValue?) -> JSONValue {
        guard case .array(let list)? = errors, case .object(let first)? = list.first else { return .null }
        var o = JSONObject()
        o.reserveCapacity(4)
        o.append("code", first["code"] ?? .null)
        o.append("title", optionalString(first["title"]))
        o.append("message", optionalString(first["message"]))
        o.append("details", optionalString(first["error_data"]?["details"]))
        return .object(o)
    }

    // MARK: helpers

    private func userName(waId: String, context: ChangeContext, sole: Bool) -> JSONValue {
        for c in context.contacts where c["wa_id"]?.stringValue == waId {
            return optionalString(c["profile"]?["name"])
        }
        if sole, let name = context.soleContactName { return optionalString(name) }
        return .null
    }

    private func isoTimestamp(_ value: JSONValue?, path: String) -> Result<String, PartError> {
        let text: String
        switch value {
        case .string(let s)?: text = s
        case .number(let n)?: text = n.text
        default: return .failure(PartError("\(path).timestamp: expected a string of Unix seconds, found \(value.map(kind) ?? "nothing")"))
        }
        guard let iso = ISOTimestamp.fromUnixSeconds(text) else {
            return .failure(PartError("\(path).timestamp: '\(text)' is not a Unix time in seconds"))
        }
        return .success(iso)
    }

    /// The string at `m.first.second(.third)`; not variadic, which would allocate an array per call.
    private func string(_ m: JSONObject, _ first: String, _ second: String, _ third: String? = nil, path: String) throws(PartError) -> String {
        var current = m[first]
        current = current?[second]
        if let third { current = current?[third] }
        guard case .string(let s)? = current else {
            let keys = [first, second, third].compactMap { $0 }.joined(separator: ".")
            throw PartError("\(path).\(keys): expected a string, found \(current.map(kind) ?? "nothing")")
        }
        return s
    }

    private func optionalString(_ value: JSONValue?) -> JSONValue {
        if case .string(let s)? = value { return .string(s) }
        return .null
    }

    private func describeErrors(_ errors: [JSONValue]) -> String {
        errors.map { e in
            let code = e["code"]?.textValue ?? "?"
            let title = e["title"]?.stringValue ?? e["message"]?.stringValue ?? ""
            return title.isEmpty ? "error \(code)" : "error \(code) \(title)"
        }.joined(separator: ", ")
    }
}

/// `an object`, `a string`, ... for error messages.
func kind(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
}
