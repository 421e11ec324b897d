import Foundation
import Logging

/// One line per event on stderr, as logfmt (`ts=... level=info msg="..." route=x id=y`) or JSON.
public struct LineLogHandler: LogHandler {
    public enum Format: Sendable { case logfmt, json }
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    let format: Format

    public init(label: String, format: Format, level: Logger.Level) {
        self.label = label
        self.format = format
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { _, new in new } }
        let ts = Date().formatted(.iso8601.year().month().day().timeZone(separator: .omitted).time(includingFractionalSeconds: true).timeSeparator(.colon).dateTimeSeparator(.standard))
        var line: String
        switch format {
        case .logfmt:
            line = "ts=\(ts) level=\(event.level) msg=\(Self.quote(event.message.description))"
            for key in all.keys.sorted() { line += " \(key)=\(Self.quote(all[key]!.description))" }
        case .json:
            var fields: [(String, String)] = [("ts", ts), ("level", "\(event.level)"), ("msg", event.message.description)]
            for key in all.keys.sorted() { fields.append((key, all[key]!.description)) }
            line = "{" + fields.map { "\(Self.jsonString($0.0)):\(Self.jsonString($0.1))" }.joined(separator: ",") + "}"
        }
        line += "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func quote(_ s: String) -> String {
        if !s.isEmpty && !s.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) { return s }
        return jsonString(s)
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
