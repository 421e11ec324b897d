// A complete drop-in Switchyard plugin: `mask_fields` hides all but the last digits of phone numbers
// (or any text) in the fields you name, e.g. before events go to an analytics or logging sink.
//
// A plugin module depends on SwitchyardPluginAPI only and exposes one function,
// `registerPlugins(into:)`, which the build calls for every module listed in Package.swift.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "mask_fields",
        summary: "Masks the configured JSON fields, keeping only their last characters (e.g. +2557•••••678).",
        config: MaskFieldsConfig.self
    ) { config, _ in try MaskFields(config) }
}

/// The config type is the spec: unknown keys are rejected, and `fields` documents each key for
/// `switchyard plugins`.
struct MaskFieldsConfig: PluginConfig {
    var fields: [String]
    var keep_last: Int?
    var keep_first: Int?
    var mask: String?

    static let fields: [ConfigField] = [
        ConfigField("fields", "list of paths", required: true, "Fields to mask, e.g. `[from, to, data.chat]`."),
        ConfigField("keep_last", "integer", default: "3", "Characters kept visible at the end."),
        ConfigField("keep_first", "integer", default: "0", "Characters kept visible at the start (e.g. 5 keeps `+2557`)."),
        ConfigField("mask", "string", default: "•", "The character written for each hidden one."),
    ]
}

struct MaskFields: Transform {
    let paths: [JSONPath]
    let keepLast: Int
    let keepFirst: Int
    let mask: String

    init(_ config: MaskFieldsConfig) throws(ConfigError) {
        guard !config.fields.isEmpty else { throw ConfigError.invalid("fields", "name at least one field") }
        var paths: [JSONPath] = []
        for (i, field) in config.fields.enumerated() {
            do { paths.append(try JSONPath(parsing: field)) } catch { throw ConfigError.invalid("fields.\(i)", error.description) }
        }
        let keepLast = config.keep_last ?? 3
        let keepFirst = config.keep_first ?? 0
        guard keepLast >= 0, keepFirst >= 0 else { throw ConfigError.invalid("keep_last", "must not be negative") }
        self.paths = paths
        self.keepLast = keepLast
        self.keepFirst = keepFirst
        self.mask = config.mask ?? "•"
    }

    func process(_ message: consuming Message) async -> TransformResult {
        do {
            try message.editJSON { body in
                for path in paths {
                    guard let value = body[path: path] else { continue }
                    guard case .string(let text) = value else {
                        throw MaskError(reason: "field '\(path)' is not a string")
                    }
                    body[path: path] = .string(masked(text))
                }
            }
        } catch let error as MaskError {
            return .rejected(reason: error.reason)
        } catch {
            return .rejected(reason: "body is not JSON: \(error)")
        }
        return .message(message)
    }

    func masked(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > keepFirst + keepLast else { return text }
        let hidden = chars.count - keepFirst - keepLast
        return String(chars[..<keepFirst]) + String(repeating: mask, count: hidden) + String(chars[(chars.count - keepLast)...])
    }
}

struct MaskError: Error {
    let reason: String
}
