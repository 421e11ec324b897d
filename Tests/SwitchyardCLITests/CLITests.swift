import Foundation
import Testing

/// Runs the built `switchyard` binary the way users and scripts do.
struct CLI {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("switchyard")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        // `swift test` may run the tests from inside the .xctest bundle folder.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0])
        for _ in 0..<4 {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("switchyard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repoRoot.appendingPathComponent(".build/debug/switchyard")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repoRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Suite struct ValidateCommandTests {
    @Test func theShippedConfigAndRoutesValidate() throws {
        let r = try CLI.run(["validate", "--config", "switchyard.yaml", "routes/"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("ok: "))
    }

    /// Secrets the examples require without a default (`${VAR:?...}`: a copied example must not accept webhooks
    /// signed with a known key); any value lets them validate.
    static let exampleSecrets = [
        "META_APP_SECRET": "x", "META_VERIFY_TOKEN": "x",
        "WAHA_HMAC_KEY": "x", "WAWP_SECRET": "x", "WAWP_ALLOW_IP": "127.0.0.1/32", "WARS_WEBHOOK_SECRET": "x",
    ]

    @Test func everyExampleValidates() throws {
        let examples = CLI.repoRoot.appendingPathComponent("examples")
        let folders = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
        #expect(!folders.isEmpty)
        for folder in folders {
            let config = examples.appendingPathComponent(folder).appendingPathComponent("switchyard.yaml")
            // The custom plugin's route needs the plugin in the build: tests/scripts/custom-plugin-dropin.sh checks it.
            guard folder != "custom-plugin" else { continue }
            #expect(FileManager.default.fileExists(atPath: config.path), "examples/\(folder) has no switchyard.yaml")
            let r = try CLI.run(["validate", "--config", config.path], environment: Self.exampleSecrets)
            #expect(r.status == 0, "examples/\(folder): \(r.stdout)\(r.stderr)")
            #expect(!r.stdout.contains("warning"), "examples/\(folder): \(r.stdout)")
        }
    }

    @Test func aBrokenFilePrintsOneLinePerProblemAndExitsOne() throws {
        let broken = "Tests/SwitchyardCoreTests/Fixtures/broken"
        let r = try CLI.run(["validate", "--config", "Tests/SwitchyardCoreTests/Fixtures/main-with-hub.yaml",
                             "\(broken)/unknown-plugin.yaml", "\(broken)/wrong-type.yaml"])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines == [
            "\(broken)/unknown-plugin.yaml:6:9: error: routes.unknown-plugin.to.0.stdot: unknown sink 'stdot' (did you mean 'stdout'?)",
            "\(broken)/wrong-type.yaml:6:21: error: routes.wrong-type.from.memory.batch_size: expected an integer, found 'many'",
        ])
    }
}

@Suite struct ApplyCommandTests {
    @Test func setsFieldsFromTheCommandLine() throws {
        let r = try CLI.run(["apply", "set", "--set", "fields.b=2", "--set", "fields.c=[x, y]"], stdin: #"{"a":1}"# + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == #"{"a":1,"b":2,"c":["x","y"]}"# + "\n")
    }

    @Test func readsJSONLinesAndPrintsMetadataOnRequest() throws {
        let r = try CLI.run(
            ["apply", "set", "--set", #"metadata.session="{$meta.subject}""#, "--meta", "subject=wa.send.shop-1", "--metadata"],
            stdin: "{\"a\":1}\n{\"a\":2}\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n") == [
            #"{"body":{"a":1},"metadata":{"session":"wa.send.shop-1","subject":"wa.send.shop-1"}}"#,
            #"{"body":{"a":2},"metadata":{"session":"wa.send.shop-1","subject":"wa.send.shop-1"}}"#,
        ])
    }

    @Test func aRejectedInputPrintsTheReasonAndExitsOne() throws {
        let r = try CLI.run(["apply", "rename", "--set", "fields.a=b", "--set", "required=true"], stdin: "{\"x\":1}\n{\"a\":1}\n")
        #expect(r.status == 1)
        #expect(r.stderr == "rejected: field 'a' is missing\n")
        #expect(r.stdout == #"{"b":1}"# + "\n")  // the good line still went through
    }

    @Test func badSettingsAreConfigErrors() throws {
        let r = try CLI.run(["apply", "drop_fields", "--set", "feilds=[a]"], stdin: "{}")
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown key 'feilds'"))
        #expect(r.stderr.contains("did you mean 'fields'?"))
        let unknown = try CLI.run(["apply", "sett"], stdin: "{}")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'set'?"))
    }
}

@Suite struct OtherCommandTests {
    @Test func pluginsListsNamesSummariesAndFields() throws {
        let r = try CLI.run(["plugins"])
        #expect(r.status == 0)
        for expected in ["transforms:", "  set  [FieldEdit]", "- fields (map of path → value)", "sinks:", "  stdout  [SwitchyardCore]"] {
            #expect(r.stdout.contains(expected), "missing \(expected)")
        }
        let json = try CLI.run(["plugins", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.contains { $0["name"] as? String == "drop_fields" && $0["kind"] as? String == "transform" } == true)
    }

    @Test func routeUnitTestsOfTheShippedConfigPass() throws {
        let r = try CLI.run(["test", "--config", "switchyard.yaml"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasSuffix("3 passed, 0 failed\n"))
    }

    @Test func aFailingRouteTestIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sy-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("wrong.yaml")
        try """
            tests:
              - name: expects the wrong stamp
                route: inbox-to-stdout
                input: { body: { event: x } }
                expect:
                  - body: { event: x, router: not-switchyard }
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["test", "--config", "switchyard.yaml", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("FAIL expects the wrong stamp"))
        #expect(r.stdout.contains(#"expected: {"event":"x","router":"not-switchyard"}"#))
        #expect(r.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func runStartsAndStopsCleanlyOnSIGTERM() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "--config", "switchyard.yaml"]
        process.currentDirectoryURL = CLI.repoRoot
        // `run` opens the HTTP listener: an ephemeral port, so a busy 8080 cannot fail the test.
        process.environment = ProcessInfo.processInfo.environment.merging(["SWITCHYARD_LISTEN": "127.0.0.1:0"]) { _, new in new }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Wait for the readiness line rather than sleeping.
        var log = ""
        let deadline = Date().addingTimeInterval(20)
        while !log.contains("routes running") && Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            log += String(decoding: chunk, as: UTF8.self)
        }
        #expect(log.contains("routes running"), "\(log)")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
