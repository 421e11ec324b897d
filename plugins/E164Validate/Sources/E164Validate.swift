// `e164_validate`: checks (and optionally normalises) phone numbers in message fields, so a bad number is
// dead-lettered with the reason at the router instead of failing later at the gateway.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "e164_validate",
        summary: "Validates E.164 phone numbers in the listed fields: structural (+, assigned country code, at most 15 "
            + "digits, no trunk 0) or strict (per-country lengths and leading digits from libphonenumber "
            + "\(E164.metadataVersion)). With normalise, writes the +digits form back. Strict sets metadata e164.region.",
        config: E164ValidateConfig.self
    ) { config, _ in try E164ValidateStep(config) }
}

extension E164Mode: ConfigEnum {}
extension E164BrazilNinthDigit: ConfigEnum {}

struct E164ValidateConfig: PluginConfig {
    enum OnInvalid: String, ConfigEnum { case reject, pass }

    var fields: [String]
    var mode: E164Mode?
    var normalise: Bool?
    var on_invalid: OnInvalid?
    var brazil_ninth_digit: E164BrazilNinthDigit?

    static let fields: [ConfigField] = [
        ConfigField("fields", "list of paths", required: true,
                    "Fields holding phone numbers, e.g. `[to]`; a list value is checked element by element; a missing "
                        + "or null field is skipped."),
        ConfigField("mode", "structural | strict", default: "strict",
                    "structural: '+', an assigned country calling code, at most 15 digits, no trunk 0. strict: also the "
                        + "country's possible lengths and leading digits (libphonenumber metadata)."),
        ConfigField("normalise", "bool", default: "true",
                    "Accept and clean spaces, dashes, dots, parentheses, a leading 00 and bare WhatsApp digits (adds '+'), "
                        + "and write the +digits form back. false: the value must already be + and digits."),
        ConfigField("on_invalid", "reject | pass", default: "reject",
                    "An invalid number: dead-letter the message with field, value and reason, or leave it as is and set "
                        + "metadata e164.error.<path>."),
        ConfigField("brazil_ninth_digit", "require | accept | insert", default: "require",
                    "strict: a Brazilian mobile written without its ninth digit is invalid (require), accepted as "
                        + "written (accept) or rewritten with the 9 (insert, needs normalise)."),
    ]
}

struct E164ValidateStep: Transform {
    let fields: StringFields
    let mode: E164Mode
    let normalise: Bool
    let onInvalid: E164ValidateConfig.OnInvalid
    let brazil: E164BrazilNinthDigit

    init(_ config: E164ValidateConfig) throws(ConfigError) {
        fields = try StringFields(config.fields, step: "e164_validate")
        mode = config.mode ?? .strict
        normalise = config.normalise ?? true
        onInvalid = config.on_invalid ?? .reject
        brazil = config.brazil_ninth_digit ?? .require
        if brazil == .insert && !normalise {
            throw .invalid("brazil_ninth_digit", "insert rewrites the number, which needs normalise: true",
                           hint: "use accept, or set normalise: true")
        }
        if brazil != .require && mode == .structural {
            throw .invalid("brazil_ninth_digit", "only applies to mode: strict")
        }
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            guard case .object = try message.json() else { return .rejected(reason: "e164_validate: body is not a JSON object") }
        } catch {
            return .rejected(reason: "e164_validate: body is not JSON: \(error)")
        }
        var regions: [(String, String)] = []
        let failures: [StringFields.Failure]
        do {
            failures = try message.editJSON(reportingChange: { body, changed in
                fields.rewrite(&body) { field, text in
                    switch E164.check(text, mode: mode, normalise: normalise, brazilNinthDigit: brazil) {
                    case .success(let number):
                        if let region = number.region { regions.append((field, region)) }
                        if !normalise || number.e164 == text { return .keep }
                        changed = true
                        return .replace(number.e164)
                    case .failure(let error):
                        return .invalid(error.description)
                    }
                }
            })
        } catch {
            return .rejected(reason: "e164_validate: body is not JSON: \(error)")
        }
        if !failures.isEmpty && onInvalid == .reject {
            return .rejected(reason: "e164_validate: " + failures.map { "field '\($0.field)' value '\($0.value)': \($0.reason)" }
                .joined(separator: "; "))
        }
        for f in failures { message.metadata["e164.error." + f.field] = f.reason }
        if let first = regions.first { message.metadata["e164.region"] = first.1 }
        for (field, region) in regions { message.metadata["e164.region." + field] = region }
        return .message(message)
    }
}
