import ArgumentParser
import Foundation
import SwitchyardCore
import SwitchyardPluginAPI

/// `switchyard test`: route unit tests, like `rpk connect test` and `vector test`. Each test feeds
/// input messages to a route's steps and checks what reaches each sink (after `when`), or that the
/// input is rejected or dropped. Sources and sinks are not started.
///
///     tests:
///       - name: text becomes a WA-RS command
///         route: waba-outbound-to-wars
///         input: { body: { type: SEND_FREETEXT, ... }, metadata: { routing_key: whatsapp.outbound.message } }
///         expect:
///           - sink: 0                 # index or plugin name of the sink (optional)
///             body: { type: text, to: "255712345678", text: "Habari" }
///             metadata: { session: shop-1 }     # these keys must match; others may exist
///       - name: unknown number is rejected
///         route: waba-outbound-to-wars
///         input: { body: { ... } }
///         rejected: "unknown wabaNumber"        # a substring of the reason
struct TestRoutes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Run route unit tests from YAML files.")
    @OptionGroup var options: ConfigOption
    @Argument(help: "Test files (default: tests/*.yaml next to the config).") var files: [String] = []

    func run() async throws {
        let registry = fullRegistry()
        let (topology, problems) = TopologyBuilder.load(
            mainFile: options.config, registry: registry, environment: ProcessInfo.processInfo.environment)
        for p in problems { printError(p.description) }
        guard let topology else { throw ExitCode(1) }
        var testFiles = files
        if testFiles.isEmpty {
            let dir = ((options.config as NSString).deletingLastPathComponent as NSString).appendingPathComponent("tests")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            testFiles = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { dir + "/" + $0 }
        }
        var passed = 0, failed = 0
        for file in testFiles {
            var errors: [ConfigError] = []
            let doc: YAMLDocument
            do { doc = try YAMLDocument(path: file, environment: ProcessInfo.processInfo.environment, errors: &errors) } catch {
                print("FAIL \(file): \(error)")
                failed += 1
                continue
            }
            for e in errors { print("FAIL \(e)") }
            failed += errors.count
            for (i, test) in (doc.root["tests"]?.sequence ?? []).enumerated() {
                let name = test["name"]?.scalar ?? "\(file)#\(i)"
                let problems = await runTest(test, topology: topology)
                if problems.isEmpty {
                    print("ok   \(name)")
                    passed += 1
                } else {
                    print("FAIL \(name) (\(test.location?.description ?? file))")
                    for p in problems { print("     \(p)") }
                    failed += 1
                }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 || passed == 0 { throw ExitCode(1) }
    }

    func runTest(_ test: ConfigNode, topology: Topology) async -> [String] {
        guard let routeName = test["route"]?.scalar, let route = topology.routes.first(where: { $0.name == routeName }) else {
            return ["no route '\(test["route"]?.scalar ?? "")' in the config"]
        }
        let inputs = test["input"].map { $0.sequence ?? [$0] } ?? []
        guard !inputs.isEmpty else { return ["no input"] }
        let pipeline = StepPipeline(steps: route.steps, names: route.stepNames)
        var outputs: [(sink: Int, message: Message)] = []
        var rejections: [String] = []
        var drops: [String] = []
        for (n, input) in inputs.enumerated() {
            let body: [UInt8]
            if let text = input["body_text"]?.scalar { body = Array(text.utf8) } else { body = JSONWriter.bytes(input["body"]?.toJSON() ?? .null) }
            var metadata: [String: String] = [:]
            for (k, v) in input["metadata"]?.mapping ?? [] { metadata[k.scalar ?? ""] = v.scalar ?? v.toJSON().textValue }
            var headers: [String: String] = [:]
            for (k, v) in input["headers"]?.mapping ?? [] { headers[k.scalar ?? ""] = v.scalar ?? "" }
            let message = Message(id: metadata["id"] ?? "test-\(n + 1)", body: body, headers: headers, metadata: metadata, source: "test")
            let result = await pipeline.run(message)
            drops += result.drops
            switch result.outcome {
            case .messages(let ms):
                for m in ms {
                    for (si, sink) in route.sinks.enumerated() where sink.when?.evaluate(m) ?? true { outputs.append((si, m)) }
                }
            case .dropped: break
            case .rejected(let reason): rejections.append(reason)
            case .retry(let reason, _): rejections.append("retry: " + reason)
            }
            await pipeline.settled(result.emitted, delivered: true)
        }
        var problems: [String] = []
        if let expected = test["rejected"] {
            let want = expected.scalar ?? ""
            if !rejections.contains(where: { $0.contains(want) }) {
                problems.append("expected a rejection containing '\(want)', got \(rejections.isEmpty ? "none" : rejections.joined(separator: "; "))")
            }
        } else if !rejections.isEmpty {
            problems.append("rejected: \(rejections.joined(separator: "; "))")
        }
        if let expected = test["dropped"] {
            let want = expected.scalar == "true" ? "" : (expected.scalar ?? "")
            if !drops.contains(where: { want.isEmpty || $0.contains(want) }) {
                problems.append("expected a drop\(want.isEmpty ? "" : " containing '\(want)'"), got \(drops.isEmpty ? "none" : drops.joined(separator: "; "))")
            }
        }
        let expectations = test["expect"]?.sequence ?? []
        if test["expect"] != nil || (test["rejected"] == nil && test["dropped"] == nil) {
            if expectations.count != outputs.count {
                problems.append("expected \(expectations.count) output messages, got \(outputs.count)")
            }
        }
        for (i, exp) in expectations.enumerated() where i < outputs.count {
            let (si, m) = outputs[i]
            if let sink = exp["sink"]?.scalar {
                let name = route.sinks[si].name
                if Int(sink) != si && !name.hasSuffix("." + sink) {
                    problems.append("output \(i): went to sink \(si) (\(name)), expected \(sink)")
                }
            }
            let actual = (try? m.readJSON()) ?? .string(String(decoding: m.body, as: UTF8.self))
            if let body = exp["body"], body.toJSON() != actual {
                problems.append("output \(i): body\n       got:      \(JSONWriter.string(actual))\n       expected: \(JSONWriter.string(body.toJSON()))")
            }
            if let subset = exp["body_contains"], !Self.contains(actual, subset.toJSON()) {
                problems.append("output \(i): body \(JSONWriter.string(actual)) does not contain \(JSONWriter.string(subset.toJSON()))")
            }
            for (k, v) in exp["metadata"]?.mapping ?? [] {
                let key = k.scalar ?? ""
                let want = v.scalar ?? v.toJSON().textValue
                if m.metadataValue(key) != want {
                    problems.append("output \(i): metadata \(key) is \(m.metadataValue(key).map { "'\($0)'" } ?? "missing"), expected '\(want)'")
                }
            }
        }
        return problems
    }

    /// `actual` has every member of `subset` (recursively for objects).
    static func contains(_ actual: JSONValue, _ subset: JSONValue) -> Bool {
        guard case .object(let want) = subset, case .object(let have) = actual else { return actual == subset }
        for (k, v) in want {
            guard let h = have[k], contains(h, v) else { return false }
        }
        return true
    }
}
