import ArgumentParser
import Foundation
import SwitchyardCore
import SwitchyardPluginAPI

/// `switchyard apply <plugin>`: runs one transform outside any route. Scripts rely on this contract:
/// one JSON line per resulting message on stdout; `rejected: <reason>` on stderr and exit status 1 for a
/// rejected input; `dropped: <reason>` on stderr for a dropped one.
struct Apply: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one transform on JSON from a file or stdin (one document or JSON lines).",
        discussion: """
            Examples:
              echo '{"a":1}' | switchyard apply set --set fields.b=2
              switchyard apply jid_normalise --set fields=[from,to] --set to=e164 msgs.jsonl
              switchyard apply waba_to_wars --set sessions.+255700000000=shop-1 --meta routing_key=whatsapp.outbound.message
            """)

    @Argument(help: "Transform plugin name (see `switchyard plugins`).") var plugin: String
    @Option(name: .long, help: "YAML file holding the plugin's config.") var config: String?
    @Option(name: .customLong("set"), help: "Config value as key=value; the value is read as YAML; dots in the key nest.")
    var settings: [String] = []
    @Option(name: .customLong("meta"), help: "Message metadata as key=value, as a source would set it.") var meta: [String] = []
    @Flag(name: .long, help: "Print {\"body\": ..., \"metadata\": {...}} for each message.") var metadata = false
    @Argument(help: "Input file (default: stdin).") var file: String?

    func run() async throws {
        let registry = fullRegistry()
        guard registry.entry(.transform, plugin) != nil else {
            let hint = closestMatch(to: plugin, in: registry.names(.transform)).map { " (did you mean '\($0)'?)" } ?? ""
            printError("error: unknown transform '\(plugin)'\(hint); see `switchyard plugins`")
            throw ExitCode(2)
        }
        let node: ConfigNode
        do { node = try buildConfig() } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let transform: any Transform
        do {
            let context = PluginContext(routeName: "apply", componentPath: plugin, connections: ConnectionSet())
            transform = try registry.build(.transform, plugin, config: node, context: context, as: (any Transform).self)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        var metadataValues: [String: String] = [:]
        for item in meta {
            guard let eq = item.firstIndex(of: "=") else {
                printError("error: --meta \(item): expected key=value")
                throw ExitCode(2)
            }
            metadataValues[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        let input: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else {
                printError("error: cannot read \(file)")
                throw ExitCode(2)
            }
            input = d
        } else {
            input = FileHandle.standardInput.readDataToEndOfFile()
        }
        let pipeline = StepPipeline(steps: [transform], names: [plugin])
        var failed = false
        for (n, body) in Self.documents(in: [UInt8](input)).enumerated() {
            var message = Message(id: metadataValues["id"] ?? "apply-\(n + 1)", body: body, metadata: metadataValues, source: "apply")
            message.metadata["id"] = nil
            let result = await pipeline.run(message)
            for reason in result.drops { printError("dropped: \(reason.dropFirst(plugin.count + 2))") }
            switch result.outcome {
            case .messages(let outputs):
                var out: [UInt8] = []
                for m in outputs { appendLine(m, to: &out, withMetadata: metadata) }
                FileHandle.standardOutput.write(Data(out))
            case .dropped:
                break
            case .rejected(let reason):
                printError("rejected: \(reason.dropFirst(plugin.count + 2))")
                failed = true
            case .retry(let reason, _):
                printError("retry: \(reason.dropFirst(plugin.count + 2))")
                failed = true
            }
            await pipeline.settled(result.emitted, delivered: true)
        }
        if failed { throw ExitCode(1) }
    }

    /// One JSON document, or JSON lines (a line that is not JSON is passed as raw bytes).
    static func documents(in bytes: [UInt8]) -> [[UInt8]] {
        if (try? JSONParser.parse(bytes)) != nil { return [bytes] }
        return bytes.split(separator: UInt8(ascii: "\n")).map(Array.init).filter { line in
            line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
        }
    }

    func buildConfig() throws -> ConfigNode {
        var errors: [ConfigError] = []
        var root = ConfigNode.emptyMap
        if let config {
            root = try YAMLDocument(path: config, environment: ProcessInfo.processInfo.environment, errors: &errors).root
        }
        for item in settings {
            guard let eq = item.firstIndex(of: "=") else { throw ConfigError("--set \(item): expected key=value") }
            let key = String(item[..<eq])
            let text = String(item[item.index(after: eq)...])
            let value = try YAMLDocument(path: "--set \(key)", text: text, environment: [:], errors: &errors).root
            root = Self.merge(root, path: key.split(separator: ".").map(String.init), value: value.isNull && !text.isEmpty ? .plain(text) : value)
        }
        if !errors.isEmpty { throw ConfigErrors(errors) }
        return root
    }

    /// Sets `value` at `path` in a mapping node, creating mappings on the way.
    static func merge(_ node: ConfigNode, path: [String], value: ConfigNode) -> ConfigNode {
        guard let first = path.first else { return value }
        var pairs = node.mapping ?? []
        if let i = pairs.firstIndex(where: { $0.key.scalar == first }) {
            pairs[i].value = merge(pairs[i].value, path: Array(path.dropFirst()), value: value)
        } else {
            pairs.append((key: .string(first), value: merge(.emptyMap, path: Array(path.dropFirst()), value: value)))
        }
        return ConfigNode(.mapping(pairs), location: node.location)
    }
}
