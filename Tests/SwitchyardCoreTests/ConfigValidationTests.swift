import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI
import SwitchyardPlugins

func fixture(_ name: String) -> String {
    Bundle.module.path(forResource: "Fixtures", ofType: nil)! + "/" + name
}

func testRegistry(_ extra: (inout PluginRegistry) -> Void = { _ in }) -> PluginRegistry {
    makePluginRegistry { r in
        registerBuiltins(into: &r)
        extra(&r)
    }
}

@Suite struct ConfigValidationTests {
    func problems(_ file: String, main: String = "main-with-hub.yaml", env: [String: String] = [:]) -> [String] {
        let (_, errors) = TopologyBuilder.load(
            mainFile: fixture(main), extraRouteFiles: [fixture("broken/" + file)], registry: testRegistry(), environment: env)
        // Paths differ per machine: keep them from the fixture folder on.
        return errors.map { $0.description.replacingOccurrences(of: fixture(""), with: "") }
    }

    @Test func badYAMLNamesLineAndColumn() {
        let p = problems("bad-yaml.yaml")
        #expect(p.count == 1)
        #expect(p.first?.hasPrefix("broken/bad-yaml.yaml:4:5: error: invalid YAML") == true, "\(p)")
    }

    @Test func unknownPluginSuggestsTheClosestName() {
        #expect(problems("unknown-plugin.yaml") == [
            "broken/unknown-plugin.yaml:6:9: error: routes.unknown-plugin.to.0.stdot: unknown sink 'stdot' (did you mean 'stdout'?)"
        ])
    }

    @Test func misspeltPluginKeySuggestsTheRealOne() {
        #expect(problems("misspelt-key.yaml") == [
            "broken/misspelt-key.yaml:4:28: error: routes.misspelt-key.from.memory.batch_szie: unknown key 'batch_szie' (did you mean 'batch_size'?)"
        ])
    }

    @Test func misspeltRouteKeySuggestsTheRealOne() {
        let p = problems("misspelt-route-key.yaml")
        #expect(p.contains("broken/misspelt-route-key.yaml:5:5: error: routes.0.stpes: unknown key 'stpes' (did you mean 'steps'?)"), "\(p)")
    }

    @Test func wrongTypeNamesTheValue() {
        #expect(problems("wrong-type.yaml") == [
            "broken/wrong-type.yaml:6:21: error: routes.wrong-type.from.memory.batch_size: expected an integer, found 'many'"
        ])
    }

    @Test func missingEnvironmentVariablesAreReportedWithTheirPlace() {
        #expect(problems("missing-env.yaml") == [
            "broken/missing-env.yaml:4:24: error: environment variable SWITCHYARD_TEST_SURELY_UNSET is not set (set it, or give a default: ${SWITCHYARD_TEST_SURELY_UNSET:-value})",
            "broken/missing-env.yaml:6:23: error: environment variable SWITCHYARD_TEST_SURELY_UNSET_TOO is required: set it to the output file",
        ])
        // With the variables set, the same file is valid.
        #expect(problems("missing-env.yaml", env: [
            "SWITCHYARD_TEST_SURELY_UNSET": "in", "SWITCHYARD_TEST_SURELY_UNSET_TOO": "/dev/null",
        ]).isEmpty)
    }

    @Test func unknownConnectionIsNamedWithAGuess() {
        #expect(problems("unknown-connection.yaml") == [
            "broken/unknown-connection.yaml:6:31: error: routes.unknown-connection.to.0.memory.connection: unknown connection 'hubb' (did you mean 'hub'?)"
        ])
    }

    @Test func duplicateRouteNamesPointAtBoth() {
        #expect(problems("duplicate-route.yaml") == [
            "broken/duplicate-route.yaml:7:11: error: routes.twice.name: duplicate route name 'twice' (first defined at broken/duplicate-route.yaml:2:11; route names must be unique)"
        ])
    }

    @Test func badConditionIsReported() {
        #expect(problems("bad-condition.yaml") == [
            "broken/bad-condition.yaml:7:15: error: routes.bad-condition.to.0.when: single '=' in condition 'type = 'X'' (use == to compare)"
        ])
    }

    @Test func allErrorsOfAllFilesAreReportedAtOnce() {
        let (_, errors) = TopologyBuilder.load(
            mainFile: fixture("main-with-hub.yaml"),
            extraRouteFiles: ["unknown-plugin.yaml", "misspelt-key.yaml", "wrong-type.yaml", "duplicate-route.yaml"].map { fixture("broken/" + $0) },
            registry: testRegistry(), environment: [:])
        #expect(errors.count == 4)
    }
}

@Suite struct InterpolationTests {
    let env = ["SET": "value", "EMPTY": ""]

    @Test func substitutesVariablesAndDefaults() throws {
        #expect(try Interpolation.expand("a-${SET}-b", environment: env) == "a-value-b")
        #expect(try Interpolation.expand("${UNSET:-nats://127.0.0.1:4222}", environment: env) == "nats://127.0.0.1:4222")
        #expect(try Interpolation.expand("${EMPTY:-d}", environment: env) == "d")
        #expect(try Interpolation.expand("${EMPTY-d}", environment: env) == "")
        #expect(try Interpolation.expand("${UNSET-d}", environment: env) == "d")
        #expect(try Interpolation.expand("cost $5 and $${SET}", environment: env) == "cost $5 and ${SET}")
    }

    @Test func failsOnMissingRequiredVariables() {
        #expect(throws: ConfigError.self) { try Interpolation.expand("${UNSET}", environment: env) }
        do {
            _ = try Interpolation.expand("${EMPTY:?give the token}", environment: env)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "environment variable EMPTY is required: give the token")
        }
        #expect(throws: ConfigError.self) { try Interpolation.expand("${UNCLOSED", environment: env) }
    }
}

@Suite struct ConditionTests {
    let message = Message(
        id: "1", body: Array(#"{"type":"STATUS_WEBHOOK","status":"read","n":3,"is_from_me":false,"tags":["a"]}"#.utf8),
        metadata: ["jid.kind": "group"])

    @Test(arguments: [
        ("type == 'STATUS_WEBHOOK'", true),
        ("type != 'STATUS_WEBHOOK'", false),
        ("status in ['read', 'delivered']", true),
        ("$meta.jid.kind == 'group' && n > 2", true),
        ("n >= 4 || status == \"read\"", true),
        ("!is_from_me", true),
        ("is_from_me", false),
        ("missing", false),
        ("missing == null", true),
        ("not (n < 3) and type == 'X'", false),
        ("n == 3.0", true),
        ("$id == '1'", true),
    ])
    func evaluates(text: String, expected: Bool) throws {
        #expect(try Condition(parsing: text).evaluate(message) == expected)
    }

    @Test func rejectsMalformedConditions() {
        for bad in ["type = 'x'", "(a == 1", "a ==", "a in 'x'", "'unterminated", "$weird.x == 1", "a == 1 b"] {
            #expect(throws: ConfigError.self, "\(bad)") { try Condition(parsing: bad) }
        }
    }
}
