import Foundation
import SwitchyardPluginAPI

/// A secret from config: its value (usually `${ENV_VAR}`, interpolated by the loader) or a file holding it
/// (`*_file:`, read once when the route is built; one trailing newline is ignored). Never printed.
struct Secret: Sendable, CustomStringConvertible {
    let bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }
    var description: String { "<redacted>" }

    /// The secret given by `value` or `file` (keys named for errors), nil when neither is set.
    static func load(value: String?, file: String?, key: String, fileKey: String) throws(ConfigError) -> Secret? {
        if value != nil, file != nil {
            throw ConfigError("give either '\(key)' or '\(fileKey)', not both", keyPath: [fileKey])
        }
        if let value {
            guard !value.isEmpty else { throw ConfigError("'\(key)' is empty", keyPath: [key], hint: "is its environment variable set?") }
            return Secret(bytes: Array(value.utf8))
        }
        guard let file else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigError("cannot read secret file '\(file)'", keyPath: [fileKey])
        }
        var bytes = Array(data)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard !bytes.isEmpty else { throw ConfigError("secret file '\(file)' is empty", keyPath: [fileKey]) }
        return Secret(bytes: bytes)
    }
}
