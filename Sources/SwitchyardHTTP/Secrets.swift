import Foundation
import Logging
import SwitchyardPluginAPI
import Synchronization

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

/// A logger made on first use: components are built before `switchyard run` bootstraps logging (the log format
/// comes from the config), and a `Logger` made earlier would keep swift-log's default handler.
final class LazyLogger: Sendable {
    private let label: String
    private let route: String
    private let made = Mutex<Logger?>(nil)

    init(label: String, route: String) {
        self.label = label
        self.route = route
    }

    var logger: Logger {
        made.withLock { made in
            if let made { return made }
            var logger = Logger(label: label)
            logger[metadataKey: "route"] = .string(route)
            made = logger
            return logger
        }
    }
}
