// `jid_normalise`: rewrites WhatsApp ids found in message fields to one form, so routes, dedup keys and
// sinks see the same id however the gateway wrote it. Group, LID, newsletter, broadcast and the other
// non-phone ids keep their server: they are never turned into phone numbers.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "jid_normalise",
        summary: "Rewrites WhatsApp ids (user@s.whatsapp.net, user@c.us, bare digits, +E.164, with :device/.agent "
            + "suffixes) in the listed fields to one form: jid, c.us, e164 or digits. Group, lid, newsletter and "
            + "broadcast ids keep their server. Sets metadata jid.kind (first field) and jid.kind.<path>.",
        config: JIDNormaliseConfig.self
    ) { config, _ in try JIDNormaliseStep(config) }
}

extension JIDTargetForm: ConfigEnum {}

struct JIDNormaliseConfig: PluginConfig {
    enum OnInvalid: String, ConfigEnum { case reject, pass }

    var fields: [String]
    var to: JIDTargetForm?
    var on_invalid: OnInvalid?

    static let fields: [ConfigField] = [
        ConfigField("fields", "list of paths", required: true,
                    "Fields holding WhatsApp ids, e.g. `[data.from, data.chat]`; a list value is rewritten element by "
                        + "element; a missing or null field is skipped."),
        ConfigField("to", "jid | c.us | e164 | digits", default: "jid",
                    "Form of phone-number ids: `digits@s.whatsapp.net`, `digits@c.us`, `+digits` or `digits`. "
                        + "Device and agent suffixes are always dropped."),
        ConfigField("on_invalid", "reject | pass", default: "reject",
                    "A value that is not a WhatsApp id: dead-letter the message with the field and the reason, or "
                        + "leave the value as is and set metadata jid.error.<path>."),
    ]
}

struct JIDNormaliseStep: Transform {
    let fields: StringFields
    let form: JIDTargetForm
    let onInvalid: JIDNormaliseConfig.OnInvalid

    init(_ config: JIDNormaliseConfig) throws(ConfigError) {
        fields = try StringFields(config.fields, step: "jid_normalise")
        form = config.to ?? .jid
        onInvalid = config.on_invalid ?? .reject
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            guard case .object = try message.json() else { return .rejected(reason: "jid_normalise: body is not a JSON object") }
        } catch {
            return .rejected(reason: "jid_normalise: body is not JSON: \(error)")
        }
        var kinds: [(String, JIDKind)] = []
        let failures: [StringFields.Failure]
        do {
            failures = try message.editJSON(reportingChange: { body, changed in
                fields.rewrite(&body) { field, text in
                    switch JID.parse(text) {
                    case .success(let jid):
                        kinds.append((field, jid.kind))
                        let out = jid.format(form)
                        if out == text { return .keep }
                        changed = true
                        return .replace(out)
                    case .failure(let error):
                        return .invalid(error.description)
                    }
                }
            })
        } catch {
            return .rejected(reason: "jid_normalise: body is not JSON: \(error)")
        }
        if !failures.isEmpty && onInvalid == .reject {
            return .rejected(reason: "jid_normalise: " + failures.map { "field '\($0.field)' ('\($0.value)'): \($0.reason)" }
                .joined(separator: "; "))
        }
        for f in failures { message.metadata["jid.error." + f.field] = f.reason }
        if let first = kinds.first { message.metadata["jid.kind"] = first.1.rawValue }
        for (field, kind) in kinds { message.metadata["jid.kind." + field] = kind.rawValue }
        return .message(message)
    }
}
