import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SwitchyardPluginAPI
import Synchronization

/// Sources, sinks and connections that ship inside the core.
public func registerBuiltins(into registry: inout PluginRegistry) {
    registry.registerConnection(
        "memory", summary: "An in-process broker of named queues (tests, `switchyard test`, experiments). Nothing survives a restart.",
        config: MemoryConnectionConfig.self
    ) { _, context in MemoryBroker.named(String(context.componentPath.split(separator: ".").last ?? "memory")) }

    registry.registerSource(
        "memory", summary: "Takes messages from a queue of an in-process memory broker, with broker-like acks and redelivery.",
        config: MemorySourceConfig.self
    ) { config, context in
        MemorySource(queue: try memoryBroker(config.connection, context).queue(config.queue), batchSize: config.batch_size ?? 64)
    }

    registry.registerSink(
        "memory", summary: "Appends messages to a queue of an in-process memory broker.",
        config: MemorySinkConfig.self
    ) { config, context in MemorySink(queue: try memoryBroker(config.connection, context).queue(config.queue)) }

    registry.registerSink(
        "stdout", summary: "Writes each message as one JSON line on standard output (the body, or body and metadata).",
        config: StdoutSinkConfig.self
    ) { config, _ in LineSink(writer: .standardOutput, withMetadata: config.metadata ?? false) }

    registry.registerSink(
        "file", summary: "Appends each message as one JSON line to a file; confirmed once written and flushed.",
        config: FileSinkConfig.self
    ) { config, _ in
        // Building a component must not touch the disk (`validate` builds every route): check the folder,
        // open the file when the route starts.
        let folder = config.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw ConfigError.invalid("path", "folder '\(folder)' does not exist", hint: "create it, or name a file in an existing folder")
        }
        return LineSink(writer: LineWriter(path: config.path), withMetadata: config.metadata ?? false)
    }
}

func memoryBroker(_ name: String?, _ context: PluginContext) throws(ConfigError) -> MemoryBroker {
    guard let name else { return MemoryBroker.named("memory") }
    return try context.connection(name, as: MemoryBroker.self)
}

struct MemoryConnectionConfig: PluginConfig {
    static let fields: [ConfigField] = []
}

struct MemorySourceConfig: PluginConfig {
    var connection: String?
    var queue: String
    var batch_size: Int?
    static let fields = [
        ConfigField("connection", "connection name", default: "the built-in broker 'memory'", "A `type: memory` connection."),
        ConfigField("queue", "string", required: true, "Queue to consume."),
        ConfigField("batch_size", "integer", default: "64", "Messages handed to the route at once."),
    ]
}

struct MemorySinkConfig: PluginConfig {
    var connection: String?
    var queue: String
    static let fields = [
        ConfigField("connection", "connection name", default: "the built-in broker 'memory'", "A `type: memory` connection."),
        ConfigField("queue", "string", required: true, "Queue to append to."),
    ]
}

struct StdoutSinkConfig: PluginConfig {
    var metadata: Bool?
    static let fields = [
        ConfigField("metadata", "bool", default: "false", "Write `{\"body\": ..., \"metadata\": {...}}` instead of the body alone.")
    ]
}

struct FileSinkConfig: PluginConfig {
    var path: String
    var metadata: Bool?
    static let fields = [
        ConfigField("path", "file path", required: true, "File to append JSON lines to (created if missing)."),
        ConfigField("metadata", "bool", default: "false", "Write `{\"body\": ..., \"metadata\": {...}}` instead of the body alone."),
    ]
}

struct MemorySource: Source {
    let queue: MemoryQueue
    let batchSize: Int

    func run(output: any SourceOutput) async throws {
        await withTaskGroup(of: Void.self) { group in
            // Wake the consumer loop when the route asks to stop.
            group.addTask {
                await output.waitUntilStopping()
                queue.wakeAll()
            }
            while !output.isStopping {
                let messages = queue.take(max: batchSize)
                if messages.isEmpty {
                    await queue.waitForMessages(unless: { output.isStopping })
                    continue
                }
                let queue = self.queue
                await output.deliver(messages.map { m in Delivery(message: m) { queue.settle(m, $0) } })
            }
            group.cancelAll()
        }
    }
}

struct MemorySink: Sink {
    let queue: MemoryQueue
    func write(_ messages: [Message]) async -> SinkWriteResult {
        queue.publish(messages)
        return .delivered
    }
}

/// Appends bytes to a file descriptor (stdout, or a file opened for appending on first use) under a lock.
final class LineWriter: Sendable {
    private let fd: Mutex<Int32>
    private let path: String?

    static let standardOutput = LineWriter(fd: 1)

    private init(fd: Int32) {
        self.fd = Mutex(fd)
        self.path = nil
    }

    init(path: String) {
        self.fd = Mutex(-1)
        self.path = path
    }

    deinit {
        if path != nil { fd.withLock { if $0 >= 0 { _ = close($0) } } }
    }

    /// Opens the file if it is not open yet; false when it cannot be opened.
    func open() -> Bool {
        fd.withLock { fd in Self.openIfNeeded(&fd, path) }
    }

    private static func openIfNeeded(_ fd: inout Int32, _ path: String?) -> Bool {
        guard fd < 0, let path else { return true }
        fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        return fd >= 0
    }

    /// Writes everything; false when the write failed (disk full, closed pipe, file not openable).
    func write(_ bytes: [UInt8]) -> Bool {
        fd.withLock { fd in
            guard Self.openIfNeeded(&fd, path) else { return false }
            return bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += n
                }
                return true
            }
        }
    }
}

struct LineSink: Sink, LifecycleComponent {
    let writer: LineWriter
    let withMetadata: Bool

    /// Opens the file when the route starts, so a path that cannot be written fails the start (and a reload
    /// rolls back) instead of every message later.
    func start() async throws {
        guard writer.open() else { throw DeliveryFailure("cannot open the file for appending", retryable: false) }
    }
    func shutdown() async {}

    func write(_ messages: [Message]) async -> SinkWriteResult {
        var out: [UInt8] = []
        out.reserveCapacity(messages.count * 256)
        for m in messages {
            appendLine(m, to: &out, withMetadata: withMetadata)
        }
        return writer.write(out) ? .delivered : .failed(DeliveryFailure("write failed"), count: messages.count)
    }
}

/// One message as a JSON line: the body as JSON (or as a string when it is not JSON), or with
/// `withMetadata`, `{"body": ..., "metadata": {...}}`.
public func appendLine(_ m: Message, to out: inout [UInt8], withMetadata: Bool) {
    let body: JSONValue = (try? m.readJSON()) ?? .string(String(decoding: m.body, as: UTF8.self))
    if withMetadata {
        var meta = JSONObject()
        for k in m.metadata.keys.sorted() { meta.append(k, .string(m.metadata[k]!)) }
        var o = JSONObject()
        o.append("body", body)
        o.append("metadata", .object(meta))
        JSONWriter.write(.object(o), into: &out)
    } else {
        JSONWriter.write(body, into: &out)
    }
    out.append(UInt8(ascii: "\n"))
}
