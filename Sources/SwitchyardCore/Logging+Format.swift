import Foundation
import Logging
import Synchronization

/// One line per event on stderr, as logfmt (`ts=... level=info msg="..." route=x id=y`) or JSON.
public struct LineLogHandler: LogHandler {
    public enum Format: Sendable { case logfmt, json }
    public var metadata: Logger.Metadata = [:]
    let label: String
    private let ownFormat: Format?
    private var ownLevel: Logger.Level?

    /// The process-wide format and level, for handlers made with `init(label:)`. `switchyard run` bootstraps
    /// logging before it reads the config (connections make their loggers while the config is built) and sets
    /// these once the config's `settings` are known, so every logger follows them. Atomics: `logLevel` is read
    /// by every log statement, filtered or not.
    private static let sharedJSON = Atomic<Bool>(false)
    private static let sharedLevel = Atomic<Int>(Logger.Level.allCases.firstIndex(of: .info)!)

    public static func configure(format: Format, level: Logger.Level) {
        sharedJSON.store(format == .json, ordering: .relaxed)
        sharedLevel.store(Logger.Level.allCases.firstIndex(of: level)!, ordering: .relaxed)
    }

    public var logLevel: Logger.Level {
        get { ownLevel ?? Logger.Level.allCases[Self.sharedLevel.load(ordering: .relaxed)] }
        set { ownLevel = newValue }
    }
    var format: Format { ownFormat ?? (Self.sharedJSON.load(ordering: .relaxed) ? .json : .logfmt) }

    /// A handler that follows `configure(format:level:)`.
    public init(label: String) {
        self.label = label
        self.ownFormat = nil
        self.ownLevel = nil
    }

    public init(label: String, format: Format, level: Logger.Level) {
        self.label = label
        self.ownFormat = format
        self.ownLevel = level
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
